package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.fault.FaultRule;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a separate pbiadmin process in the middle of a day, then a resume: the day
 * continues from the last stored page and every event is stored exactly once.
 */
class ActivityKillIT {
  private static final int PAGE = 200;
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

  @Test
  void activity_killedMidDay_resumesFromTheLastStoredPageWithEveryEventOnce() throws Exception {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    Path db = dir.resolve("inventory.duckdb");
    // slow pages so the kill lands mid-chain
    emulator
        .powerBi()
        .faults()
        .configure(
            List.of(new FaultRule("/v1.0/myorg/admin/activityevents", 0, 503, 400, 0, 0, 1)), 1, 0);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ActivityChildMain.class.getName(),
                "activity",
                "--emulator",
                emulator.dataDir().toString(),
                "--from",
                day.toString(),
                "--to",
                day.toString(),
                "--db",
                db.toString()));
    Process child =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

    boolean killed = false;
    try (BufferedReader err =
        new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      for (String line;
          !killed && System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
        if (line.contains(day + ": page 3 stored")) {
          child.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit of anything in flight
          killed = true;
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(killed).as("the child reported a third stored page").isTrue();

    EventsTable afterKill = EventsTable.of(db, day, "");
    assertThat(afterKill.status()).isEqualTo("in_progress");
    assertThat(afterKill.pages()).isGreaterThanOrEqualTo(3);
    assertThat(EventsTable.ids(db, day))
        .containsExactlyElementsOf(
            EmulatorRuns.served(emulator, day).firstPages(afterKill.pages()));
    assertThat(afterKill.token()).isNotNull();

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
    EventsTable.assertCompleteExactlyOnce(db, day, EmulatorRuns.served(emulator, day));
  }
}
