package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.pbiadmin.emulator.Emulator;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin activity} against the activity log paged as the real service pages it (reference
 * §11): an hour slice per page at most, empty pages with a continuation (the first one included),
 * busy hours over several pages, the last page without a token. Each day must hold exactly the
 * event ids the API serves for it, and as many pages as its chain has.
 */
class ActivityPagingIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final int BUSY_PAGE = 300;

  /** Twelve events a day: most hours have none. */
  private static Emulator quiet;

  /** 20,000 events a day in pages of 300: the working hours take several pages each. */
  private static Emulator busy;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    quiet =
        Emulator.builder()
            .throttling(false)
            .activityEventsPerDay(12)
            .activityPageSize(5_000)
            .build()
            .start();
    busy =
        Emulator.builder()
            .throttling(false)
            .activityEventsPerDay(20_000)
            .activityPageSize(BUSY_PAGE)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    quiet.close();
    busy.close();
  }

  @Test
  void activity_dayWhoseFirstPageIsEmptyAndMostHoursEmpty_storesExactlyTheServedIds()
      throws Exception {
    LocalDate day = null;
    EmulatorRuns.ServedDay served = null;
    StringBuilder seen = new StringBuilder();
    for (LocalDate d = TODAY.minusDays(2);
        day == null && d.isAfter(TODAY.minusDays(28));
        d = d.minusDays(1)) {
      EmulatorRuns.ServedDay s = EmulatorRuns.served(quiet, d);
      seen.append(d)
          .append(": ")
          .append(s.pages().stream().map(java.util.Set::size).toList())
          .append('\n');
      if (s.pages().get(0).isEmpty()) {
        day = d;
        served = s;
      }
    }
    assertThat(day).as("a retained day whose 00:00 hour has no event:\n" + seen).isNotNull();
    assertThat(served.pages()).hasSize(24);
    assertThat(served.emptyPages()).isGreaterThanOrEqualTo(12);
    Path db = dir.resolve("inventory.duckdb");

    EmulatorRuns.Result run =
        EmulatorRuns.activity(
            quiet,
            new StringWriter(),
            "--from",
            day.minusDays(1).toString(),
            "--to",
            day.toString(),
            "--db",
            db.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    EventsTable.assertCompleteExactlyOnce(db, day, served);
    EventsTable.assertCompleteExactlyOnce(
        db, day.minusDays(1), EmulatorRuns.served(quiet, day.minusDays(1)));
    assertThat(EventsTable.ids(db, day)).hasSize(12);
  }

  @Test
  void activity_busyHoursOverSeveralPages_storesExactlyTheServedIds() throws Exception {
    LocalDate day = TODAY.minusDays(2);
    EmulatorRuns.ServedDay served = EmulatorRuns.served(busy, day);
    // the working hours (about 1,450 events each at the peak) fill several pages of 300 apiece
    assertThat(served.pagesWithAtLeast(BUSY_PAGE)).isGreaterThanOrEqualTo(20);
    assertThat(served.pages().size()).isGreaterThan(24 + 20);
    assertThat(served.pages().get(served.pages().size() - 1))
        .as("the last page carries events")
        .isNotEmpty();
    Path db = dir.resolve("inventory.duckdb");

    EmulatorRuns.Result run =
        EmulatorRuns.activity(
            busy,
            new StringWriter(),
            "--from",
            day.toString(),
            "--to",
            day.toString(),
            "--db",
            db.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    EventsTable.assertCompleteExactlyOnce(db, day, served);
    assertThat(served.ids()).hasSize(20_000);
  }

  @Test
  void activity_chainAcrossMidnightUtc_followsTokensIssuedBeforeMidnightToTheWholeDay()
      throws Exception {
    Instant midnight = TODAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    assumeThat(Duration.between(Instant.now(), midnight))
        .as("time left today to set the emulated clock to 23:50")
        .isGreaterThan(Duration.ofMinutes(15));
    try (Emulator emulator =
        Emulator.builder()
            .throttling(false)
            .activityEventsPerDay(2_000)
            .activityPageSize(5_000)
            .build()
            .start()) {
      emulator
          .clock()
          .advance(
              Duration.between(emulator.clock().instant(), midnight.minus(Duration.ofMinutes(10))));
      int visibleBefore = EmulatorRuns.served(emulator, TODAY).ids().size();
      Path db = dir.resolve("inventory.duckdb");
      AtomicBoolean crossed = new AtomicBoolean();

      // the chain's 23rd page (22:00) is stored at 23:50; midnight passes before the 23:00 page is
      // asked for
      EmulatorRuns.Result run =
          EmulatorRuns.activity(
              emulator,
              new LineWatcher(
                  line -> {
                    if (line.contains(TODAY + ": page 23 stored")
                        && crossed.compareAndSet(false, true)) {
                      emulator.clock().advance(Duration.ofMinutes(30));
                    }
                  }),
              "--from",
              TODAY.toString(),
              "--to",
              TODAY.toString(),
              "--db",
              db.toString());

      assertThat(crossed).as(run.err()).isTrue();
      assertThat(run.exitCode()).as(run.err()).isZero();
      EmulatorRuns.ServedDay whole = EmulatorRuns.served(emulator, TODAY);
      assertThat(whole.ids()).hasSize(2_000).hasSizeGreaterThan(visibleBefore);
      // fetched before the day had settled: kept, but provisional
      EventsTable.assertExactlyOnce(db, TODAY, whole, "provisional");
    }
  }
}
