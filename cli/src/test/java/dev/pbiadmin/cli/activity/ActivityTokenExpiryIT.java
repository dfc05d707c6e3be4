package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.fault.FaultRule;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access tokens that expire several times while one day's chain is being pulled. */
class ActivityTokenExpiryIT {
  private static final int PAGE = 250;
  private static final Duration LIFETIME = Duration.ofSeconds(2);
  private static Emulator emulator;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    emulator =
        Emulator.builder()
            .activityPageSize(PAGE)
            .throttling(false)
            .tokenLifetime(LIFETIME)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void activity_tokenExpiresMidDay_isRefreshedAndTheDayCompletesExactlyOnce() throws Exception {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    Path db = dir.resolve("inventory.duckdb");
    emulator
        .powerBi()
        .faults()
        .configure(
            List.of(new FaultRule("/v1.0/myorg/admin/activityevents", 0, 503, 600, 0, 0, 1)), 1, 0);
    long started = System.nanoTime();

    EmulatorRuns.Result run =
        EmulatorRuns.activity(
            emulator,
            new StringWriter(),
            "--from",
            day.toString(),
            "--to",
            day.toString(),
            "--db",
            db.toString());

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    emulator.powerBi().faults().clear();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(took)
        .as("the chain outlived several tokens")
        .isGreaterThan(LIFETIME.multipliedBy(2));
    EventsTable.assertCompleteExactlyOnce(db, day, EmulatorRuns.served(emulator, day));
  }
}
