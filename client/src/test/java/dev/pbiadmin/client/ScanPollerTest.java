package dev.pbiadmin.client;

import static dev.pbiadmin.client.ScriptedServer.droppedMidBody;
import static dev.pbiadmin.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.client.ScriptedServer.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScanPollerTest {
  private static final String SCAN_ID = "e7d03602-4873-4760-b37e-1563ef5358e3";
  private ScriptedServer server;
  private TestTime time;
  private PowerBiAdminClient client;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    time = new TestTime();
    client =
        new PowerBiAdminClientBuilder()
            .credential(new FixedTokenCredential("t"))
            .endpoint(server.endpoint())
            .clock(time)
            .sleeper(time)
            .rateBudgets(RateBudgets.off())
            .scanPollInterval(Duration.ofSeconds(45))
            .buildClient();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String status(String s) {
    return "{\"id\":\""
        + SCAN_ID
        + "\",\"createdDateTime\":\"2020-06-15T16:46:28.0487687Z\",\"status\":\""
        + s
        + "\"}";
  }

  @Test
  void beginWorkspaceScan_pollsAtIntervalUntilSucceeded_thenStreamsEachWorkspace() {
    server
        .then(json(202, status("NotStarted"), "Location", "https://x/scanStatus/" + SCAN_ID))
        .then(json(200, status("Running")))
        .then(json(200, status("Succeeded")))
        .then(droppedMidBody())
        .then(
            json(
                200,
                "{\"workspaces\":[{\"id\":\"w1\",\"reports\":[{\"id\":\"r\",\"newThing\":1}]},{\"id\":\"w2\"}],"
                    + "\"datasourceInstances\":[{\"datasourceType\":\"Sql\"}],\"misconfiguredDatasourceInstances\":[]}"));
    List<JsonNode> workspaces = new ArrayList<>();
    List<JsonNode> sources = new ArrayList<>();

    ScanPoller poller = client.beginWorkspaceScan(List.of("w1", "w2"), ScanOptions.full());
    poller.streamResult(
        new ScanResultVisitor() {
          @Override
          public void workspace(JsonNode w) {
            workspaces.add(w);
          }

          @Override
          public void datasourceInstance(JsonNode d) {
            sources.add(d);
          }
        });

    assertThat(poller.latest().isSucceeded()).isTrue();
    assertThat(workspaces).extracting(w -> w.get("id").asText()).containsExactly("w1", "w2");
    assertThat(workspaces.get(0).at("/reports/0/newThing").asInt()).isEqualTo(1);
    assertThat(sources).hasSize(1);
    assertThat(time.sleeps().subList(0, 2))
        .containsExactly(Duration.ofSeconds(45), Duration.ofSeconds(45));
    assertThat(server.received())
        .extracting(Received::pathAndQuery)
        .startsWith(
            "/v1.0/myorg/admin/workspaces/getInfo?lineage=true&datasourceDetails=true&datasetSchema=true&datasetExpressions=true&getArtifactUsers=true",
            "/v1.0/myorg/admin/workspaces/scanStatus/" + SCAN_ID);
  }

  @Test
  void getResult_scanFailed_throwsWithScanError() {
    server
        .then(json(202, status("NotStarted")))
        .then(
            json(
                200,
                "{\"id\":\""
                    + SCAN_ID
                    + "\",\"status\":\"Failed\",\"error\":{\"code\":\"ScanFailed\",\"message\":\"boom\"}}"));

    ScanPoller poller = client.beginWorkspaceScan(List.of("w1"), ScanOptions.basic());

    assertThatThrownBy(poller::getResult)
        .isInstanceOfSatisfying(
            PowerBiException.class,
            e -> {
              assertThat(e.errorCode()).contains("ScanFailed");
              assertThat(e.getMessage()).contains(SCAN_ID, "Failed", "boom");
            });
  }

  @Test
  void beginWorkspaceScan_moreThan100Ids_rejectedBeforeSending() {
    List<String> ids = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "w" + i).toList();
    assertThatThrownBy(() -> client.beginWorkspaceScan(ids, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 100");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void waitForCompletion_neverFinishes_timesOutOnClientClock() {
    server.then(json(202, status("NotStarted"))).otherwise(r -> json(200, status("Running")));

    ScanPoller poller = client.beginWorkspaceScan(List.of("w1"), null);

    assertThatThrownBy(() -> poller.waitForCompletion(Duration.ofMinutes(3)))
        .isInstanceOf(PowerBiException.class)
        .hasMessageContaining("still Running");
    assertThat(time.sleeps()).hasSize(4);
  }
}
