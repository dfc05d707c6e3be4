package dev.pbiadmin.cli.doctor;

import java.util.List;

/**
 * Check 8 ({@code graph}, optional): the service principal's groups from Microsoft Graph, when it
 * may read them. Skipped, never failed, when Graph is not readable: it only sharpens the admin
 * check.
 */
final class GraphCheck implements Check {

  @Override
  public String id() {
    return "graph";
  }

  @Override
  public String title() {
    return "Group memberships (Microsoft Graph)";
  }

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
    boolean noSecurityGroup =
        m.securityGroups().isEmpty() && m.ofKind(GraphMembership.Kind.UNKNOWN).isEmpty();
    if (adminFailed && noSecurityGroup) {
      // The admin check already names this as the cause and gives the fix; say it once.
      String summary =
          (m.groups().isEmpty()
                  ? "member of no group"
                  : "member of no security group, only " + GraphMembership.labels(m.groups()))
              + " (see Admin API probe)";
      return CheckResult.problem(
          this,
          Status.WARN,
          summary,
          new Diagnosis("NoSecurityGroup", List.of(), List.of(), List.of(), null));
    }
    String summary =
        m.groups().isEmpty()
            ? "member of no group"
            : "member of " + GraphMembership.labels(m.groups());
    if (m.partial()) {
      return CheckResult.problem(
          this,
          Status.WARN,
          summary,
          Diagnosis.of(
              "GroupDetailsUnknown",
              GraphMembership.PARTIAL_PERMISSION
                  + "; the doctor shows what is missing as unknown and does not guess it.",
              List.of(m.note()),
              List.of(
                  "Optional: "
                      + Portal.APP_REGISTRATION
                      + " → API permissions → Add a permission → Microsoft Graph → Application"
                      + " permissions → GroupMember.Read.All, then Grant admin consent (a Graph"
                      + " permission; Power BI permissions are the ones that must not be there)."),
              Portal.DOCS_GRAPH_MEMBEROF));
    }
    return CheckResult.pass(this, summary, List.of(m.note()));
  }
}
