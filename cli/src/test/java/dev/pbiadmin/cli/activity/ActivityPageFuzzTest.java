package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.models.ActivityEvent;
import dev.pbiadmin.client.models.ActivityEventsPage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Coverage-guided fuzzing of an activity page's way from the wire into the DuckDB file (Jazzer):
 * the client's {@code GetActivityEvents} body parser, then {@code pbiadmin activity}'s page store,
 * on one real database across all inputs. Every body ends in a {@link PowerBiException} (unreadable
 * body) or an {@link ActivityStoreException} with the day's rows and counters exactly as before (no
 * partial commit), or in the page stored: each event with an id there once, counters moved by the
 * page.
 */
class ActivityPageFuzzTest {
  private static final LocalDate DAY = LocalDate.parse("2026-11-20");
  private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
  private static final URI URI_ =
      URI.create("https://api.powerbi.com/v1.0/myorg/admin/activityevents");
  private static ActivityStore store;

  private static synchronized ActivityStore store() throws IOException {
    if (store == null) {
      Path dir = Files.createTempDirectory("pbiadmin-fuzz-activity");
      dir.toFile().deleteOnExit();
      store = ActivityStore.open(dir.resolve("inventory.duckdb"));
      store.startChain(DAY, "", AT, false);
    }
    return store;
  }

  @FuzzTest
  void storePage_anyResponseBody_eventsStoredOnceOrTypedErrorAndNothingCommitted(byte[] body)
      throws Exception {
    ActivityEventsPage parsed;
    try {
      parsed = PowerBiAdminClient.readActivityPage(body, URI_);
    } catch (PowerBiException unreadable) {
      assertThat(unreadable.getMessage()).contains("could not be read");
      return;
    }
    ActivityStore s = store();
    long eventsBefore = s.countEvents(DAY);
    DayProgress before = s.progress(DAY, "").orElseThrow();
    ActivityEventPage page = ClientEventSource.convert(parsed);
    int stored;
    try {
      stored = s.storePage(DAY, "", page, DayStatus.IN_PROGRESS, null, AT);
    } catch (ActivityStoreException refused) {
      assertThat(s.countEvents(DAY)).as("events after a refused page").isEqualTo(eventsBefore);
      assertThat(s.progress(DAY, "").orElseThrow())
          .as("counters after a refused page")
          .isEqualTo(before);
      return;
    }
    DayProgress after = s.progress(DAY, "").orElseThrow();
    assertThat(s.countEvents(DAY)).isEqualTo(eventsBefore + stored);
    assertThat(after.pagesStored()).isEqualTo(before.pagesStored() + 1);
    assertThat(after.eventsReceived()).isEqualTo(before.eventsReceived() + page.eventCount());
    assertThat(after.eventsStored()).isEqualTo(before.eventsStored() + stored);
    assertThat(stored).isBetween(0, page.eventCount());
    Set<String> ids = new LinkedHashSet<>();
    for (ActivityEvent e : parsed.events()) {
      if (e.id() != null) {
        ids.add(e.id());
      }
    }
    for (String id : ids) {
      assertThat(countId(s, id)).as("rows of event %s", id).isEqualTo(1);
    }
  }

  private static long countId(ActivityStore s, String id) throws SQLException {
    try (PreparedStatement ps =
        s.connection().prepareStatement("SELECT count(*) FROM activity_events WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
