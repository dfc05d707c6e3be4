package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.Emulator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GetActivityEvents continuation token outlives the emulator: the position is in the token. */
class ActivityRestartIT {
  private static final String DAY = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
  private static final String FIRST =
      "/v1.0/myorg/admin/activityevents?startDateTime="
          + q("'" + DAY + "T00:00:00.000Z'")
          + "&endDateTime="
          + q("'" + DAY + "T23:59:59.999Z'");

  private static Emulator start(Path dir) {
    return Emulator.builder()
        .dataDir(dir)
        .throttling(false)
        .activityPageSize(100)
        .activityEventsPerDay(5_000)
        .build()
        .start();
  }

  private static String next(JsonNode page) {
    return "/v1.0/myorg/admin/activityevents?continuationToken="
        + q(
            "'"
                + URLDecoder.decode(page.get("continuationToken").asText(), StandardCharsets.UTF_8)
                + "'");
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("activityEventEntities").forEach(e -> ids.add(e.get("Id").asText()));
    return ids;
  }

  @Test
  void continuationToken_afterARestartOnTheSameDataDirectory_servesTheSameNextPage(
      @TempDir Path dir) {
    JsonNode third;
    String token;
    try (Emulator emulator = start(dir)) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      String bearer = http.demoToken();
      JsonNode first = http.get(FIRST, bearer).json();
      JsonNode second = http.get(next(first), bearer).json();
      token = next(second);
      third = http.get(token, bearer).json();
    }

    try (Emulator restarted = start(dir)) {
      EmulatorHttp http = new EmulatorHttp(restarted);
      EmulatorHttp.Response again = http.get(token, http.demoToken());

      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(ids(again.json())).isEqualTo(ids(third));
      assertThat(again.json().get("continuationToken").asText())
          .isEqualTo(third.get("continuationToken").asText());
    }
  }

  @Test
  void continuationToken_ofAnotherDataDirectory_isRefusedWith400(@TempDir Path a, @TempDir Path b) {
    String token;
    try (Emulator emulator = start(a)) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      token = next(http.get(FIRST, http.demoToken()).json());
    }
    try (Emulator other = start(b)) {
      EmulatorHttp http = new EmulatorHttp(other);
      assertThat(http.get(token, http.demoToken()).status()).isEqualTo(400);
    }
  }
}
