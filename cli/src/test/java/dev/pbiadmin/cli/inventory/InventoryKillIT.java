package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.InventoryRunTest.dump;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin inventory} in a child JVM killed with SIGKILL at random moments, then run to the
 * end: the database must hold exactly what one uninterrupted run writes.
 */
class InventoryKillIT {
  private static final double SCALE = 120;

  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(1_200).seed(11).timeScale(SCALE).build();

  @TempDir Path dir;

  @Test
  void inventory_killedAtRandomMoments_resumesToExactlyTheRowsOfAnUninterruptedRun()
      throws Exception {
    Emulator e = EMULATOR.get();
    Path db = dir.resolve("killed.duckdb");
    Random random = new Random(20261127L);
    int killedMidRun = 0;
    for (int i = 0; i < 4; i++) {
      e.powerBi().requestLog().clear();
      Process child = start(e, db);
      // kill after the n-th getInfo or scanResult the emulator served, plus a little
      String op =
          random.nextBoolean() ? "WorkspaceInfo_GetScanResult" : "WorkspaceInfo_PostWorkspaceInfo";
      int n = 1 + random.nextInt(4);
      if (!awaitCalls(e, child, op, n)) {
        continue;
      }
      Thread.sleep(random.nextInt(300));
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      try (InventoryStore store = InventoryStore.open(db)) {
        if (store.runs().unfinished().isPresent()) {
          killedMidRun++;
        }
      }
    }
    Process last = start(e, db);
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();

    assertThat(killedMidRun).as(Files.readString(dir.resolve("child.log"))).isPositive();
    try (InventoryStore killed = InventoryStore.open(db);
        InventoryStore clean = InventoryStore.open(dir.resolve("clean.duckdb"))) {
      EmulatorRuns.run(e, clean, InventoryOptions.defaults(), false);
      assertThat(killed.count("workspaces")).isEqualTo(e.powerBi().content().counts().workspaces());
      assertThat(dump(killed)).isEqualTo(dump(clean));
      assertThat(
              InventoryStoreTest.query(
                  killed, "SELECT count(*) FROM scan_batches WHERE status <> 'stored'"))
          .isEqualTo("0");
    }
  }

  private static boolean awaitCalls(Emulator e, Process child, String op, int n)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (child.isAlive() && System.nanoTime() < deadline) {
      long seen =
          e.powerBi().requestLog().recent(10_000).stream()
              .filter(x -> op.equals(x.operationId()))
              .count();
      if (seen >= n) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private Process start(Emulator e, Path db) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                InventoryChild.class.getName(),
                "--quiet",
                "inventory",
                "--emulator",
                e.dataDir().toString(),
                "--db",
                db.toString(),
                "--time-scale",
                String.valueOf(SCALE)));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile()))
        .start();
  }
}
