package dev.pbiadmin.emulator.directory;

import java.time.Instant;
import java.util.List;

/**
 * A Fabric tenant setting, shaped like the Fabric admin API's {@code TenantSetting}. Enabled with
 * no {@code enabledSecurityGroups} means "The entire organization"; with groups it means "Specific
 * security groups"; {@code excludedSecurityGroups} is "Except specific security groups". The most
 * restrictive applies: a principal in an excluded group is out even if also in an enabled one.
 *
 * @param settingName internal name, e.g. {@code AllowServicePrincipalsUseReadAdminAPIs}
 * @param title the name shown in the admin portal
 * @param enabled the Enabled/Disabled toggle
 * @param enabledSecurityGroups object ids of the groups the setting applies to
 * @param excludedSecurityGroups object ids of the groups excepted
 * @param changedAt when the setting last changed (for the propagation delay); {@code null} for a
 *     catalogue default never changed in this tenant
 * @param tenantSettingGroup the admin portal's section heading, e.g. {@code Admin API settings}
 *     (catalogue data; {@code null} for a setting the catalogue does not know)
 * @param canSpecifySecurityGroups whether the setting can be scoped to security groups at all
 * @param delegateToCapacity whether capacity admins may override it; {@code null} when the setting
 *     is not delegable to capacities, and the real service then leaves the key out
 * @param delegateToDomain the same for domain admins
 * @param delegateToWorkspace the same for workspace admins
 * @param properties the setting's extra values (a URL, a flag, a message), values always strings
 */
public record TenantSetting(
    String settingName,
    String title,
    boolean enabled,
    List<String> enabledSecurityGroups,
    List<String> excludedSecurityGroups,
    Instant changedAt,
    String tenantSettingGroup,
    boolean canSpecifySecurityGroups,
    Boolean delegateToCapacity,
    Boolean delegateToDomain,
    Boolean delegateToWorkspace,
    List<Property> properties) {

  public static final String READ_ONLY_ADMIN_APIS = "AllowServicePrincipalsUseReadAdminAPIs";

  /** "Service principals can access admin APIs used for updates" (reference: catalogue §3). */
  public static final String WRITE_ADMIN_APIS = "AllowServicePrincipalsUseWriteAdminAPIs";

  public static final String SERVICE_PRINCIPAL_ACCESS = "ServicePrincipalAccess";
  public static final String DETAILED_METADATA = "AdminApisIncludeDetailedMetadata";
  public static final String EXPRESSIONS = "AdminApisIncludeExpressions";

  public TenantSetting {
    enabledSecurityGroups = List.copyOf(enabledSecurityGroups);
    excludedSecurityGroups = List.copyOf(excludedSecurityGroups);
    properties = properties == null ? List.of() : List.copyOf(properties);
  }

  /** A setting the catalogue does not describe: group-scopable, not delegable, no properties. */
  public TenantSetting(
      String settingName,
      String title,
      boolean enabled,
      List<String> enabledSecurityGroups,
      List<String> excludedSecurityGroups,
      Instant changedAt) {
    this(
        settingName,
        title,
        enabled,
        enabledSecurityGroups,
        excludedSecurityGroups,
        changedAt,
        null,
        true,
        null,
        null,
        null,
        List.of());
  }

  /** This setting with another state; what the catalogue says about it stays. */
  public TenantSetting withState(
      boolean newEnabled,
      List<String> enabledGroups,
      List<String> excludedGroups,
      List<Property> newProperties) {
    return with(
        newEnabled,
        enabledGroups,
        excludedGroups,
        changedAt,
        delegateToCapacity,
        delegateToDomain,
        delegateToWorkspace,
        newProperties);
  }

  /** This setting with other delegation flags; {@code null} leaves a flag as it is. */
  public TenantSetting withDelegation(Boolean capacity, Boolean domain, Boolean workspace) {
    return with(
        enabled,
        enabledSecurityGroups,
        excludedSecurityGroups,
        changedAt,
        capacity != null ? capacity : delegateToCapacity,
        domain != null ? domain : delegateToDomain,
        workspace != null ? workspace : delegateToWorkspace,
        properties);
  }

  /** This setting stamped with the instant it changed. */
  TenantSetting changedAt(Instant at) {
    return with(
        enabled,
        enabledSecurityGroups,
        excludedSecurityGroups,
        at,
        delegateToCapacity,
        delegateToDomain,
        delegateToWorkspace,
        properties);
  }

  /** The catalogue's part (name, title, group, scoping) stays; the tenant's part is replaced. */
  private TenantSetting with(
      boolean newEnabled,
      List<String> enabledGroups,
      List<String> excludedGroups,
      Instant at,
      Boolean capacity,
      Boolean domain,
      Boolean workspace,
      List<Property> newProperties) {
    return new TenantSetting(
        settingName,
        title,
        newEnabled,
        enabledGroups,
        excludedGroups,
        at,
        tenantSettingGroup,
        canSpecifySecurityGroups,
        capacity,
        domain,
        workspace,
        newProperties);
  }

  /**
   * A tenant setting property.
   *
   * @param name e.g. {@code CreateP2w}
   * @param value always a string, even for {@code Boolean} and {@code Integer} properties
   * @param type as the real service spells it, e.g. {@code Boolean}, {@code Url}, {@code Freetext}
   */
  public record Property(String name, String value, String type) {}
}
