package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GetGroupsAsAdmin pages are assembled from memoized per-workspace JSON: a change through the
 * management API must show on the very next page, and a client leaving mid-page is not a server error.
 */
class GroupsPageIT {
  @RegisterExtension static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(500).build();
  private static final String PAGE = "/v1.0/myorg/admin/groups?$top=5000&$expand=" + q("users,reports,dashboards,datasets,dataflows");

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
    JsonNode target = find(before, w -> "Workspace".equals(w.get("type").asText()) && "Active".equals(w.get("state").asText()));
    String id = target.get("id").asText();
    JsonNode untouched = find(before, w -> !w.get("id").asText().equals(id));

    http.manage("PUT", "/emulator/workspaces/" + id, Map.of("name", "Renamed by GroupsPageIT"));
    JsonNode renamed = page();
    http.manage("DELETE", "/emulator/workspaces/" + id, null);
    JsonNode deleted = page();

    assertThat(byId(renamed, id).get("name").asText()).isEqualTo("Renamed by GroupsPageIT");
    assertThat(byId(renamed, id).get("users")).as("the expansions are rendered again too").isEqualTo(target.get("users"));
    assertThat(byId(deleted, id).get("state").asText()).isEqualTo("Deleted");
    assertThat(byId(deleted, untouched.get("id").asText())).isEqualTo(untouched);
  }

  @Test
  void list_clientLeavesMidPage_loggedAsGoneNot500() throws Exception {
    URI base = EMULATOR.get().baseUrl();
    Instant sent = Instant.now();
    try (SSLSocket socket = (SSLSocket) EMULATOR.get().sslContext().getSocketFactory().createSocket()) {
      socket.setReceiveBufferSize(1024); // a small window: the server cannot hand the whole page to the kernel
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + PAGE + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
          + "\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] start = in.readNBytes(12);
      assertThat(new String(start, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
      socket.setSoLinger(true, 0); // close with a reset, as a killed client does
    }

    RequestLog.Entry entry = awaitEntry(sent);
    assertThat(entry.status()).isZero();
    assertThat(entry.decision()).isEqualTo("CLIENT_GONE");
    assertThat(page().size()).as("the emulator serves on").isEqualTo(500);
  }

  private static RequestLog.Entry awaitEntry(Instant after) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      List<RequestLog.Entry> recent = EMULATOR.get().powerBi().requestLog().recent(20);
      for (RequestLog.Entry e : recent) {
        if ("Groups_GetGroupsAsAdmin".equals(e.operationId()) && "CLIENT_GONE".equals(e.decision())) {
          return e;
        }
        if ("Groups_GetGroupsAsAdmin".equals(e.operationId()) && e.status() == 500) {
          return e;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no GetGroupsAsAdmin request ended after " + after + "; log: "
        + EMULATOR.get().powerBi().requestLog().recent(5));
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
