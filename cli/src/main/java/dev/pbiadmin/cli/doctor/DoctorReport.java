package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.common.ExitCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of one doctor run: the results in check order. Healthy means no check failed;
 * warnings and skipped checks do not make it unhealthy. With an admin identity it may carry the one
 * tenant-setting change it proposes ({@code --fix} applies it).
 */
public record DoctorReport(List<CheckResult> results, Optional<SettingFix> fix) {

  /** Exit codes: pbiadmin's own, so scripts branch the same way for every command. */
  public static final int HEALTHY = ExitCode.OK.code();

  public static final int AUTHENTICATION_FAILED = ExitCode.AUTHENTICATION_FAILED.code();
  public static final int NOT_AUTHORIZED = ExitCode.NOT_AUTHORIZED.code();
  public static final int THROTTLED = ExitCode.THROTTLED.code();

  static final String THROTTLED_CODE = "Throttled";
  private static final Set<String> AUTHENTICATION_CHECKS = Set.of("config", "token");

  public DoctorReport {
    results = List.copyOf(results);
  }

  /** A report that proposes no tenant-setting change. */
  public DoctorReport(List<CheckResult> results) {
    this(results, Optional.empty());
  }

  DoctorReport(
      List<CheckResult> results, Optional<SettingChange> change, Optional<AdminView> view) {
    this(results, change.flatMap(c -> view.map(v -> new SettingFix(c, v))));
  }

  public boolean healthy() {
    return results.stream().noneMatch(CheckResult::failed);
  }

  public Optional<CheckResult> firstFailure() {
    return results.stream().filter(CheckResult::failed).findFirst();
  }

  public Optional<CheckResult> result(String id) {
    return results.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * 0 when healthy; otherwise named by the first failure: what every command exits with for a gap
   * in the connection options (2 usage, 6 a file not found), 3 when no usable token could be had
   * (configuration or token acquisition), 5 when Power BI throttled the probe, 4 for everything
   * Power BI refused or withheld.
   */
  public int exitCode() {
    return firstFailure().map(DoctorReport::exitCodeOf).orElse(HEALTHY);
  }

  private static int exitCodeOf(CheckResult failure) {
    if (failure.exitCode() != null) {
      return failure.exitCode().code();
    }
    if (AUTHENTICATION_CHECKS.contains(failure.id())) {
      return AUTHENTICATION_FAILED;
    }
    if (THROTTLED_CODE.equals(failure.code())) {
      return THROTTLED;
    }
    return NOT_AUTHORIZED;
  }
}
