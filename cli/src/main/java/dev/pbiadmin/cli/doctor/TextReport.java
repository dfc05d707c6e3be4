package dev.pbiadmin.cli.doctor;

import java.io.PrintWriter;
import java.util.List;

/**
 * The terminal form of a report: one line per check, and under each failure or warning its causes,
 * evidence and fix. Marks are ✓ ! ✗ - on a UTF-8 terminal, [pass] [warn] [FAIL] [skip] otherwise.
 */
public final class TextReport {
  private final boolean unicode;

  public TextReport(boolean unicode) {
    this.unicode = unicode;
  }

  public void print(DoctorReport report, PrintWriter out) {
    int width = report.results().stream().mapToInt(r -> r.id().length()).max().orElse(6);
    for (CheckResult r : report.results()) {
      out.printf(
          "%s %-" + width + "s  %s: %s%n",
          r.status().mark(unicode),
          r.id(),
          r.title(),
          r.summary());
      if (r.status() == Status.FAIL || r.status() == Status.WARN) {
        details(r, out);
      }
    }
    out.println();
    long failed = report.results().stream().filter(CheckResult::failed).count();
    long warned = report.results().stream().filter(r -> r.status() == Status.WARN).count();
    if (report.healthy()) {
      out.printf(
          "Healthy%s.%n",
          warned == 0 ? "" : " (" + warned + " warning" + (warned == 1 ? "" : "s") + ")");
    } else {
      out.printf(
          "Not healthy: %d failed, %d warning%s. Fix the first failure first: %s. (exit code %d)%n",
          failed,
          warned,
          warned == 1 ? "" : "s",
          report.firstFailure().orElseThrow().id(),
          report.exitCode());
    }
    out.flush();
  }

  private void details(CheckResult r, PrintWriter out) {
    String indent = "    ";
    List<String> causes = r.causes();
    if (causes.size() == 1) {
      out.println(indent + "Cause: " + causes.get(0));
    } else if (!causes.isEmpty()) {
      out.println(indent + "Likely causes, most likely first:");
      for (int i = 0; i < causes.size(); i++) {
        out.println(indent + "  " + (i + 1) + ". " + causes.get(i));
      }
    }
    if (!r.evidence().isEmpty()) {
      out.println(indent + "Evidence:");
      r.evidence().forEach(e -> out.println(indent + "  " + e));
    }
    if (!r.fix().isEmpty()) {
      out.println(indent + "Fix:");
      for (int i = 0; i < r.fix().size(); i++) {
        out.println(indent + "  " + (i + 1) + ". " + r.fix().get(i));
      }
    }
    if (r.docs() != null) {
      out.println(indent + "Docs: " + r.docs());
    }
  }
}
