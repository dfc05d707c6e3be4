package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.fault.FaultRule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pbiadmin activity} end to end against the emulator over HTTPS. */
class ActivityCommandIT {
  private static final int PAGE = 500;
  private static final String ROUTE = "/v1.0/myorg/admin/activityevents";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static Emulator emulator;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator = Emulator.builder().activityPageSize(PAGE).throttling(false).build().start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @AfterEach
  void clearFaults() {
    emulator.powerBi().faults().clear();
  }

  private static EmulatorRuns.ServedDay served(LocalDate day) {
    return EmulatorRuns.served(emulator, day);
  }

  private static void faultAfterPage(String line, int page, AtomicBoolean done, FaultRule rule) {
    if (line.contains(": page " + page + " stored") && done.compareAndSet(false, true)) {
      emulator.powerBi().faults().configure(List.of(rule), 7, 0);
    }
  }

  @Test
  void activity_multiPageDays_storesEveryEventOnceCompletesEachDayAndExportsParquet()
      throws Exception {
    LocalDate d1 = TODAY.minusDays(3);
    LocalDate d2 = TODAY.minusDays(2);
    Path db = dir.resolve("inventory.duckdb");
    Path parquet = dir.resolve("parquet");

    EmulatorRuns.Result run =
        EmulatorRuns.activity(
            emulator,
            new StringWriter(),
            "--from",
            d1.toString(),
            "--to",
            d2.toString(),
            "--db",
            db.toString(),
            "--parquet",
            parquet.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (LocalDate day : List.of(d1, d2)) {
      assertThat(served(day).ids()).hasSizeGreaterThan(PAGE);
      EventsTable.assertCompleteExactlyOnce(db, day, served(day));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*), count(DISTINCT id) FROM read_parquet('"
                        + parquet
                        + "/**/*.parquet', hive_partitioning = true) WHERE date IN (DATE '"
                        + d1
                        + "', DATE '"
                        + d2
                        + "')")) {
      r.next();
      assertThat(r.getLong(1))
          .isEqualTo(served(d1).ids().size() + served(d2).ids().size())
          .isEqualTo(r.getLong(2));
    }

    EmulatorRuns.Result again =
        EmulatorRuns.activity(
            emulator,
            new StringWriter(),
            "--from",
            d1.toString(),
            "--to",
            d2.toString(),
            "--db",
            db.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains(
            "0 day(s) pulled, 2 already complete, 0 incomplete (0 GetActivityEvents call(s))");
  }

  @Test
  void activity_dayWithoutEvents_isCompleteWithZeroEvents() throws Exception {
    LocalDate day = TODAY.minusDays(3);
    Path db = dir.resolve("inventory.duckdb");

    EmulatorRuns.Result run =
        EmulatorRuns.activity(
            emulator,
            new StringWriter(),
            "--from",
            day.toString(),
            "--to",
            day.toString(),
            "--db",
            db.toString(),
            "--filter-activity",
            "NoSuchActivity");

    assertThat(run.exitCode()).as(run.err()).isZero();
    EventsTable table = EventsTable.of(db, day, "Activity eq 'NoSuchActivity'");
    assertThat(table.status()).isEqualTo("complete");
    assertThat(table.rows()).isZero();
    assertThat(table.pages()).isPositive();
  }

  @Test
  void activity_chainBrokenByServerErrors_isIncompleteThenResumesFromTheStoredToken()
      throws Exception {
    LocalDate day = TODAY.minusDays(4);
    LocalDate next = TODAY.minusDays(3);
    Path db = dir.resolve("inventory.duckdb");
    AtomicBoolean broken = new AtomicBoolean();
    FaultRule outage = new FaultRule(ROUTE, 1.0, 503, 0, 0, 0, 1);
    PowerBiAdminClient fragile = EmulatorRuns.client(emulator, 2);
    Clock clock = Clock.systemUTC();

    List<DayOutcome> first;
    try (ActivityStore store = ActivityStore.open(db)) {
      PrintWriter err =
          new PrintWriter(new LineWatcher(line -> faultAfterPage(line, 2, broken, outage)), true);
      first =
          new ActivityRun(
                  new ClientEventSource(fragile),
                  store,
                  ActivityHorizon.POWER_BI,
                  clock,
                  new PrintWriter(new StringWriter()),
                  err,
                  false,
                  false,
                  null)
              .run(day, next, false, ActivityFilter.NONE, null);
    }

    assertThat(first)
        .extracting(DayOutcome::status)
        .containsExactly(DayStatus.INCOMPLETE, DayStatus.INCOMPLETE);
    assertThat(first.get(0).reason()).contains("2 stored page(s)", "503");
    assertThat(first.get(1).reason()).contains("not attempted");
    EventsTable broke = EventsTable.of(db, day, "");
    assertThat(broke.status()).isEqualTo("incomplete");
    assertThat(broke.pages()).isEqualTo(2);
    assertThat(broke.token()).isNotNull();

    emulator.powerBi().faults().clear();
    assertThat(EventsTable.ids(db, day)).containsExactlyElementsOf(served(day).firstPages(2));
    EmulatorRuns.Result resumed =
        EmulatorRuns.activity(
            emulator,
            new StringWriter(),
            "--incremental",
            "--from",
            day.toString(),
            "--to",
            next.toString(),
            "--db",
            db.toString());

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    for (LocalDate d : List.of(day, next)) {
      EventsTable.assertCompleteExactlyOnce(db, d, served(d));
    }
  }

  @Test
  void activity_429StormMidDay_isRiddenOutAndEveryEventStoredOnce() throws Exception {
    LocalDate day = TODAY.minusDays(5);
    Path db = dir.resolve("inventory.duckdb");
    AtomicBoolean stormed = new AtomicBoolean();
    FaultRule storm = new FaultRule(ROUTE, 0, 503, 0, 0, 3, 1);

    EmulatorRuns.Result run =
        EmulatorRuns.activity(
            emulator,
            new LineWatcher(line -> faultAfterPage(line, 1, stormed, storm)),
            "--from",
            day.toString(),
            "--to",
            day.toString(),
            "--db",
            db.toString());

    assertThat(stormed).isTrue();
    assertThat(emulator.powerBi().faults().config().stormRemaining()).containsExactly(0);
    assertThat(run.exitCode()).as(run.err()).isZero();
    EventsTable.assertCompleteExactlyOnce(db, day, served(day));
  }

  @Test
  void activity_429StormBeyondTheRetryBudget_failsNamedThenResumesExactlyOnce() throws Exception {
    LocalDate day = TODAY.minusDays(6);
    Path db = dir.resolve("inventory.duckdb");
    AtomicBoolean stormed = new AtomicBoolean();
    FaultRule storm = new FaultRule(ROUTE, 0, 503, 0, 0, 50, 1);

    EmulatorRuns.Result run =
        EmulatorRuns.activity(
            emulator,
            new LineWatcher(line -> faultAfterPage(line, 1, stormed, storm)),
            "--from",
            day.toString(),
            "--to",
            day.toString(),
            "--db",
            db.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.THROTTLED.code());
    assertThat(run.err()).contains("incomplete: " + day, "429");
    EventsTable broke = EventsTable.of(db, day, "");
    assertThat(broke.status()).isEqualTo("incomplete");
    assertThat(broke.pages()).isEqualTo(1);

    emulator.powerBi().faults().clear();
    EmulatorRuns.Result resumed =
        EmulatorRuns.activity(
            emulator,
            new StringWriter(),
            "--from",
            day.toString(),
            "--to",
            day.toString(),
            "--db",
            db.toString());

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    EventsTable.assertCompleteExactlyOnce(db, day, served(day));
  }
}
