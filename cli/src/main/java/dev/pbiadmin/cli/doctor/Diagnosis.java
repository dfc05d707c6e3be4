package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.common.ExitCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The explanation part of a failing or warning check: causes, evidence, fix and a docs link.
 *
 * @param exitCode the exit code this finding stops the run with when it is the first failure, or
 *     {@code null} for the doctor's rule by check (a connection gap exits as every command would)
 */
record Diagnosis(
    String code,
    List<String> causes,
    List<String> evidence,
    List<String> fix,
    String docs,
    ExitCode exitCode) {

  Diagnosis {
    causes = List.copyOf(causes);
    evidence = List.copyOf(evidence);
    fix = List.copyOf(fix);
  }

  Diagnosis(
      String code, List<String> causes, List<String> evidence, List<String> fix, String docs) {
    this(code, causes, evidence, fix, docs, null);
  }

  static Diagnosis of(
      String code, String cause, List<String> evidence, List<String> fix, String docs) {
    return new Diagnosis(code, List.of(cause), evidence, fix, docs);
  }

  /** The same diagnosis with more evidence appended. */
  Diagnosis withEvidence(List<String> more) {
    List<String> all = new ArrayList<>(evidence);
    all.addAll(more);
    return new Diagnosis(code, causes, all, fix, docs, exitCode);
  }
}
