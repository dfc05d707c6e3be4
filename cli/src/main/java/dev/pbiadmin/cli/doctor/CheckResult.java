package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.common.ExitCode;
import java.util.List;

/**
 * What one check found. A failure or warning says why ({@code causes}, most likely first), what the
 * doctor saw ({@code evidence}: a claim, an error code, a status) and what to do ({@code fix}, in
 * the portal's own words). Never holds a secret or a token.
 *
 * @param id stable identifier, e.g. {@code admin}
 * @param title what is checked, e.g. "Admin API probe"
 * @param status pass, warn, fail or skipped
 * @param summary one line for the terminal
 * @param diagnosis why, what was seen and what to do: {@code code} is the machine-readable reason
 *     of a failure or warning (an AADSTS code, a Power BI error code, or a doctor finding such as
 *     {@code PowerBiRolesInToken}) or {@code null}; causes are ranked and empty on pass; fix steps
 *     are ordered; docs is Microsoft documentation to read next or {@code null}; exitCode is the
 *     exit code of a failure that stops the run as every command would (a connection gap), or
 *     {@code null} for the doctor's rule by check
 */
public record CheckResult(
    String id, String title, Status status, String summary, Diagnosis diagnosis) {

  public String code() {
    return diagnosis.code();
  }

  public List<String> causes() {
    return diagnosis.causes();
  }

  public List<String> evidence() {
    return diagnosis.evidence();
  }

  public List<String> fix() {
    return diagnosis.fix();
  }

  public String docs() {
    return diagnosis.docs();
  }

  public ExitCode exitCode() {
    return diagnosis.exitCode();
  }

  static CheckResult pass(Check check, String summary, List<String> evidence) {
    return new CheckResult(
        check.id(),
        check.title(),
        Status.PASS,
        summary,
        new Diagnosis(null, List.of(), evidence, List.of(), null, null));
  }

  static CheckResult skipped(Check check, String summary) {
    return new CheckResult(
        check.id(),
        check.title(),
        Status.SKIPPED,
        summary,
        new Diagnosis(null, List.of(), List.of(), List.of(), null, null));
  }

  static CheckResult problem(Check check, Status status, String summary, Diagnosis diagnosis) {
    return new CheckResult(check.id(), check.title(), status, summary, diagnosis);
  }

  boolean failed() {
    return status == Status.FAIL;
  }
}
