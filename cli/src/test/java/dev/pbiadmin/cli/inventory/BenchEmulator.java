package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.emulator.Emulator;
import java.nio.file.Path;

/**
 * Starts an emulator for bench/inventory-bench.sh in its own JVM (so the inventory's heap is
 * measured alone): {@code BenchEmulator DATA_DIR WORKSPACES TIME_SCALE}; runs until killed. A line
 * {@code change PERCENT} on stdin moves emulated time two hours on and touches that share of the
 * workspaces, for the incremental run; {@code advance HOURS} moves emulated time on (so the next
 * run starts with fresh hourly budgets).
 */
public final class BenchEmulator {
  private BenchEmulator() {}

  public static void main(String[] args) throws Exception {
    Emulator e =
        Emulator.builder()
            .port(0)
            .dataDir(Path.of(args[0]))
            .demoWorkspaces(Integer.parseInt(args[1]))
            .seed(1)
            .timeScale(Double.parseDouble(args[2]))
            .build()
            .start();
    System.out.println("ready " + e.baseUrl() + " " + e.powerBi().content().counts().workspaces());
    System.out.flush();
    var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.startsWith("advance ")) {
        // a fresh hour for the hourly budgets between runs
        e.clock().advance(java.time.Duration.ofHours(Long.parseLong(line.substring(8).trim())));
        System.out.println("advanced");
        System.out.flush();
      } else if (line.startsWith("change ")) {
        double percent = Double.parseDouble(line.substring(7).trim());
        e.clock().advance(java.time.Duration.ofHours(2));
        // one re-index for all touched workspaces (touchWorkspace re-indexes the tenant each time)
        var content = e.powerBi().content();
        var set = content.snapshot();
        var at = e.clock().instant();
        var ids = set.workspaces().stream().map(w -> w.id()).sorted().toList();
        int step = (int) Math.max(1, Math.round(100 / percent));
        var touched = new java.util.HashSet<String>();
        for (int i = 0; i < ids.size(); i += step) {
          touched.add(ids.get(i));
        }
        var workspaces =
            set.workspaces().stream()
                .map(w -> touched.contains(w.id()) ? w.withModifiedAt(at) : w)
                .toList();
        content.replaceAll(
            new dev.pbiadmin.emulator.content.ContentSet(
                set.capacities(),
                workspaces,
                set.apps(),
                set.datasources(),
                set.sharedArtifacts(),
                set.principals()));
        int n = touched.size();
        e.clock().advance(java.time.Duration.ofHours(1));
        System.out.println("changed " + n);
        System.out.flush();
      }
    }
    Thread.currentThread().join();
  }
}
