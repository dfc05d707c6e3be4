package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.emulator.Emulator;
import java.nio.file.Path;

/**
 * Starts an emulator for bench/inventory-bench.sh in its own JVM (so the inventory's heap is
 * measured alone): {@code BenchEmulator DATA_DIR WORKSPACES TIME_SCALE}; runs until killed.
 */
public final class BenchEmulator {
  private BenchEmulator() {}

  public static void main(String[] args) throws Exception {
    Emulator e = Emulator.builder()
        .port(0)
        .dataDir(Path.of(args[0]))
        .demoWorkspaces(Integer.parseInt(args[1]))
        .seed(1)
        .timeScale(Double.parseDouble(args[2]))
        .build()
        .start();
    System.out.println("ready " + e.baseUrl() + " " + e.powerBi().content().counts().workspaces());
    System.out.flush();
    Thread.currentThread().join();
  }
}
