package dev.pbiadmin.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.faults.FaultyRuns.Tuning;
import dev.pbiadmin.client.ActivityEventsRequest;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.fault.FaultRule;
import dev.pbiadmin.emulator.powerbi.RequestLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin activity}, run through the CLI's own entry point, against an emulator that fails
 * the way the service does. The ground truth is the set of event ids the emulator serves per day:
 * after every scenario each day holds exactly those ids, each once.
 */
class ActivityFaultsIT {
  private static final int PAGE = 250;
  private static final String ROUTE = "/v1.0/myorg/admin/activityevents";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static Emulator emulator;
  private static PowerBiAdminClient oracle;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    // no quota: an hour-sliced day is 24 calls or more, and these runs and the oracle would exceed
    // 200
    emulator = Emulator.builder().activityPageSize(PAGE).throttling(false).build().start();
    oracle =
        FaultyRuns.client(
            emulator,
            FaultyRuns.demoCredential(emulator),
            new EmulatedSleeper(emulator.clock()),
            Tuning.defaults());
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @AfterEach
  void clearFaults() {
    emulator.powerBi().faults().clear();
    emulator.powerBi().requestLog().clear();
  }

  @Test
  void activity_fivePercentServerErrorsAndDroppedConnections_everyEventOfEveryDayStoredOnce()
      throws Exception {
    LocalDate from = TODAY.minusDays(9);
    LocalDate to = TODAY.minusDays(7);
    Path db = dir.resolve("inventory.duckdb");
    emulator
        .powerBi()
        .faults()
        .configure(
            List.of(
                new FaultRule(ROUTE, 0.025, 500, 0, 0.02, 0, 1),
                new FaultRule(ROUTE, 0.025, 503, 0, 0, 0, 1)),
            5,
            0); // seed 5: the 19th call fails, of 24 or more

    CliRun run = activity("--from", from.toString(), "--to", to.toString(), "--db", db.toString());

    List<RequestLog.Entry> log = emulator.powerBi().requestLog().recent(10_000);
    emulator.powerBi().faults().clear();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(log).as("faults were injected").anyMatch(InventoryFaultsIT::injected);
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      assertDayHoldsExactly(db, day, served(day));
    }
  }

  @Test
  void activity_retryAfterLongerThanTheClientWaits_stopsAtOnceNamedThenResumesExactlyOnce()
      throws Exception {
    LocalDate day = TODAY.minusDays(10);
    Path db = dir.resolve("inventory.duckdb");
    // two hours: beyond the client's one-hour maximum wait, so it must not sit it out
    emulator
        .powerBi()
        .faults()
        .configure(List.of(new FaultRule(ROUTE, 0, 503, 0, 0, 1, 7_200)), 1, 0);
    long started = System.nanoTime();

    CliRun stormed =
        activity("--from", day.toString(), "--to", day.toString(), "--db", db.toString());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    assertThat(stormed.exitCode()).as(stormed.err()).isEqualTo(ExitCode.THROTTLED.code());
    assertThat(stormed.err()).contains("429", "7200 s");
    assertThat(storedIds(db, day)).isEmpty();

    emulator.powerBi().faults().clear();
    CliRun resumed =
        activity(
            "--incremental",
            "--from",
            day.toString(),
            "--to",
            day.toString(),
            "--db",
            db.toString());

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertDayHoldsExactly(db, day, served(day));
  }

  private static CliRun activity(String... args) {
    List<String> all =
        new ArrayList<>(List.of("activity", "--emulator", emulator.dataDir().toString()));
    all.addAll(List.of(args));
    return CliRun.run(all.toArray(String[]::new));
  }

  private static Set<String> served(LocalDate day) {
    Set<String> ids = new TreeSet<>();
    oracle.listActivityEvents(ActivityEventsRequest.day(day, null)).forEach(e -> ids.add(e.id()));
    return ids;
  }

  private static void assertDayHoldsExactly(Path db, LocalDate day, Set<String> served)
      throws Exception {
    List<String> stored = storedIds(db, day);
    assertThat(served).as("events the emulator serves for %s", day).hasSizeGreaterThan(PAGE);
    assertThat(stored)
        .as("event ids stored for %s", day)
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(served);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT status FROM activity_days WHERE day = DATE '"
                    + day
                    + "' AND filter = ''")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("complete");
    }
  }

  private static List<String> storedIds(Path db, LocalDate day) throws Exception {
    List<String> ids = new ArrayList<>();
    if (!db.toFile().exists()) {
      return ids;
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id FROM activity_events WHERE day = DATE '" + day + "' ORDER BY id")) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }
}
