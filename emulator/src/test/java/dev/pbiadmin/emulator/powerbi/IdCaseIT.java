package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The emulator writes some references in upper case, as the real service does (a workspace's {@code
 * capacityId}, scan-result-real-shapes.md §9), and stays consistent: an id a client got in either
 * case resolves everywhere, because the service matches GUIDs case-insensitively.
 */
class IdCaseIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(300).throttling(false).build();

  @Test
  void idsInEitherCase_resolveAtEveryApi() {
    EmulatorHttp http = new EmulatorHttp(EMULATOR.get());
    String token = http.demoToken();
    JsonNode groups = http.get("/v1.0/myorg/admin/groups?$top=5000", token).json().get("value");
    List<JsonNode> upperRefs = new ArrayList<>();
    List<JsonNode> lowerRefs = new ArrayList<>();
    groups.forEach(
        w -> {
          String c = w.path("capacityId").asText("");
          if (!c.isEmpty()) {
            (c.equals(c.toUpperCase(Locale.ROOT)) ? upperRefs : lowerRefs).add(w);
          }
        });
    assertThat(upperRefs).as("some workspaces refer to their capacity in upper case").isNotEmpty();
    assertThat(lowerRefs).as("others in lower case").isNotEmpty();
    String capacity = upperRefs.get(0).get("capacityId").asText();
    String workspace = upperRefs.get(0).get("id").asText();

    EmulatorHttp.Response refreshables =
        http.get("/v1.0/myorg/admin/capacities/" + capacity + "/refreshables?$top=1", token);
    EmulatorHttp.Response filtered =
        http.get(
            "/v1.0/myorg/admin/groups?$top=5000&$filter="
                + q("capacityId eq '" + capacity.toLowerCase(Locale.ROOT) + "'"),
            token);
    EmulatorHttp.Response group =
        http.get("/v1.0/myorg/admin/groups/" + workspace.toUpperCase(Locale.ROOT), token);
    EmulatorHttp.Response started =
        http.post(
            "/v1.0/myorg/admin/workspaces/getInfo",
            token,
            "{\"workspaces\":[\"" + workspace.toUpperCase(Locale.ROOT) + "\"]}");
    http.manage("POST", "/emulator/time/advance", Map.of("duration", "PT5M"));
    String scanId = started.json().get("id").asText().toUpperCase(Locale.ROOT);
    EmulatorHttp.Response result =
        http.get("/v1.0/myorg/admin/workspaces/scanResult/" + scanId, token);

    assertThat(refreshables.status()).as(refreshables.body()).isEqualTo(200);
    assertThat(filtered.json().get("value"))
        .extracting(w -> w.get("id").asText())
        .contains(workspace);
    assertThat(group.json().get("id").asText()).isEqualTo(workspace);
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    assertThat(result.json().get("workspaces").get(0).get("id").asText()).isEqualTo(workspace);
    assertThat(result.json().get("workspaces").get(0).get("capacityId").asText())
        .isEqualTo(capacity);
  }
}
