package dev.pbiadmin.cli.doctor;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks in order and returns the report. Each check sees what the earlier ones found, so
 * a later failure is explained by what is already proved (no token → skip the probes; Power BI
 * roles in the token → first cause of an admin 401).
 *
 * <p>Order: {@code config, token, claims, api, admin, scanner, metadata, graph}, then {@code
 * settings} with an admin identity.
 */
public final class Doctor {
  private final DoctorSettings settings;
  private final Clock clock;
  private final PrintWriter notices;

  /**
   * @param notices where a sign-in that needs the user says so (a device code); the report itself
   *     is the caller's to print
   */
  public Doctor(DoctorSettings settings, Clock clock, PrintWriter notices) {
    this.settings = settings;
    this.clock = clock;
    this.notices = notices;
  }

  /** A doctor whose sign-in has nothing to say to a user (every method but device code). */
  public Doctor(DoctorSettings settings, Clock clock) {
    this(settings, clock, new PrintWriter(Writer.nullWriter()));
  }

  static List<Check> checks() {
    return checks(false);
  }

  /**
   * The checks in order; the tenant-settings check only for an admin identity ({@code --as-admin}).
   */
  static List<Check> checks(boolean admin) {
    List<Check> checks =
        new ArrayList<>(
            List.of(
                new ConfigurationCheck(),
                new TokenCheck(),
                new ClaimsCheck(),
                new FabricApiCheck(),
                new AdminApiCheck(),
                new ScannerCheck(),
                new MetadataCheck(),
                new GraphCheck()));
    if (admin) {
      checks.add(new TenantSettingsCheck());
    }
    return checks;
  }

  public DoctorReport run() {
    DoctorContext context =
        new DoctorContext(settings, clock, Http.trusting(settings.connection()), notices);
    List<CheckResult> results = new ArrayList<>();
    for (Check check : checks(settings.admin().isPresent())) {
      CheckResult result = check.run(context);
      context.record(result);
      results.add(result);
    }
    return new DoctorReport(results, context.proposedChange(), context.adminView());
  }
}
