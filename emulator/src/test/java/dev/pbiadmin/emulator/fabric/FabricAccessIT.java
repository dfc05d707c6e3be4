package dev.pbiadmin.emulator.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.contract.FabricSchemas;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.powerbi.EmulatorHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may call the Fabric admin API, and what it answers otherwise: the Power BI side's rules
 * (service principals through the admin API settings' security groups, no admin-consent roles,
 * Fabric administrators with the operation's delegated scope), Fabric's audience, per-caller quotas
 * with 429 + Retry-After, and Fabric's error envelope for each refusal.
 */
class FabricAccessIT {
  private static final String SETTINGS = "/v1/admin/tenantsettings";
  private static final String WORKSPACES = "/v1/admin/workspaces";

  @RegisterExtension static final EmulatorExtension EMULATOR = EmulatorExtension.builder().build();

  private final FabricSchemas schemas = FabricSchemas.load();
  private EmulatorHttp http;
  private String readers;

  @BeforeEach
  void setUp() {
    http = new EmulatorHttp(EMULATOR.get());
    EMULATOR.get().powerBi().rateLimiter().reset();
    readers =
        EMULATOR
            .get()
            .directory()
            .findSetting(TenantSetting.READ_ONLY_ADMIN_APIS)
            .orElseThrow()
            .enabledSecurityGroups()
            .get(0);
  }

  @AfterEach
  void restore() {
    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(readers));
    http.setting(TenantSetting.WRITE_ADMIN_APIS, false, List.of());
    http.manage("DELETE", "/emulator/faults", null);
  }

  @Test
  void read_servicePrincipalInReadOnlySettingsGroup_200_logged() {
    assertThat(http.get(SETTINGS, http.demoToken(EmulatorHttp.FABRIC_SCOPE)).status())
        .isEqualTo(200);
    assertThat(last().get("operationId").asText()).isEqualTo("Tenants_ListTenantSettings");
    assertThat(last().get("decision").asText()).isEqualTo("SERVICE_PRINCIPAL_ADMIN");
  }

  @Test
  void read_servicePrincipalInNoEnabledGroup_403WithTheOperationsDocumentedCode() {
    EmulatorHttp.NewApp app = http.newApp("outsider");
    String token = http.appToken(app.clientId(), app.secret(), EmulatorHttp.FABRIC_SCOPE);

    EmulatorHttp.Response settings = http.get(SETTINGS, token);
    EmulatorHttp.Response workspaces = http.get(WORKSPACES, token);

    assertThat(settings.status()).isEqualTo(403);
    assertThat(settings.json().get("errorCode").asText()).isEqualTo("Forbidden");
    assertThat(schemas.validateResponse("Tenants_ListTenantSettings", 403, settings.json(), true))
        .isEmpty();
    assertThat(workspaces.json().get("errorCode").asText()).isEqualTo("InsufficientPrivileges");
    assertThat(last().get("decision").asText()).isEqualTo("NOT_IN_ENABLED_GROUP");
  }

  @Test
  void read_readOnlySettingDisabled_403_settingDecidedLikePowerBi() {
    String token = http.demoToken(EmulatorHttp.FABRIC_SCOPE);
    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, false, List.of(readers));

    assertThat(http.get(SETTINGS, token).status()).isEqualTo(403);
    assertThat(last().get("decision").asText()).isEqualTo("SETTING_DISABLED");
  }

  @Test
  void read_appWithAdminConsentedPowerBiApplicationPermission_403() {
    JsonNode misconfigured = appNamed(DemoTenant.MISCONFIGURED_APP_NAME);
    String clientId = misconfigured.get("clientId").asText();
    String secret =
        http.manage("POST", "/emulator/apps/" + clientId + "/secrets", Map.of())
            .json()
            .get("secretText")
            .asText();

    assertThat(
            http.get(SETTINGS, http.appToken(clientId, secret, EmulatorHttp.FABRIC_SCOPE)).status())
        .isEqualTo(403);
    assertThat(last().get("decision").asText()).isEqualTo("ADMIN_CONSENT_PERMISSIONS");
  }

  @Test
  void update_servicePrincipalOnlyThroughTheUpdatesSetting() {
    String token = http.demoToken(EmulatorHttp.FABRIC_SCOPE);
    String path = SETTINGS + "/PublishToWeb/update";

    EmulatorHttp.Response refused = http.post(path, token, "{\"enabled\":true}");
    String refusal = last().get("decision").asText();
    http.setting(TenantSetting.WRITE_ADMIN_APIS, true, List.of(readers));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refusal).isEqualTo("SETTING_DISABLED");
    assertThat(last().get("reason").asText()).contains(TenantSetting.WRITE_ADMIN_APIS);
    assertThat(http.post(path, token, "{\"enabled\":true}").status()).isEqualTo(200);
  }

  @Test
  void fabricAdministrator_readsWithTenantReadAll_updatesOnlyWithTenantReadWriteAll() {
    DemoCredentials demo = EMULATOR.get().demo().orElseThrow();
    String readOnly = adminToken(demo);

    assertThat(http.get(SETTINGS, readOnly).status()).isEqualTo(200);
    assertThat(last().get("decision").asText()).isEqualTo("FABRIC_ADMINISTRATOR");
    assertThat(
            http.post(SETTINGS + "/PublishToWeb/update", readOnly, "{\"enabled\":true}").status())
        .isEqualTo(403);
    assertThat(last().get("decision").asText()).isEqualTo("MISSING_SCOPE");

    http.manage(
        "PUT",
        "/emulator/apps/" + demo.clientId() + "/permissions",
        Map.of(
            "permissions",
            List.of(
                Map.of("name", "Tenant.Read.All", "type", "Delegated", "adminConsentGranted", true),
                Map.of(
                    "name",
                    "Tenant.ReadWrite.All",
                    "type",
                    "Delegated",
                    "adminConsentGranted",
                    true))));
    try {
      assertThat(
              http.post(SETTINGS + "/PublishToWeb/update", adminToken(demo), "{\"enabled\":true}")
                  .status())
          .isEqualTo(200);
    } finally {
      http.manage(
          "PUT",
          "/emulator/apps/" + demo.clientId() + "/permissions",
          Map.of(
              "permissions",
              List.of(
                  Map.of(
                      "name",
                      "Tenant.Read.All",
                      "type",
                      "Delegated",
                      "adminConsentGranted",
                      true))));
    }
  }

  @Test
  void token_missingOrForPowerBiOrForged_401Unauthorized_expired_401TokenExpired() {
    String powerBi = http.demoToken();
    String fabric = http.demoToken(EmulatorHttp.FABRIC_SCOPE);
    String forged = fabric.substring(0, fabric.lastIndexOf('.') + 1) + "AAAA";

    for (String token : new String[] {null, powerBi, forged}) {
      EmulatorHttp.Response r = http.get(SETTINGS, token);
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().get("errorCode").asText()).isEqualTo("Unauthorized");
      assertThat(r.json().get("requestId").asText()).isEqualTo(r.header("RequestId"));
    }
    http.manage("POST", "/emulator/time/advance", Map.of("duration", "PT3H"));
    EmulatorHttp.Response expired = http.get(SETTINGS, fabric);
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().get("errorCode").asText()).isEqualTo("TokenExpired");
  }

  @Test
  void quota_26thCallOfAMinute_429RequestBlockedWithRetryAfter_otherCallersUnaffected() {
    String token = http.demoToken(EmulatorHttp.FABRIC_SCOPE);
    for (int i = 0; i < 25; i++) {
      assertThat(http.get(SETTINGS, token).status()).isEqualTo(200);
    }

    EmulatorHttp.Response throttled = http.get(SETTINGS, token);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(throttled.json().get("errorCode").asText()).isEqualTo("RequestBlocked");
    assertThat(throttled.json().get("message").asText())
        .matches(
            "Request is blocked by the upstream service until: \\d{1,2}/\\d{1,2}/\\d{4}"
                + " \\d{1,2}:\\d{2}:\\d{2} [AP]M \\(UTC\\)");
    assertThat(schemas.validateResponse("Tenants_ListTenantSettings", 429, throttled.json(), true))
        .isEmpty();
    assertThat(http.get(SETTINGS, adminToken(EMULATOR.get().demo().orElseThrow())).status())
        .isEqualTo(200);
    assertThat(http.get(WORKSPACES, token).status()).isEqualTo(200);
  }

  @Test
  void faults_injectedServerErrorAndStorm_inFabricsEnvelope() {
    String token = http.demoToken(EmulatorHttp.FABRIC_SCOPE);
    http.manage(
        "PUT",
        "/emulator/faults",
        Map.of(
            "rules",
            List.of(
                Map.of("route", "Items_ListItems", "errorRate", 1.0, "errorStatus", 503),
                Map.of(
                    "route",
                    "Workspaces_ListWorkspaces",
                    "throttleCount",
                    1,
                    "throttleRetryAfterSeconds",
                    7))));

    EmulatorHttp.Response error = http.get("/v1/admin/items", token);
    EmulatorHttp.Response storm = http.get(WORKSPACES, token);

    assertThat(error.status()).isEqualTo(503);
    assertThat(error.json().get("errorCode").asText()).isEqualTo("ServiceUnavailable");
    assertThat(storm.status()).isEqualTo(429);
    assertThat(storm.header("Retry-After")).isEqualTo("7");
    assertThat(http.get(WORKSPACES, token).status()).isEqualTo(200);
  }

  @Test
  void unknownPath_404InFabricsEnvelope() {
    EmulatorHttp.Response r =
        http.get("/v1/admin/nothingHere", http.demoToken(EmulatorHttp.FABRIC_SCOPE));

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("errorCode").asText()).isEqualTo("EntityNotFound");
    assertThat(r.json().get("requestId").asText()).isEqualTo(r.header("RequestId"));
  }

  private String adminToken(DemoCredentials demo) {
    return http.userToken(
        demo.clientId(),
        demo.clientSecret(),
        demo.adminUserPrincipalName(),
        demo.adminPassword(),
        EmulatorHttp.FABRIC_SCOPE);
  }

  private JsonNode appNamed(String name) {
    for (JsonNode app : http.manage("GET", "/emulator/apps", null).json()) {
      if (app.get("displayName").asText().equals(name)) {
        return app;
      }
    }
    throw new AssertionError("no app " + name);
  }

  private JsonNode last() {
    return http.manage("GET", "/emulator/requests?limit=1", null).json().get(0);
  }
}
