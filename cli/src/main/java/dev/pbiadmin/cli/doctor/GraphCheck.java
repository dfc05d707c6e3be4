package dev.pbiadmin.cli.doctor;

import java.util.List;

/**
 * Check 8 ({@code graph}, optional): the service principal's groups from Microsoft Graph, when it
 * may read them. Skipped, never failed, when Graph is not readable: it only sharpens the admin check.
 */
final class GraphCheck implements Check {

  @Override
  public String id() { return "graph"; }

  @Override
  public String title() { return "Group memberships (Microsoft Graph)"; }

  @Override
  public CheckResult run(DoctorContext context) {
    if (context.token().isEmpty()) {
      return CheckResult.skipped(this, "skipped: no token");
    }
    GraphMembership m = context.membership();
    if (!m.known()) {
      return CheckResult.skipped(this, "skipped (optional): " + m.note());
    }
    boolean adminFailed = context.result("admin").map(CheckResult::failed).orElse(false);
    if (adminFailed && m.securityGroups().isEmpty()) {
      // The admin check already names this as the cause and gives the fix; say it once.
      String summary = (m.groups().isEmpty() ? "member of no group" : "member of no security group, only " + m.labels(m.groups()))
          + " (see Admin API probe)";
      return CheckResult.problem(this, Status.WARN, summary,
          new Diagnosis("NoSecurityGroup", List.of(), List.of(), List.of(), null));
    }
    if (m.groups().isEmpty()) {
      return CheckResult.pass(this, "member of no group", List.of(m.note()));
    }
    return CheckResult.pass(this, "member of " + m.labels(m.groups()), List.of(m.note()));
  }
}
