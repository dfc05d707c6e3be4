package dev.pbiadmin.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.faults.FaultyRuns.CountingCredential;
import dev.pbiadmin.cli.faults.FaultyRuns.Tuning;
import dev.pbiadmin.cli.inventory.InventoryStore;
import dev.pbiadmin.cli.inventory.RunSummary;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Access tokens that live ten emulated seconds (one real second at scale 10) while a full inventory
 * takes many times that: every expiry is met by a new token, and the run still ends with exactly
 * the emulator's content.
 */
class InventoryTokenExpiryIT {
  private static final Duration LIFETIME = Duration.ofSeconds(10);

  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder()
          .demoWorkspaces(300)
          .seed(29)
          .timeScale(10)
          .tokenLifetime(LIFETIME)
          .build();

  @TempDir Path dir;

  @Test
  void inventory_tokensExpireEveryFewSecondsDuringTheRun_renewedAndNothingLostOrDoubled()
      throws Exception {
    Emulator e = EMULATOR.get();
    CountingCredential credential = FaultyRuns.demoCredential(e);
    Duration lifetimeReal = e.clock().toReal(LIFETIME);
    long started = System.nanoTime();

    try (InventoryStore store = InventoryStore.open(dir.resolve("tokens.duckdb"))) {
      RunSummary run =
          FaultyRuns.inventory(
              e,
              store,
              FaultyRuns.client(e, credential, new EmulatedSleeper(e.clock()), Tuning.defaults()),
              false);

      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(run.status()).isEqualTo("succeeded");
      assertThat(took)
          .as("the run outlived several tokens")
          .isGreaterThan(lifetimeReal.multipliedBy(3));
      assertThat(credential.tokens.get()).isGreaterThanOrEqualTo(3);
      GroundTruth.assertMatchesTheEmulator(store, e);
      GroundTruth.assertNoRowTwice(store);
    }
  }
}
