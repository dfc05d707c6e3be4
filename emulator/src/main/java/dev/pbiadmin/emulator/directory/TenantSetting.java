package dev.pbiadmin.emulator.directory;

import java.time.Instant;
import java.util.List;

/**
 * A Fabric tenant setting, shaped like the Fabric admin API's {@code TenantSetting}. Enabled with no
 * {@code enabledSecurityGroups} means "The entire organization"; with groups it means "Specific
 * security groups"; {@code excludedSecurityGroups} is "Except specific security groups". The most
 * restrictive applies: a principal in an excluded group is out even if also in an enabled one.
 *
 * @param settingName internal name, e.g. {@code AllowServicePrincipalsUseReadAdminAPIs}
 * @param title the name shown in the admin portal
 * @param enabled the Enabled/Disabled toggle
 * @param enabledSecurityGroups object ids of the groups the setting applies to
 * @param excludedSecurityGroups object ids of the groups excepted
 * @param changedAt when the setting last changed (for the propagation delay)
 */
public record TenantSetting(
    String settingName,
    String title,
    boolean enabled,
    List<String> enabledSecurityGroups,
    List<String> excludedSecurityGroups,
    Instant changedAt) {

  public static final String READ_ONLY_ADMIN_APIS = "AllowServicePrincipalsUseReadAdminAPIs";
  public static final String SERVICE_PRINCIPAL_ACCESS = "ServicePrincipalAccess";
  public static final String DETAILED_METADATA = "AdminApisIncludeDetailedMetadata";
  public static final String EXPRESSIONS = "AdminApisIncludeExpressions";

  public TenantSetting {
    enabledSecurityGroups = List.copyOf(enabledSecurityGroups);
    excludedSecurityGroups = List.copyOf(excludedSecurityGroups);
  }
}
