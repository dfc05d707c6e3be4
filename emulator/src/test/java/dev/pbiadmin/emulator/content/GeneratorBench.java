package dev.pbiadmin.emulator.content;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;

/**
 * Benchmark harness for {@code bench/generator-bench.sh}: generates N workspaces, indexes them and
 * prints wall time, the main thread's CPU time (stable on a shared machine) and retained heap. Not
 * a test; run with {@code java -Xmx… GeneratorBench N}.
 */
public final class GeneratorBench {
  private GeneratorBench() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    Instant now = Instant.parse("2026-11-27T00:00:00Z");
    Principal sp = Principal.app("00000000-0000-0000-0000-00000000a001", "pbiadmin demo");
    var threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    ContentSet content =
        ContentGenerator.generate(
            new ContentGenerator.Options(n, seed, now, "contoso.com", List.of(sp)));
    long generated = System.nanoTime();
    long cpuGenerated = threads.getCurrentThreadCpuTime();
    TenantContent tenant = new TenantContent(content);
    long indexed = System.nanoTime();
    long cpuIndexed = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    ContentCounts c = tenant.counts();
    System.out.printf(
        "workspaces=%d generateMs=%d indexMs=%d generateCpuMs=%d indexCpuMs=%d retainedHeapMb=%d"
            + " maxHeapMb=%d reports=%d datasets=%d dashboards=%d dataflows=%d jvm=%s%n",
        c.workspaces(),
        (generated - start) / 1_000_000,
        (indexed - generated) / 1_000_000,
        (cpuGenerated - cpuStart) / 1_000_000,
        (cpuIndexed - cpuGenerated) / 1_000_000,
        usedMb,
        rt.maxMemory() / (1024 * 1024),
        c.reports(),
        c.datasets(),
        c.dashboards(),
        c.dataflows(),
        ManagementFactory.getRuntimeMXBean().getVmVersion());
  }
}
