package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed's exact request, by the demo service principal, over HTTPS with a real token. */
class SeedRequestIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(300).build();

  @Test
  void getGroupsAsAdmin_seedRequestPersonal_onlyPersonalWorkspacesWithExpansions() {
    EmulatorHttp http = new EmulatorHttp(EMULATOR.get());
    EmulatorHttp.Response r =
        http.get(
            "/v1.0/myorg/admin/groups?$top=5000&$expand="
                + q("datasets,dataflows,reports,dashboards,users")
                + "&$filter="
                + q("type eq 'PersonalGroup'"),
            http.demoToken());

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("RequestId")).isNotBlank();
    JsonNode value = r.json().get("value");
    assertThat(value.size()).isGreaterThan(0);
    value.forEach(
        w -> {
          assertThat(w.get("type").asText()).isEqualTo("PersonalGroup");
          assertThat(
                  w.has("users")
                      && w.has("reports")
                      && w.has("datasets")
                      && w.has("dataflows")
                      && w.has("dashboards"))
              .isTrue();
        });
  }

  @Test
  void getGroupsAsAdmin_seedRequestNotPersonal_complementsThePersonalOnes() {
    EmulatorHttp http = new EmulatorHttp(EMULATOR.get());
    String token = http.demoToken();
    String base =
        "/v1.0/myorg/admin/groups?$top=5000&$expand="
            + q("datasets,dataflows,reports,dashboards,users")
            + "&$filter=";
    int personal = http.get(base + q("type eq 'PersonalGroup'"), token).json().get("value").size();
    JsonNode others = http.get(base + q("type ne 'PersonalGroup'"), token).json().get("value");

    others.forEach(w -> assertThat(w.get("type").asText()).isNotEqualTo("PersonalGroup"));
    assertThat(personal + others.size())
        .isEqualTo(EMULATOR.get().powerBi().content().workspaces().size());
  }
}
