package dev.pbiadmin.emulator.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.powerbi.EmulatorHttp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One store, two services, one delay: a change through the Fabric API is listed at once (it is the
 * configuration) and enforced by Power BI only once it has propagated, and the request log says
 * why.
 */
class FabricPropagationIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder()
          .demoWorkspaces(5)
          .propagationDelay(Duration.ofMinutes(15))
          .build();

  @Test
  void update_listedAtOnce_enforcedByPowerBiAfterThePropagationDelay() {
    EmulatorHttp http = new EmulatorHttp(EMULATOR.get());
    DemoCredentials demo = EMULATOR.get().demo().orElseThrow();
    http.manage(
        "PUT",
        "/emulator/apps/" + demo.clientId() + "/permissions",
        Map.of(
            "permissions",
            List.of(
                Map.of(
                    "name",
                    "Tenant.ReadWrite.All",
                    "type",
                    "Delegated",
                    "adminConsentGranted",
                    true))));
    String admin =
        http.userToken(
            demo.clientId(),
            demo.clientSecret(),
            demo.adminUserPrincipalName(),
            demo.adminPassword(),
            EmulatorHttp.FABRIC_SCOPE);
    EmulatorHttp.NewApp app = http.newApp("waiting");
    String group = http.newGroup("Security", app.servicePrincipalId());
    String powerBi = http.appToken(app.clientId(), app.secret());

    EmulatorHttp.Response updated =
        http.post(
            "/v1/admin/tenantsettings/" + TenantSetting.READ_ONLY_ADMIN_APIS + "/update",
            admin,
            "{\"enabled\":true,\"enabledSecurityGroups\":[{\"graphId\":\""
                + group
                + "\",\"name\":\"w\"}]}");
    JsonNode listed = http.get("/v1/admin/tenantsettings", admin).json().get("value");

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(listed.toString()).contains(group);
    assertThat(http.get("/v1.0/myorg/admin/groups?$top=1", powerBi).status()).isEqualTo(401);
    assertThat(
            http.manage("GET", "/emulator/requests?limit=1", null).json().at("/0/reason").asText())
        .contains("has not taken effect yet");
    http.manage("POST", "/emulator/time/advance", Map.of("duration", "PT16M"));
    assertThat(http.get("/v1.0/myorg/admin/groups?$top=1", powerBi).status()).isEqualTo(200);
  }
}
