package dev.pbiadmin.emulator.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.odata.ActivityFilter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityLogTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 26);
  private final TenantContent tenant = new TenantContent(TestTenants.small());

  private ActivityLog log(int perDay) {
    return new ActivityLog(tenant, 42, perDay, Clock.fixed(NOW, ZoneOffset.UTC), "tenant-id");
  }

  @Test
  void eventsOn_fullDay_isSortedUniqueAndRealistic() {
    DayEvents day = log(5_000).eventsOn(YESTERDAY);
    Set<String> ids = new HashSet<>();
    Set<String> activities = new HashSet<>();
    Instant previous = Instant.MIN;

    for (ActivityEvent e : day) {
      assertThat(e.creationTime()).isAfterOrEqualTo(previous);
      previous = e.creationTime();
      ids.add(e.id());
      activities.add(e.activity());
      assertThat(e.fields())
          .containsEntry("RecordType", 20)
          .containsEntry("Workload", "PowerBI")
          .containsKey("UserId");
      assertThat(LocalDate.ofInstant(e.creationTime(), ZoneOffset.UTC)).isEqualTo(YESTERDAY);
    }

    assertThat(day).hasSize(5_000);
    assertThat(ids).hasSize(5_000);
    assertThat(activities)
        .contains("ViewReport", "ViewDashboard", "RefreshDataset", "ExportArtifact");
    assertThat(day.stream().filter(e -> e.activity().equals("ViewReport")).count())
        .isGreaterThan(2_000);
  }

  @Test
  void eventsOn_sameDayTwice_isIdentical() throws Exception {
    assertThat(json(log(300).eventsOn(YESTERDAY))).isEqualTo(json(log(300).eventsOn(YESTERDAY)));
  }

  @Test
  void eventsOn_millionsPerDay_areComputedLazily() {
    DayEvents day = log(5_000_000).eventsOn(YESTERDAY);

    assertThat(day.size()).isEqualTo(5_000_000);
    assertThat(day.get(4_999_999).creationTime()).isAfterOrEqualTo(day.get(0).creationTime());
    int noon = day.firstAtOrAfter(Instant.parse("2026-11-26T12:00:00Z"));
    assertThat(day.timeOf(noon)).isAfterOrEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
    assertThat(day.timeOf(noon - 1)).isBefore(Instant.parse("2026-11-26T12:00:00Z"));
  }

  @Test
  void eventsOn_today_stopsAtNow_andOutsideRetentionIsEmpty() {
    ActivityLog log = log(10_000);

    DayEvents today = log.eventsOn(NOW.atZone(ZoneOffset.UTC).toLocalDate());

    assertThat(today.size()).isBetween(1, 9_999);
    assertThat(today.get(today.size() - 1).creationTime()).isBeforeOrEqualTo(NOW);
    assertThat(log.eventsOn(YESTERDAY.minusDays(29))).hasSize(10_000);
    assertThat(log.eventsOn(YESTERDAY.minusDays(31))).isEmpty();
    assertThat(log.eventsOn(YESTERDAY.plusDays(2))).isEmpty();
  }

  @Test
  void matches_agreesWithBuiltEvents() {
    DayEvents day = log(2_000).eventsOn(YESTERDAY);
    ActivityFilter filter = ActivityFilter.parse("Activity eq 'viewreport'");
    String someone = day.get(7).userId();
    ActivityFilter byUser = ActivityFilter.parse("UserId eq '" + someone + "'");

    for (int i = 0; i < day.size(); i++) {
      ActivityEvent e = day.get(i);
      assertThat(day.matches(i, filter)).isEqualTo(e.activity().equals("ViewReport"));
      assertThat(day.matches(i, byUser)).isEqualTo(e.userId().equalsIgnoreCase(someone));
    }
  }

  @Test
  void events_window_returnsOnlyThatWindow() {
    Instant from = Instant.parse("2026-11-26T09:00:00Z");
    Instant to = Instant.parse("2026-11-26T09:59:59Z");

    var events = log(20_000).events(from, to, ActivityFilter.ALL);

    assertThat(events)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.creationTime()).isBetween(from, to));
  }

  @Test
  void constructor_absurdVolume_isRejected() {
    assertThatThrownBy(() -> log(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String json(DayEvents day) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartArray();
      for (ActivityEvent e : day) {
        e.write(g);
      }
      g.writeEndArray();
    }
    return out.toString();
  }
}
