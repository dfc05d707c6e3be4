package dev.pbiadmin.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.faults.FaultyRuns.Tuning;
import dev.pbiadmin.cli.inventory.InventoryStore;
import dev.pbiadmin.cli.inventory.RunSummary;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.fault.FaultRule;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.powerbi.RequestLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin inventory}'s pipeline against an emulator that misbehaves the ways the service
 * does: 429 storms with long Retry-After, random 500/503 and dropped connections, answers slower
 * than the client's read timeout. Each run must end with exactly the rows of an undisturbed run and
 * of the emulator's own content: nothing lost, nothing twice.
 */
class InventoryFaultsIT {
  private static final double SCALE = 600;
  private static final String SCANNER = "/v1.0/myorg/admin/workspaces";
  // Until the first fault every call draws the same three numbers, so the seed alone says which
  // call gets it: with this one the 7th scanner call is dropped, and every run makes more than 15.
  private static final long SEED = 20261127;

  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(700).seed(23).timeScale(SCALE).build();

  @TempDir static Path shared;
  @TempDir Path dir;

  private static List<String> undisturbed;

  @BeforeAll
  static void undisturbedRun() throws Exception {
    Emulator e = EMULATOR.get();
    try (InventoryStore store = InventoryStore.open(shared.resolve("clean.duckdb"))) {
      RunSummary clean = FaultyRuns.inventory(e, store, Tuning.defaults());
      assertThat(clean.status()).isEqualTo("succeeded");
      GroundTruth.assertMatchesTheEmulator(store, e);
      undisturbed = GroundTruth.dump(store);
    }
  }

  @AfterEach
  void clearFaults() {
    EMULATOR.get().powerBi().faults().clear();
    EMULATOR.get().powerBi().requestLog().clear();
  }

  @Test
  void inventory_429StormsWithLongRetryAfter_waitedOutInEmulatedTimeAndNothingLost()
      throws Exception {
    Emulator e = EMULATOR.get();
    e.powerBi()
        .faults()
        .configure(
            List.of(
                new FaultRule("WorkspaceInfo_GetModifiedWorkspaces", 0, 503, 0, 0, 2, 1_800),
                new FaultRule("WorkspaceInfo_PostWorkspaceInfo", 0, 503, 0, 0, 3, 1_200),
                new FaultRule("WorkspaceInfo_GetScanResult", 0, 503, 0, 0, 3, 900)),
            1,
            0);
    EmulatedSleeper sleeper = new EmulatedSleeper(e.clock());
    long started = System.nanoTime();

    try (InventoryStore store = InventoryStore.open(dir.resolve("storm.duckdb"))) {
      RunSummary run =
          FaultyRuns.inventory(
              e,
              store,
              FaultyRuns.client(e, FaultyRuns.demoCredential(e), sleeper, Tuning.defaults()),
              false);

      assertThat(run.status()).isEqualTo("succeeded");
      assertThat(e.powerBi().faults().config().stormRemaining()).containsOnly(0);
      // every 429 was waited out for as long as it asked, in emulated time
      assertThat(sleeper.waits())
          .filteredOn(w -> w.toSeconds() >= 900)
          .hasSizeGreaterThanOrEqualTo(8);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(90));
      GroundTruth.assertMatchesTheEmulator(store, e);
      assertThat(GroundTruth.dump(store)).isEqualTo(undisturbed);
    }
  }

  @Test
  void inventory_fivePercentServerErrorsAndDroppedConnections_retriedToExactlyTheSameRows()
      throws Exception {
    Emulator e = EMULATOR.get();
    // 2 % connections closed without an answer, 2.5 % 500, 2.5 % 503, on every scanner call
    e.powerBi()
        .faults()
        .configure(
            List.of(
                new FaultRule(SCANNER, 0.025, 500, 0, 0.02, 0, 1),
                new FaultRule(SCANNER, 0.025, 503, 0, 0, 0, 1)),
            SEED,
            0);

    try (InventoryStore store = InventoryStore.open(dir.resolve("errors.duckdb"))) {
      RunSummary run = FaultyRuns.inventory(e, store, Tuning.defaults());

      assertThat(run.status()).isEqualTo("succeeded");
      List<RequestLog.Entry> log = e.powerBi().requestLog().recent(10_000);
      assertThat(log).as("faults were injected").anyMatch(InventoryFaultsIT::injected);
      GroundTruth.assertMatchesTheEmulator(store, e);
      assertThat(GroundTruth.dump(store)).isEqualTo(undisturbed);
    }
  }

  @Test
  void inventory_answersSlowerThanTheReadTimeout_abandonedRetriedAndNothingLostOrDoubled()
      throws Exception {
    Emulator e = EMULATOR.get();
    // the first scan results take 3 s against a 1 s read timeout, until two of them have been
    // abandoned
    e.powerBi()
        .faults()
        .configure(
            List.of(new FaultRule("WorkspaceInfo_GetScanResult", 0, 503, 3_000, 0, 0, 1)), 1, 0);
    AtomicBoolean lifted = new AtomicBoolean();
    Thread lifter = new Thread(() -> liftAfterSlowCalls(e, lifted), "fault-lifter");
    lifter.setDaemon(true);
    lifter.start();

    try (InventoryStore store = InventoryStore.open(dir.resolve("slow.duckdb"))) {
      RunSummary run = FaultyRuns.inventory(e, store, new Tuning(Duration.ofSeconds(1), 8));

      lifter.join(5_000);
      assertThat(lifted).as("the slow answers outlived the client's read timeout twice").isTrue();
      assertThat(run.status()).isEqualTo("succeeded");
      GroundTruth.assertMatchesTheEmulator(store, e);
      assertThat(GroundTruth.dump(store)).isEqualTo(undisturbed);
    }
  }

  static boolean injected(RequestLog.Entry entry) {
    return entry.status() == 500 || entry.status() == 503 || "FAULT_DROP".equals(entry.decision());
  }

  private static void liftAfterSlowCalls(Emulator e, AtomicBoolean lifted) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    try {
      while (System.nanoTime() < deadline) {
        long slow =
            e.powerBi().requestLog().recent(10_000).stream()
                .filter(x -> "WorkspaceInfo_GetScanResult".equals(x.operationId()))
                .filter(x -> x.durationMillis() >= 3_000)
                .count();
        if (slow >= 2) {
          e.powerBi().faults().clear();
          lifted.set(true);
          return;
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }
}
