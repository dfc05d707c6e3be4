package dev.pbiadmin.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.activity.ActivityChildMain;
import dev.pbiadmin.cli.faults.FaultyRuns.Tuning;
import dev.pbiadmin.client.ActivityEventsRequest;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.fault.FaultRule;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin activity} in a child JVM, SIGKILLed twice at random moments of a two-day pull
 * (mid-request, mid-page-transaction, between days, wherever the moment falls), then run to the
 * end: each day holds exactly the event ids the emulator serves, each once. ActivityKillIT kills at
 * one chosen page boundary; this one does not choose.
 */
class ActivityRandomKillIT {
  private static final int PAGE = 200;
  private static final LocalDate FROM = LocalDate.now(ZoneOffset.UTC).minusDays(12);
  private static final LocalDate TO = FROM.plusDays(1);

  private static Emulator emulator;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    // no quota: an hour-sliced day is 24 calls or more, and these runs and the oracle would exceed
    // 200
    emulator = Emulator.builder().activityPageSize(PAGE).throttling(false).build().start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void activity_killedAtRandomMoments_resumesToExactlyTheServedEventsOfEachDay() throws Exception {
    Path db = dir.resolve("inventory.duckdb");
    // slow pages, so that a day's chain spans seconds and the kills land inside it
    emulator
        .powerBi()
        .faults()
        .configure(
            List.of(new FaultRule("/v1.0/myorg/admin/activityevents", 0, 503, 250, 0, 0, 1)), 1, 0);
    Random random = new Random(20261127L);
    int killedMidRun = 0;
    for (int i = 0; i < 2; i++) {
      if (killAtRandomMoment(db, random)) {
        killedMidRun++;
      }
      assertEveryStoredPageWhole(db);
    }
    emulator.powerBi().faults().clear();

    CliRun last =
        CliRun.run(
            "activity",
            "--emulator",
            emulator.dataDir().toString(),
            "--from",
            FROM.toString(),
            "--to",
            TO.toString(),
            "--db",
            db.toString());

    assertThat(killedMidRun).as("kills that interrupted a running pull").isPositive();
    assertThat(last.exitCode()).as(last.err()).isZero();
    PowerBiAdminClient oracle =
        FaultyRuns.client(
            emulator,
            FaultyRuns.demoCredential(emulator),
            new EmulatedSleeper(emulator.clock()),
            Tuning.defaults());
    for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
      Set<String> served = new TreeSet<>();
      oracle
          .listActivityEvents(ActivityEventsRequest.day(day, null))
          .forEach(e -> served.add(e.id()));
      assertThat(served).hasSizeGreaterThan(PAGE);
      assertThat(
              query(
                  db, "SELECT id FROM activity_events WHERE day = DATE '" + day + "' ORDER BY id"))
          .as("event ids of %s", day)
          .containsExactlyElementsOf(served);
      assertThat(
              query(
                  db,
                  "SELECT status FROM activity_days WHERE day = DATE '"
                      + day
                      + "' AND filter = ''"))
          .containsExactly("complete");
    }
  }

  /** Starts the child, waits for its first stored page plus a random 0–1.5 s, SIGKILLs it. */
  private boolean killAtRandomMoment(Path db, Random random) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ActivityChildMain.class.getName(),
            "activity",
            "--emulator",
            emulator.dataDir().toString(),
            "--from",
            FROM.toString(),
            "--to",
            TO.toString(),
            "--db",
            db.toString());
    Process child =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    AtomicBoolean stored = new AtomicBoolean();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                  if (line.contains(" stored")) {
                    stored.set(true);
                  }
                }
              } catch (java.io.IOException e) {
                // the child is gone: nothing more to read
              }
            },
            "child-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!stored.get() && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(random.nextInt(1_500));
      boolean running = child.isAlive();
      child.destroyForcibly(); // SIGKILL: no shutdown hook, nothing in flight committed
      child.waitFor(30, TimeUnit.SECONDS);
      return running && stored.get();
    } finally {
      child.destroyForcibly();
    }
  }

  /**
   * A page's events, its continuation token and the day's counters commit together: after a kill,
   * each day's stored event count is exactly the number of its rows, however the kill fell.
   */
  private static void assertEveryStoredPageWhole(Path db) throws Exception {
    if (Files.exists(db)) {
      assertThat(
              query(
                  db,
                  "SELECT CAST(d.day AS VARCHAR) || ' ' || d.events_stored || ' ' || count(e.id)"
                      + " FROM activity_days d LEFT JOIN activity_events e ON e.day = d.day WHERE"
                      + " d.filter = '' GROUP BY d.day, d.events_stored HAVING d.events_stored <>"
                      + " count(e.id)"))
          .as("days whose counters disagree with their rows")
          .isEmpty();
    }
  }

  private static List<String> query(Path db, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
