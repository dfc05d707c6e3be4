package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GetGroupsAsAdmin pages are assembled from memoized per-workspace JSON: a change through the
 * management API must show on the very next page, and a client leaving mid-page is not a server
 * error.
 */
class GroupsPageIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(500).build();

  private static final String PAGE =
      "/v1.0/myorg/admin/groups?$top=5000&$expand="
          + q("users,reports,dashboards,datasets,dataflows");

  private static EmulatorHttp http;
  private static String token;

  @BeforeAll
  static void setUp() {
    EMULATOR.get().powerBi().rateLimiter().setEnabled(false);
    http = new EmulatorHttp(EMULATOR.get());
    token = http.demoToken();
  }

  @Test
  void list_workspaceChangedThroughManagementApi_nextPageShowsChange() {
    JsonNode before = page();
    JsonNode target =
        find(
            before,
            w ->
                "Workspace".equals(w.get("type").asText())
                    && "Active".equals(w.get("state").asText()));
    String id = target.get("id").asText();
    JsonNode untouched = find(before, w -> !w.get("id").asText().equals(id));

    http.manage("PUT", "/emulator/workspaces/" + id, Map.of("name", "Renamed by GroupsPageIT"));
    JsonNode renamed = page();
    http.manage("DELETE", "/emulator/workspaces/" + id, null);
    JsonNode deleted = page();

    assertThat(byId(renamed, id).get("name").asText()).isEqualTo("Renamed by GroupsPageIT");
    assertThat(byId(renamed, id).get("users"))
        .as("the expansions are rendered again too")
        .isEqualTo(target.get("users"));
    assertThat(byId(deleted, id).get("state").asText()).isEqualTo("Deleted");
    assertThat(byId(deleted, untouched.get("id").asText())).isEqualTo(untouched);
  }

  @Test
  void list_clientLeavesBeforeAnswer_loggedAsGoneNot500() throws Exception {
    // The server holds the request a while (injected latency, before the handler), so the client
    // is certainly gone by the time the page is written, however fast the machine.
    http.manage(
        "PUT",
        "/emulator/faults",
        Map.of(
            "rules", List.of(Map.of("route", "Groups_GetGroupsAsAdmin", "latencyMillis", 1500))));
    URI base = EMULATOR.get().baseUrl();
    Set<String> earlier =
        EMULATOR.get().powerBi().requestLog().recent(1000).stream()
            .map(RequestLog.Entry::requestId)
            .collect(Collectors.toSet());
    try (SSLSocket socket =
        (SSLSocket) EMULATOR.get().sslContext().getSocketFactory().createSocket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + PAGE
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + ":"
                  + base.getPort()
                  + "\r\nAuthorization: Bearer "
                  + token
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(500); // the server has read the request and waits in the injected latency
      socket.setSoLinger(true, 0); // gone with a reset, as a killed client
    } finally {
      http.manage("DELETE", "/emulator/faults", null);
    }

    RequestLog.Entry entry = awaitGroupsEntry(earlier);
    assertThat(entry.status()).isZero();
    assertThat(entry.decision()).isEqualTo("CLIENT_GONE");
    assertThat(page().size()).as("the emulator serves on").isEqualTo(500);
  }

  private static RequestLog.Entry awaitGroupsEntry(Set<String> earlier)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      for (RequestLog.Entry e : EMULATOR.get().powerBi().requestLog().recent(1000)) {
        if ("Groups_GetGroupsAsAdmin".equals(e.operationId()) && !earlier.contains(e.requestId())) {
          return e;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the abandoned GetGroupsAsAdmin request was never logged");
  }

  private static JsonNode page() {
    EmulatorHttp.Response r = http.get(PAGE, token);
    assertThat(r.status()).isEqualTo(200);
    return r.json().get("value");
  }

  private static JsonNode byId(JsonNode page, String id) {
    return find(page, w -> w.get("id").asText().equals(id));
  }

  private static JsonNode find(JsonNode page, java.util.function.Predicate<JsonNode> which) {
    return StreamSupport.stream(page.spliterator(), false).filter(which).findFirst().orElseThrow();
  }
}
