package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.Emulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark harness for {@code bench/powerbi-bench.sh}, not a test: starts an emulator with N
 * workspaces (quotas off), then times over HTTPS, with a real token, (1) GetGroupsAsAdmin {@code
 * $top=5000&$expand=users,reports,dashboards,datasets,dataflows} paging through the tenant and (2)
 * GetScanResult of a 100-workspace scan with every option. Prints one line per measurement.
 */
public final class PowerBiBench {
  private PowerBiBench() {}

  public static void main(String[] args) throws Exception {
    int workspaces = Integer.parseInt(args[0]);
    int requests = Integer.parseInt(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    long t0 = System.nanoTime();
    try (Emulator emulator =
        Emulator.builder().demoWorkspaces(workspaces).throttling(false).build().start()) {
      System.out.printf(
          "startup workspaces=%d ms=%d%n", workspaces, (System.nanoTime() - t0) / 1_000_000);
      EmulatorHttp http = new EmulatorHttp(emulator);
      String token = http.demoToken();
      int pages = Math.max(1, workspaces / 5000);
      String groups =
          "/v1.0/myorg/admin/groups?$top=5000&$expand="
              + EmulatorHttp.q("users,reports,dashboards,datasets,dataflows")
              + "&$skip=";
      measure(
          "getGroupsAsAdmin", requests, threads, i -> http.get(groups + (i % pages) * 5000, token));

      List<String> ids = new ArrayList<>();
      http.get("/v1.0/myorg/admin/workspaces/modified", token)
          .json()
          .forEach(n -> ids.add(n.get("id").asText()));
      List<String> sample = new ArrayList<>();
      Random random = new Random(42);
      while (sample.size() < 100) {
        sample.add(ids.get(random.nextInt(ids.size())));
      }
      String body = "{\"workspaces\":[\"" + String.join("\",\"", sample) + "\"]}";
      String scan =
          http.post(
                  "/v1.0/myorg/admin/workspaces/getInfo?lineage=true&datasourceDetails=true&datasetSchema=true"
                      + "&datasetExpressions=true&getArtifactUsers=true",
                  token,
                  body)
              .json()
              .get("id")
              .asText();
      emulator.clock().advance(Duration.ofMinutes(5));
      String fresh = http.demoToken();
      measure(
          "scanResult100",
          requests,
          threads,
          i -> http.get("/v1.0/myorg/admin/workspaces/scanResult/" + scan, fresh));
    }
  }

  private static void measure(String name, int requests, int threads, Call call) throws Exception {
    for (int i = 0; i < 3; i++) {
      call.run(i);
    }
    long[] latencies = new long[requests];
    long[] bytes = new long[1];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      int n = i;
      futures.add(
          pool.submit(
              () -> {
                long s = System.nanoTime();
                EmulatorHttp.Response r = call.run(n);
                latencies[n] = System.nanoTime() - s;
                if (r.status() != 200) {
                  throw new IllegalStateException(
                      name + " answered " + r.status() + ": " + r.body());
                }
                synchronized (bytes) {
                  bytes[0] += r.body().length();
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(latencies);
    System.out.printf(
        "%s requests=%d threads=%d p50ms=%d p99ms=%d maxms=%d reqPerSec=%.2f avgBodyKb=%d%n",
        name,
        requests,
        threads,
        latencies[(int) (requests * 0.50)] / 1_000_000,
        latencies[Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)] / 1_000_000,
        latencies[requests - 1] / 1_000_000,
        requests / seconds,
        bytes[0] / requests / 1024);
  }

  @FunctionalInterface
  private interface Call {
    EmulatorHttp.Response run(int i);
  }
}
