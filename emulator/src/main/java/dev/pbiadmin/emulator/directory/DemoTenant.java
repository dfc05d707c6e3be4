package dev.pbiadmin.emulator.directory;

import dev.pbiadmin.emulator.store.SecretHasher;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tenant an emulator starts with when no tenant file is given: a service principal set up
 * correctly for the read-only admin APIs, a deliberately misconfigured one (it holds the Power BI
 * application permission {@code Tenant.Read.All} with admin consent, which the admin APIs refuse),
 * a Fabric administrator user, and a few export and sharing settings left on for everyone.
 */
public final class DemoTenant {
  public static final String DOMAIN = "contoso.onmicrosoft.com";
  public static final String APP_NAME = "pbiadmin-demo";
  public static final String MISCONFIGURED_APP_NAME = "pbiadmin-demo-misconfigured";
  public static final String GROUP_NAME = "Power BI admin API readers";
  public static final String ADMIN_UPN = "admin@" + DOMAIN;

  /**
   * Settings the demo tenant enables for the entire organization (governance usually scopes them).
   */
  static final List<String> ORGANIZATION_WIDE =
      List.of(
          "PublishToWeb",
          "ExportToExcelSetting",
          "ExportToCsv",
          "ShareLinkToEntireOrg",
          "ExternalSharingV2",
          "AllowGuestUserToAccessSharedContent");

  private DemoTenant() {}

  /**
   * The seed plus the clear values that exist only in {@code emulator.json} and the ready output.
   */
  public record Demo(TenantSeed seed, String clientId, String clientSecret, String adminPassword) {
    @Override
    public String toString() {
      return "Demo[clientId=" + clientId + "]";
    }
  }

  public static Demo create() {
    String tenantId = UUID.randomUUID().toString();
    String clientId = UUID.randomUUID().toString();
    String secret = SqliteDirectory.newSecretValue();
    String adminPassword = "Demo-" + SqliteDirectory.newSecretValue().substring(0, 16);
    AppRegistration reader =
        new AppRegistration(
            clientId,
            UUID.randomUUID().toString(),
            APP_NAME,
            List.of(
                new ClientSecret(
                    UUID.randomUUID().toString(),
                    secret.substring(0, 3),
                    SecretHasher.hashSecret(secret),
                    null)),
            List.of(),
            List.of(
                new ApiPermission(
                    ApiPermission.POWER_BI_RESOURCE, "Tenant.Read.All", "Delegated", true)));
    String misconfiguredSecret = SqliteDirectory.newSecretValue();
    AppRegistration misconfigured =
        new AppRegistration(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            MISCONFIGURED_APP_NAME,
            List.of(
                new ClientSecret(
                    UUID.randomUUID().toString(),
                    misconfiguredSecret.substring(0, 3),
                    SecretHasher.hashSecret(misconfiguredSecret),
                    null)),
            List.of(),
            List.of(
                new ApiPermission(
                    ApiPermission.POWER_BI_RESOURCE, "Tenant.Read.All", "Application", true)));
    User admin =
        new User(
            UUID.randomUUID().toString(),
            ADMIN_UPN,
            "Contoso Fabric Admin",
            SecretHasher.hashPassword(adminPassword),
            true);
    SecurityGroup readers =
        new SecurityGroup(
            UUID.randomUUID().toString(),
            GROUP_NAME,
            "Security",
            List.of(
                new SecurityGroup.Member("ServicePrincipal", reader.servicePrincipalId()),
                new SecurityGroup.Member("ServicePrincipal", misconfigured.servicePrincipalId())));
    List<String> group = List.of(readers.id());
    List<TenantSetting> settings =
        new java.util.ArrayList<>(
            List.of(
                setting(TenantSetting.READ_ONLY_ADMIN_APIS, group),
                setting(TenantSetting.SERVICE_PRINCIPAL_ACCESS, group),
                setting(TenantSetting.DETAILED_METADATA, group),
                setting(TenantSetting.EXPRESSIONS, group)));
    // what governance reviews usually find on for everyone in a tenant left at its defaults
    for (String open : ORGANIZATION_WIDE) {
      settings.add(setting(open, List.of()));
    }
    TenantSeed seed =
        new TenantSeed(
            tenantId,
            List.of(DOMAIN),
            List.of(reader, misconfigured),
            List.of(admin),
            List.of(readers),
            settings);
    return new Demo(seed, clientId, secret, adminPassword);
  }

  private static TenantSetting setting(String name, List<String> groups) {
    TenantSetting catalogue =
        TenantSettingCatalogue.get()
            .find(name)
            .orElseThrow(
                () -> new IllegalStateException(name + " is not in the tenant-settings catalogue"));
    return catalogue
        .withState(true, groups, List.of(), catalogue.properties())
        .changedAt(Instant.EPOCH);
  }
}
