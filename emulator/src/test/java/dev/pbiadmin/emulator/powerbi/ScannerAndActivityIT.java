package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The scanner's lifecycle and limits, and activity-event paging, driven by the emulated clock. */
class ScannerAndActivityIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(150).activityPageSize(400).build();

  private EmulatorHttp http;
  private String token;

  @BeforeEach
  void setUp() {
    http = new EmulatorHttp(EMULATOR.get());
    EMULATOR.get().powerBi().rateLimiter().reset();
    EMULATOR.get().powerBi().clearScans();
    token = http.demoToken();
  }

  @Test
  void scan_lifecycle_notStartedRunningSucceeded_withLocations() {
    List<String> ids = workspaceIds(3);
    EmulatorHttp.Response started = getInfo("?datasetSchema=true", ids);

    assertThat(started.status()).isEqualTo(202);
    String id = started.json().get("id").asText();
    assertThat(started.json().get("status").asText()).isEqualTo("NotStarted");
    assertThat(started.header("Location"))
        .isEqualTo(EMULATOR.get().baseUrl() + "/v1.0/myorg/admin/workspaces/scanStatus/" + id);
    assertThat(http.get("/v1.0/myorg/admin/workspaces/scanResult/" + id, token).status())
        .isEqualTo(400);

    advance("PT3S");
    assertThat(status(id).json().get("status").asText()).isEqualTo("Running");
    advance("PT1M");
    EmulatorHttp.Response done = status(id);
    assertThat(done.json().get("status").asText()).isEqualTo("Succeeded");
    assertThat(done.header("Location")).endsWith("/v1.0/myorg/admin/workspaces/scanResult/" + id);
    JsonNode result = http.get("/v1.0/myorg/admin/workspaces/scanResult/" + id, token).json();
    assertThat(result.get("workspaces")).hasSize(3);

    advance("PT25H");
    assertThat(status(id).status()).isEqualTo(404);
  }

  @Test
  void scan_detailedMetadataSettingDisabled_noTablesEvenWhenAsked() {
    String group =
        EMULATOR
            .get()
            .directory()
            .findSetting(TenantSetting.DETAILED_METADATA)
            .orElseThrow()
            .enabledSecurityGroups()
            .get(0);
    List<String> ids = workspaceIdsWithDatasets();
    String withSchema =
        finished(
            getInfo("?datasetSchema=true&datasetExpressions=true", ids).json().get("id").asText());
    http.setting(TenantSetting.DETAILED_METADATA, false, List.of(group));
    String without =
        finished(
            getInfo("?datasetSchema=true&datasetExpressions=true", ids).json().get("id").asText());
    http.setting(TenantSetting.DETAILED_METADATA, true, List.of(group));

    assertThat(http.get("/v1.0/myorg/admin/workspaces/scanResult/" + withSchema, token).body())
        .contains("\"tables\"");
    assertThat(http.get("/v1.0/myorg/admin/workspaces/scanResult/" + without, token).body())
        .doesNotContain("\"tables\"");
  }

  @Test
  void scan_seventeenthInFlight_429WithRetryAfter() {
    List<String> ids = workspaceIds(1);
    for (int i = 0; i < 16; i++) {
      assertThat(getInfo("", ids).status()).isEqualTo(202);
    }
    EmulatorHttp.Response refused = getInfo("", ids);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    assertThat(refused.json().get("message").asText())
        .startsWith("You have exceeded the amount of requests allowed");
    advance("PT2M");
    assertThat(getInfo("", ids).status()).isEqualTo(202);
  }

  @Test
  void scan_failureInjected_statusFailedWithError() {
    http.manage(
        "PUT", "/emulator/faults", Map.of("seed", 1, "scanFailureRate", 1.0, "rules", List.of()));
    String id = getInfo("", workspaceIds(1)).json().get("id").asText();
    advance("PT2M");
    JsonNode status = status(id).json();
    http.manage("DELETE", "/emulator/faults", null);

    assertThat(status.get("status").asText()).isEqualTo("Failed");
    assertThat(status.get("error").get("code").asText()).isNotBlank();
  }

  @Test
  void modified_sinceWithinRange_onlyTouchedWorkspace() {
    String ws = workspaceIds(1).get(0);
    advance("PT2H");
    String since = EMULATOR.get().clock().instant().toString();
    advance("PT1M");
    http.manage("POST", "/emulator/workspaces/" + ws + "/touch", Map.of());
    advance("PT31M");

    JsonNode modified =
        http.get("/v1.0/myorg/admin/workspaces/modified?modifiedSince=" + since, token).json();
    assertThat(modified.isArray()).isTrue();
    assertThat(modified).extracting(n -> n.get("id").asText()).containsExactly(ws);
  }

  @Test
  void activityEvents_pagedByContinuationToken_untilTokenNull() {
    String day = LocalDate.now(EMULATOR.get().clock()).minusDays(1).toString();
    String next =
        "/v1.0/myorg/admin/activityevents?startDateTime="
            + q("'" + day + "T00:00:00.000Z'")
            + "&endDateTime="
            + q("'" + day + "T23:59:59.999Z'");
    Set<String> ids = new HashSet<>();
    int pages = 0;
    JsonNode page;
    do {
      EmulatorHttp.Response r = http.get(next, token);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      page = r.json();
      page.get("activityEventEntities")
          .forEach(e -> assertThat(ids.add(e.get("Id").asText())).isTrue());
      pages++;
      String continuation =
          page.get("continuationToken").isNull() ? null : page.get("continuationToken").asText();
      // what a client does: URL-decode the token, wrap it in quotes, encode it as a query value
      next =
          continuation == null
              ? null
              : "/v1.0/myorg/admin/activityevents?continuationToken="
                  + q(
                      "'"
                          + java.net.URLDecoder.decode(
                              continuation, java.nio.charset.StandardCharsets.UTF_8)
                          + "'");
    } while (next != null && pages < 50);

    assertThat(page.get("lastResultSet").asBoolean()).isTrue();
    assertThat(page.get("continuationUri").isNull()).isTrue();
    assertThat(pages).isGreaterThan(1);
    assertThat(ids).hasSizeGreaterThan(1000);
  }

  @Test
  void activityEvents_filterOnActivity_onlyThatActivity() {
    String day = LocalDate.now(EMULATOR.get().clock()).minusDays(1).toString();
    JsonNode page =
        http.get(
                "/v1.0/myorg/admin/activityevents?startDateTime="
                    + q("'" + day + "T08:00:00Z'")
                    + "&endDateTime="
                    + q("'" + day + "T09:00:00Z'")
                    + "&$filter="
                    + q("Activity eq 'viewreport'"),
                token)
            .json();

    assertThat(page.get("activityEventEntities"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("Activity").asText()).isEqualTo("ViewReport"));
  }

  private EmulatorHttp.Response getInfo(String query, List<String> ids) {
    StringBuilder body = new StringBuilder("{\"workspaces\":[");
    for (int i = 0; i < ids.size(); i++) {
      body.append(i == 0 ? "" : ",").append('"').append(ids.get(i)).append('"');
    }
    return http.post(
        "/v1.0/myorg/admin/workspaces/getInfo" + query, token, body.append("]}").toString());
  }

  private String finished(String scanId) {
    advance("PT2M");
    return scanId;
  }

  private EmulatorHttp.Response status(String id) {
    return http.get("/v1.0/myorg/admin/workspaces/scanStatus/" + id, token);
  }

  private void advance(String duration) {
    http.manage("POST", "/emulator/time/advance", Map.of("duration", duration));
    token = http.demoToken();
  }

  private List<String> workspaceIds(int n) {
    List<String> ids = new ArrayList<>();
    http.get("/v1.0/myorg/admin/groups?$top=" + n, token)
        .json()
        .get("value")
        .forEach(w -> ids.add(w.get("id").asText()));
    return ids;
  }

  private List<String> workspaceIdsWithDatasets() {
    List<String> ids = new ArrayList<>();
    http.get("/v1.0/myorg/admin/groups?$top=100&$expand=datasets", token)
        .json()
        .get("value")
        .forEach(
            w -> {
              if (w.get("datasets").size() > 0 && ids.size() < 5) {
                ids.add(w.get("id").asText());
              }
            });
    return ids;
  }
}
