package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The authorization matrix over HTTPS with real tokens: each rule of Power BI's decision, each
 * misconfiguration reproduced through the management API, and the reason the request log gives.
 */
class AuthorizationIT {
  private static final String NOT_AUTHORIZED =
      "{\"error\":{\"code\":\"PowerBINotAuthorizedException\",\"pbi.error\":{\"code\":\"PowerBINotAuthorizedException\","
          + "\"parameters\":{},\"details\":[],\"exceptionCulprit\":1}}}";
  private static final String ADMIN_GROUPS = "/v1.0/myorg/admin/groups?$top=10";
  private static final String MY_GROUPS = "/v1.0/myorg/groups";

  @RegisterExtension static final EmulatorExtension EMULATOR = EmulatorExtension.builder().build();

  private EmulatorHttp http;
  private String readersGroup;

  @BeforeEach
  void setUp() {
    http = new EmulatorHttp(EMULATOR.get());
    EMULATOR.get().powerBi().rateLimiter().reset();
    readersGroup =
        EMULATOR
            .get()
            .directory()
            .findSetting(TenantSetting.READ_ONLY_ADMIN_APIS)
            .orElseThrow()
            .enabledSecurityGroups()
            .get(0);
  }

  @AfterEach
  void restoreSettings() {
    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(readersGroup));
    http.setting(TenantSetting.SERVICE_PRINCIPAL_ACCESS, true, List.of(readersGroup));
  }

  @Test
  void adminApi_demoServicePrincipalInEnabledGroup_200() {
    assertThat(http.get(ADMIN_GROUPS, http.demoToken()).status()).isEqualTo(200);
  }

  @Test
  void adminApi_appWithTenantReadAllApplicationPermission_401WithOpaqueBodyAndLoggedReason() {
    JsonNode misconfigured = appNamed(DemoTenant.MISCONFIGURED_APP_NAME);
    String clientId = misconfigured.get("clientId").asText();
    String secret =
        http.manage("POST", "/emulator/apps/" + clientId + "/secrets", Map.of())
            .json()
            .get("secretText")
            .asText();

    EmulatorHttp.Response r = http.get(ADMIN_GROUPS, http.appToken(clientId, secret));

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).isEqualTo(NOT_AUTHORIZED);
    assertThat(r.header("RequestId")).isNotBlank();
    assertThat(lastDecision()).isEqualTo("ADMIN_CONSENT_PERMISSIONS");
  }

  @Test
  void adminApi_tokenFineOnNonAdminApi_but401OnAdmin() {
    EmulatorHttp.NewApp app = http.newApp("developer-only");
    String devGroup = http.newGroup("Security", app.servicePrincipalId());
    http.setting(TenantSetting.SERVICE_PRINCIPAL_ACCESS, true, List.of(readersGroup, devGroup));
    String token = http.appToken(app.clientId(), app.secret());

    assertThat(http.get(MY_GROUPS, token).status()).isEqualTo(200);
    EmulatorHttp.Response admin = http.get(ADMIN_GROUPS, token);
    assertThat(admin.status()).isEqualTo(401);
    assertThat(admin.body()).isEqualTo(NOT_AUTHORIZED);
    assertThat(lastDecision()).isEqualTo("NOT_IN_ENABLED_GROUP");
  }

  @Test
  void adminApi_appAddedToSettingDirectly_401_groupAdded_200() {
    EmulatorHttp.NewApp app = http.newApp("direct");
    http.setting(
        TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(readersGroup, app.servicePrincipalId()));
    String token = http.appToken(app.clientId(), app.secret());

    assertThat(http.get(ADMIN_GROUPS, token).status()).isEqualTo(401);
    assertThat(lastDecision()).isEqualTo("LISTED_DIRECTLY_NOT_VIA_GROUP");

    String group = http.newGroup("Security", app.servicePrincipalId());
    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(readersGroup, group));
    assertThat(http.get(ADMIN_GROUPS, token).status()).isEqualTo(200);
  }

  @Test
  void adminApi_nestedSecurityGroup_200_microsoft365Group_401() {
    EmulatorHttp.NewApp app = http.newApp("nested");
    String inner = http.newGroup("Security", app.servicePrincipalId());
    String outer = http.newGroup("Security");
    http.manage(
        "POST", "/emulator/groups/" + outer + "/members", Map.of("kind", "Group", "id", inner));
    String token = http.appToken(app.clientId(), app.secret());

    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(outer));
    assertThat(http.get(ADMIN_GROUPS, token).status()).isEqualTo(200);

    String m365 = http.newGroup("Microsoft365", app.servicePrincipalId());
    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(m365));
    assertThat(http.get(ADMIN_GROUPS, token).status()).isEqualTo(401);
    assertThat(lastDecision()).isEqualTo("GROUP_NOT_SECURITY_TYPE");
  }

  @Test
  void adminApi_excludedGroup_401() {
    EmulatorHttp.NewApp app = http.newApp("excluded");
    String group = http.newGroup("Security", app.servicePrincipalId());
    String excluded = http.newGroup("Security", app.servicePrincipalId());
    http.manage(
        "PUT",
        "/emulator/settings/" + TenantSetting.READ_ONLY_ADMIN_APIS,
        Map.of(
            "enabled",
            true,
            "enabledSecurityGroups",
            List.of(group),
            "excludedSecurityGroups",
            List.of(excluded)));

    assertThat(http.get(ADMIN_GROUPS, http.appToken(app.clientId(), app.secret())).status())
        .isEqualTo(401);
    assertThat(lastDecision()).isEqualTo("IN_EXCLUDED_GROUP");
    http.manage(
        "PUT",
        "/emulator/settings/" + TenantSetting.READ_ONLY_ADMIN_APIS,
        Map.of("excludedSecurityGroups", List.of()));
  }

  @Test
  void adminApi_settingDisabled_401() {
    String token = http.demoToken();
    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, false, List.of(readersGroup));

    assertThat(http.get(ADMIN_GROUPS, token).status()).isEqualTo(401);
    assertThat(lastDecision()).isEqualTo("SETTING_DISABLED");
  }

  @Test
  void adminWrite_servicePrincipal_401() {
    String token = http.demoToken();
    String workspace = http.get(ADMIN_GROUPS, token).json().get("value").get(0).get("id").asText();

    EmulatorHttp.Response r =
        http.method("PATCH", "/v1.0/myorg/admin/groups/" + workspace, token, "{\"name\":\"x\"}");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).isEqualTo(NOT_AUTHORIZED);
    assertThat(lastDecision()).isEqualTo("OPERATION_NOT_FOR_SERVICE_PRINCIPALS");
  }

  @Test
  void nonAdminGroups_servicePrincipalNotAMember_emptyList_addedAsMember_listed() {
    EmulatorHttp.NewApp app = http.newApp("member");
    String group = http.newGroup("Security", app.servicePrincipalId());
    http.setting(TenantSetting.SERVICE_PRINCIPAL_ACCESS, true, List.of(readersGroup, group));
    String token = http.appToken(app.clientId(), app.secret());

    assertThat(http.get(MY_GROUPS, token).json().get("value")).isEmpty();

    String workspace =
        http.get(
                ADMIN_GROUPS
                    + "&$filter="
                    + EmulatorHttp.q("type eq 'Workspace' and state eq 'Active'"),
                http.demoToken())
            .json()
            .get("value")
            .get(0)
            .get("id")
            .asText();
    http.manage(
        "POST",
        "/emulator/workspaces/" + workspace + "/users",
        Map.of(
            "identifier",
            app.servicePrincipalId(),
            "principalType",
            "App",
            "groupUserAccessRight",
            "Viewer"));

    JsonNode listed = http.get(MY_GROUPS, token).json().get("value");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("id").asText()).isEqualTo(workspace);
    assertThat(http.get("/v1.0/myorg/groups/" + workspace + "/reports", token).status())
        .isEqualTo(200);
  }

  @Test
  void nonAdminGroups_developerSettingDisabled_401() {
    String token = http.demoToken();
    http.setting(TenantSetting.SERVICE_PRINCIPAL_ACCESS, false, List.of(readersGroup));
    assertThat(http.get(MY_GROUPS, token).status()).isEqualTo(401);
  }

  @Test
  void adminApi_fabricAdministratorWithDelegatedTenantReadAll_200() {
    DemoCredentials demo = EMULATOR.get().demo().orElseThrow();
    String token =
        http.userToken(
            demo.clientId(),
            demo.clientSecret(),
            demo.adminUserPrincipalName(),
            demo.adminPassword());

    assertThat(http.get(ADMIN_GROUPS, token).status()).isEqualTo(200);
    assertThat(lastDecision()).isEqualTo("FABRIC_ADMINISTRATOR");
  }

  @Test
  void adminApi_noTokenOrForgedToken_401() {
    assertThat(http.get(ADMIN_GROUPS, null).status()).isEqualTo(401);
    String token = http.demoToken();
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
    assertThat(http.get(ADMIN_GROUPS, forged).body()).isEqualTo(NOT_AUTHORIZED);
  }

  private JsonNode appNamed(String name) {
    for (JsonNode app : http.manage("GET", "/emulator/apps", null).json()) {
      if (app.get("displayName").asText().equals(name)) {
        return app;
      }
    }
    throw new AssertionError("no app " + name);
  }

  private String lastDecision() {
    JsonNode entries = http.manage("GET", "/emulator/requests?limit=1", null).json();
    return entries.get(0).get("decision").asText();
  }
}
