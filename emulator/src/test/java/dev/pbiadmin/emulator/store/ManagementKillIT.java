package dev.pbiadmin.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.EmulatorMain;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a standalone emulator (a child JVM) while management writes stream in, three
 * times on the same data directory (issue 9 §2). Each write is a group with three members (one
 * group row and three member rows in one transaction). After every kill: SQLite's integrity check
 * is ok, every write the client saw acknowledged is there, and no group is there half-written.
 */
class ManagementKillIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROUNDS = 3;
  private static final int WRITERS = 2;

  @Test
  void kill9_duringManagementWrites_keepsAcknowledgedWritesWholeAndDatabaseIntact(@TempDir Path dir)
      throws Exception {
    Random random = new Random(9);
    Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      Process child = startChild(dir);
      try {
        JsonNode info = JSON.readTree(dir.resolve(Emulator.INFO_FILE).toFile());
        int acknowledgedBefore = acknowledged.size();
        hammerThenKill(child, info, round, acknowledged, 300 + random.nextInt(900));
        assertThat(acknowledged.size())
            .as("round %d acknowledged writes before the kill", round)
            .isGreaterThan(acknowledgedBefore);
      } finally {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
      assertThat(integrityCheck(dir)).as("integrity after kill %d", round).isEqualTo("ok");
      assertWholeAndPresent(dir, acknowledged);
    }
  }

  /**
   * Writers PUT groups until the child dies; the child is SIGKILLed {@code killAfterMillis} after
   * the first ack.
   */
  private static void hammerThenKill(
      Process child,
      JsonNode info,
      int round,
      Map<String, List<String>> acknowledged,
      long killAfterMillis)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String base = info.get("baseUrl").asText();
    String key = info.get("managementKey").asText();
    CountDownLatch firstAck = new CountDownLatch(1);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Thread[] writers = new Thread[WRITERS];
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers[w] =
          new Thread(
              () -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                  String id = UUID.randomUUID().toString();
                  List<String> members =
                      List.of(
                          UUID.randomUUID().toString(),
                          UUID.randomUUID().toString(),
                          UUID.randomUUID().toString());
                  String body =
                      "{\"displayName\":\"kill-"
                          + round
                          + "-"
                          + writer
                          + "-"
                          + n
                          + "\",\"groupType\":\"Security\","
                          + "\"members\":["
                          + members.stream()
                              .map(m -> "{\"kind\":\"User\",\"id\":\"" + m + "\"}")
                              .collect(Collectors.joining(","))
                          + "]}";
                  try {
                    HttpResponse<String> r =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + "/emulator/groups/" + id))
                                .header("X-Emulator-Key", key)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(5))
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() / 100 == 2) {
                      acknowledged.put(id, members);
                      firstAck.countDown();
                    }
                  } catch (Exception e) {
                    return; // the server is gone
                  }
                }
              },
              "kill-writer-" + w);
      writers[w].start();
    }
    assertThat(firstAck.await(20, TimeUnit.SECONDS)).as("a first write was acknowledged").isTrue();
    Thread.sleep(killAfterMillis);
    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no clean close
    child.waitFor(30, TimeUnit.SECONDS);
    for (Thread writer : writers) {
      writer.join(30_000);
    }
  }

  private static void assertWholeAndPresent(Path dir, Map<String, List<String>> acknowledged) {
    try (Emulator restarted = Emulator.builder().dataDir(dir).build().start()) {
      Map<String, SecurityGroup> groups =
          restarted.directory().groups().stream()
              .collect(Collectors.toMap(SecurityGroup::id, g -> g));
      acknowledged.forEach(
          (id, members) -> {
            assertThat(groups).as("acknowledged group %s", id).containsKey(id);
            assertThat(groups.get(id).members().stream().map(SecurityGroup.Member::id))
                .containsExactlyInAnyOrderElementsOf(members);
          });
      groups.values().stream()
          .filter(g -> g.displayName().startsWith("kill-"))
          .forEach(
              g -> assertThat(g.members()).as("group %s is whole", g.displayName()).hasSize(3));
    }
  }

  /** Starts the standalone emulator (plain HTTP: the TLS layer is irrelevant to crash safety). */
  private static Process startChild(Path dir) throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmulatorMain.class.getName(),
                "--port",
                "0",
                "--http",
                "--data-dir",
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("pbiadmin emulator ready")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "kill-child-stdout");
        drain.setDaemon(true);
        drain.start();
        return child;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    child.destroyForcibly();
    throw new AssertionError("the emulator child did not become ready");
  }

  private static String integrityCheck(Path dir) throws Exception {
    try (var connection =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
        Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
