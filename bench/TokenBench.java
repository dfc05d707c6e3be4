import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Token issuance load harness (JDK only, run as a single-file program):
 * {@code java bench/TokenBench.java <emulator.json> <seconds> <concurrency> [warmupSeconds]}.
 * Sends client_credentials requests with the demo secret from closed-loop workers for a fixed
 * time and prints one line: requests/s, p50 and p99 latency in milliseconds, error count.
 */
public class TokenBench {
  public static void main(String[] args) throws Exception {
    String info = Files.readString(Path.of(args[0]));
    int seconds = Integer.parseInt(args[1]);
    int concurrency = Integer.parseInt(args[2]);
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    String endpoint = field(info, "tokenEndpoint");
    String body = "grant_type=client_credentials&client_id=" + enc(field(info, "clientId"))
        + "&client_secret=" + enc(field(info, "clientSecret"))
        + "&scope=" + enc("https://analysis.windows.net/powerbi/api/.default");
    HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5));
    if (endpoint.startsWith("https")) {
      builder.sslContext(trusting(Path.of(field(info, "caCert"))));
    }
    HttpClient client = builder.build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    if (warmup > 0) {
      run(client, request, warmup, concurrency);
    }
    Result r = run(client, request, seconds, concurrency);
    System.out.printf("requests/s=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d%n",
        r.count / (double) seconds, r.p50, r.p99, r.count, r.errors);
  }

  record Result(long count, long errors, double p50, double p99) {}

  static Result run(HttpClient client, HttpRequest request, int seconds, int concurrency) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    int[] counts = new int[concurrency];
    Thread[] threads = new Thread[concurrency];
    for (int t = 0; t < concurrency; t++) {
      long[] latencies = new long[2_000_000 / concurrency];
      perThread.add(latencies);
      int index = t;
      threads[t] = new Thread(() -> {
        int n = 0;
        while (System.nanoTime() < end && n < latencies.length) {
          long start = System.nanoTime();
          try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          latencies[n++] = System.nanoTime() - start;
        }
        counts[index] = n;
      });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int pos = 0;
    for (int t = 0; t < concurrency; t++) {
      System.arraycopy(perThread.get(t), 0, all, pos, counts[t]);
      pos += counts[t];
    }
    Arrays.sort(all);
    return new Result(total, errors.get(), percentile(all, 0.50), percentile(all, 0.99));
  }

  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
  }

  static SSLContext trusting(Path caPem) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(caPem))));
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }

  /** Minimal lookup of a string field in emulator.json, to keep the harness dependency-free. */
  static String field(String json, String name) {
    int key = json.indexOf("\"" + name + "\"");
    if (key < 0) {
      throw new IllegalArgumentException("emulator.json has no " + name);
    }
    int start = json.indexOf('"', json.indexOf(':', key) + 1) + 1;
    return json.substring(start, json.indexOf('"', start)).replace("\\/", "/");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
