package dev.pbiadmin.cli.doctor;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects several independent findings of one check (the configuration check finds many at once)
 * and folds them into one result: the worst status, the first finding's code and summary, all
 * causes and fixes in order.
 */
final class Findings {
  private record Finding(Status status, String summary, Diagnosis diagnosis) {}

  private final List<Finding> findings = new ArrayList<>();
  private final List<String> okEvidence = new ArrayList<>();

  void ok(String evidence) {
    okEvidence.add(evidence);
  }

  void add(Status status, String summary, Diagnosis diagnosis) {
    findings.add(new Finding(status, summary, diagnosis));
  }

  boolean hasFailure() {
    return findings.stream().anyMatch(f -> f.status == Status.FAIL);
  }

  CheckResult result(Check check, String passSummary) {
    if (findings.isEmpty()) {
      return CheckResult.pass(check, passSummary, okEvidence);
    }
    Status worst = hasFailure() ? Status.FAIL : Status.WARN;
    Finding first = findings.stream().filter(f -> f.status == worst).findFirst().orElseThrow();
    List<String> causes = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    List<String> fix = new ArrayList<>();
    // Failures first, then warnings, each keeping its own cause, evidence and fix.
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(java.util.Comparator.comparing(f -> f.status == Status.FAIL ? 0 : 1));
    for (Finding f : ordered) {
      causes.addAll(f.diagnosis.causes());
      evidence.addAll(f.diagnosis.evidence());
      fix.addAll(f.diagnosis.fix());
    }
    String summary =
        first.summary + (findings.size() > 1 ? " (+" + (findings.size() - 1) + " more)" : "");
    return CheckResult.problem(
        check,
        worst,
        summary,
        new Diagnosis(
            first.diagnosis.code(),
            causes,
            evidence,
            fix,
            first.diagnosis.docs(),
            first.diagnosis.exitCode()));
  }
}
