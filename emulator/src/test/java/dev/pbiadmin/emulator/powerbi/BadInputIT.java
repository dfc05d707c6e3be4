package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Client mistakes get a 4xx with the Power BI error envelope, never a 5xx. */
class BadInputIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().throttling(false).build();

  private static EmulatorHttp http;
  private static String token;

  @BeforeAll
  static void setUp() {
    http = new EmulatorHttp(EMULATOR.get());
    token = http.demoToken();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1.0/myorg/admin/groups",
        "/v1.0/myorg/admin/groups?$top=0",
        "/v1.0/myorg/admin/groups?$top=5001",
        "/v1.0/myorg/admin/groups?$top=abc",
        "/v1.0/myorg/admin/groups?$top=10&$skip=-1",
        "/v1.0/myorg/admin/groups?$top=10&$expand=everything",
        "/v1.0/myorg/admin/groups?$top=10&$filter=type%20eq",
        "/v1.0/myorg/admin/groups?$top=10&$filter=nosuchfield%20eq%20'x'",
        "/v1.0/myorg/admin/groups/not-a-guid",
        "/v1.0/myorg/admin/groups/not-a-guid/users",
        "/v1.0/myorg/admin/reports/123/users",
        "/v1.0/myorg/admin/workspaces/scanStatus/not-a-guid",
        "/v1.0/myorg/admin/workspaces/modified?modifiedSince=yesterday",
        "/v1.0/myorg/admin/workspaces/modified?excludePersonalWorkspaces=maybe",
        "/v1.0/myorg/admin/activityevents",
        "/v1.0/myorg/admin/activityevents?startDateTime=2026-11-20T00:00:00Z&endDateTime=2026-11-20T01:00:00Z",
        "/v1.0/myorg/admin/activityevents?startDateTime='2026-11-20T00:00:00Z'&endDateTime='2026-11-21T01:00:00Z'",
        "/v1.0/myorg/admin/activityevents?continuationToken='garbage'",
        "/v1.0/myorg/admin/activityevents?continuationToken=%25%25%25",
        "/v1.0/myorg/admin/activityevents?startDateTime='2026-11-20T00:00:00Z'&endDateTime='2026-11-20T01:00:00Z'&$filter=Foo%20eq%20'x'",
        "/v1.0/myorg/admin/apps",
        "/v1.0/myorg/admin/users/nobody@nowhere.example/artifactAccess"
      })
  void get_badInput_4xxWithEnvelope(String path) {
    EmulatorHttp.Response r = http.get(path, token);

    assertThat(r.status()).as(path + " → " + r.body()).isBetween(400, 499);
    assertThat(r.json().get("error").get("code").asText()).isNotBlank();
  }

  @Test
  void get_unknownIds_404PowerBIEntityNotFound() {
    for (String path :
        new String[] {
          "/v1.0/myorg/admin/groups/" + UUID.randomUUID(),
          "/v1.0/myorg/admin/workspaces/scanStatus/" + UUID.randomUUID(),
          "/v1.0/myorg/admin/workspaces/scanResult/" + UUID.randomUUID(),
          "/v1.0/myorg/admin/dashboards/" + UUID.randomUUID() + "/tiles"
        }) {
      EmulatorHttp.Response r = http.get(path, token);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.json().get("error").get("code").asText()).isEqualTo("PowerBIEntityNotFound");
    }
  }

  @Test
  void getInfo_badBodies_400() {
    StringBuilder many = new StringBuilder("{\"workspaces\":[");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
    }
    for (String body :
        new String[] {
          many.append("]}").toString(),
          "{\"workspaces\":[]}",
          "{\"workspaces\":[\"x\"]}",
          "[]",
          "{",
          "",
          "{\"workspaces\":\"" + UUID.randomUUID() + "\"}"
        }) {
      EmulatorHttp.Response r = http.post("/v1.0/myorg/admin/workspaces/getInfo", token, body);
      assertThat(r.status()).as(body.length() > 80 ? body.substring(0, 80) : body).isEqualTo(400);
      assertThat(r.json().get("error").get("pbi.error")).isNotNull();
    }
  }

  @Test
  void getInfo_hugeBody_413() {
    String huge = "{\"workspaces\":[\"" + "a".repeat(3 << 20) + "\"]}";
    EmulatorHttp.Response r = http.post("/v1.0/myorg/admin/workspaces/getInfo", token, huge);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("RequestEntityTooLarge");
  }

  @Test
  void modified_sinceOutsideWindow_400() {
    String tooRecent = EMULATOR.get().clock().instant().minusSeconds(60).toString();
    String tooOld = LocalDate.now(EMULATOR.get().clock()).minusDays(40) + "T00:00:00Z";
    for (String since : new String[] {tooRecent, tooOld}) {
      JsonNode error =
          http.get("/v1.0/myorg/admin/workspaces/modified?modifiedSince=" + q(since), token).json();
      assertThat(error.get("error").get("message").asText()).contains("30 minutes to 30 days");
    }
  }

  @Test
  void unknownPath_404Envelope() {
    EmulatorHttp.Response r = http.get("/v1.0/myorg/admin/nothing/here", token);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("NotFound");
  }
}
