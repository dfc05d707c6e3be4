package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.EmulatorMain;
import dev.pbiadmin.emulator.tls.LocalCertificateAuthority;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-event day pages completely over HTTPS from a standalone emulator whose heap is capped
 * at 64 MiB: the day (well over 100 MB as JSON) can only be served if events are generated page by
 * page, never held. The child's -Xmx is the bound; an OutOfMemoryError there fails the paging.
 */
class ActivityVolumeIT {
  private static final int EVENTS = 200_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void getActivityEvents_200kEventDay_pagesCompletelyUnderA64MiBHeap(@TempDir Path dir)
      throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                EmulatorMain.class.getName(),
                "--port",
                "0",
                "--data-dir",
                dir.toString(),
                "--demo-workspaces",
                "20",
                "--no-throttling",
                "--activity-events-per-day",
                String.valueOf(EVENTS),
                "--activity-page-size",
                "10000")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      awaitReady(child);
      JsonNode info = JSON.readTree(dir.resolve("emulator.json").toFile());
      HttpClient http =
          HttpClient.newBuilder()
              .sslContext(LocalCertificateAuthority.ensure(dir, Instant.now()).clientSslContext())
              .build();
      String base = info.get("baseUrl").asText();
      String token = token(http, info);

      LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
      String next =
          base
              + "/v1.0/myorg/admin/activityevents?startDateTime="
              + q("'" + day + "T00:00:00.000Z'")
              + "&endDateTime="
              + q("'" + day + "T23:59:59.999Z'");
      int count = 0;
      int pages = 0;
      Set<String> ids = new HashSet<>();
      Map<String, Integer> activities = new HashMap<>();
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      while (next != null && pages < 400 && System.nanoTime() < deadline) {
        HttpResponse<java.io.InputStream> r =
            http.send(
                HttpRequest.newBuilder(URI.create(next))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).as("page %d", pages).isEqualTo(200);
        // streamed, not a tree: 200k events are over 100 MB of JSON
        String continuation = null;
        boolean last = false;
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(r.body())) {
          int depth = 0;
          String field = null;
          for (var t = p.nextToken(); t != null; t = p.nextToken()) {
            switch (t) {
              case START_OBJECT, START_ARRAY -> depth++;
              case END_OBJECT, END_ARRAY -> {
                depth--;
                if (t == com.fasterxml.jackson.core.JsonToken.END_OBJECT && depth == 2) {
                  count++;
                }
              }
              case FIELD_NAME -> field = p.currentName();
              default -> {
                if (depth == 3 && "Id".equals(field)) {
                  ids.add(p.getText());
                } else if (depth == 3 && "Activity".equals(field)) {
                  activities.merge(p.getText(), 1, Integer::sum);
                } else if (depth == 1
                    && "continuationToken".equals(field)
                    && t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                  continuation = p.getText();
                } else if (depth == 1 && "lastResultSet".equals(field)) {
                  last = p.getBooleanValue();
                }
              }
            }
          }
        }
        pages++;
        assertThat(last)
            .as("lastResultSet only on the page without a continuation")
            .isEqualTo(continuation == null);
        next =
            continuation == null
                ? null
                : base
                    + "/v1.0/myorg/admin/activityevents?continuationToken="
                    + q(
                        "'"
                            + java.net.URLDecoder.decode(continuation, StandardCharsets.UTF_8)
                            + "'");
      }
      assertThat(next).as("paging finished").isNull();
      assertThat(count).isEqualTo(EVENTS);
      assertThat(ids).hasSize(EVENTS);
      // one page per hour at least, and the busiest hours (over 10,000 events) take two
      assertThat(pages).isGreaterThan(24).isGreaterThanOrEqualTo(EVENTS / 10_000);
      assertThat(activities)
          .containsKeys("ViewReport", "ViewDashboard", "RefreshDataset", "ExportReport");
      assertThat(child.isAlive()).as("the 64 MiB emulator survived").isTrue();
    } finally {
      child.destroy();
      if (!child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
  }

  private static void awaitReady(Process child) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      if (line.startsWith("pbiadmin emulator ready")) {
        // keep draining stdout so the child never blocks on a full pipe
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "drain");
        drain.setDaemon(true);
        drain.start();
        return;
      }
    }
    throw new AssertionError("the emulator did not become ready");
  }

  private static String token(HttpClient http, JsonNode info) throws Exception {
    String form =
        "grant_type=client_credentials&client_id="
            + q(info.at("/demo/clientId").asText())
            + "&client_secret="
            + q(info.at("/demo/clientSecret").asText())
            + "&scope="
            + q("https://analysis.windows.net/powerbi/api/.default");
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(info.get("tokenEndpoint").asText()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body()).get("access_token").asText();
  }
}
