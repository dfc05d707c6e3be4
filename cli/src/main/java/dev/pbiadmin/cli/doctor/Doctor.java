package dev.pbiadmin.cli.doctor;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks in order and returns the report. Each check sees what the earlier ones found, so
 * a later failure is explained by what is already proved (no token → skip the probes; Power BI
 * roles in the token → first cause of an admin 401).
 *
 * <p>Order: {@code config, token, claims, api, admin, scanner, metadata, graph}.
 */
public final class Doctor {
  private final DoctorSettings settings;
  private final Clock clock;
  private final HttpClient httpClient;

  public Doctor(DoctorSettings settings, Clock clock, HttpClient httpClient) {
    this.settings = settings;
    this.clock = clock;
    this.httpClient = httpClient;
  }

  /** A doctor with the system clock and a plain HTTPS client (default trust store). */
  public Doctor(DoctorSettings settings) {
    this(settings, Clock.systemUTC(), Http.defaultClient());
  }

  static List<Check> checks() {
    return List.of(
        new ConfigurationCheck(),
        new TokenCheck(),
        new ClaimsCheck(),
        new FabricApiCheck(),
        new AdminApiCheck(),
        new ScannerCheck(),
        new MetadataCheck(),
        new GraphCheck());
  }

  public DoctorReport run() {
    DoctorContext context = new DoctorContext(settings, clock, new Http(httpClient));
    List<CheckResult> results = new ArrayList<>();
    for (Check check : checks()) {
      CheckResult result = check.run(context);
      context.record(result);
      results.add(result);
    }
    return new DoctorReport(results);
  }
}
