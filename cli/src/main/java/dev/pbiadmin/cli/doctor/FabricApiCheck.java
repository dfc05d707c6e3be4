package dev.pbiadmin.cli.doctor;

import java.util.List;

/**
 * Check 4: the non-admin probe {@code GET /v1.0/myorg/groups}. It needs the Developer setting
 * "Service principals can use Fabric APIs"; the read-only admin APIs do not, so a 401 here is a
 * warning, not a failure. Skipped for a signed-in user, whom that setting does not concern.
 */
final class FabricApiCheck implements Check {
  static final String PATH = "/v1.0/myorg/groups";

  @Override
  public String id() {
    return "api";
  }

  @Override
  public String title() {
    return "Non-admin API probe";
  }

  @Override
  public CheckResult run(DoctorContext context) {
    if (context.probeToken().isEmpty()) {
      return CheckResult.skipped(this, "skipped: no token for Power BI");
    }
    if (context.probeToken().get().delegated()) {
      return CheckResult.skipped(
          this,
          "skipped: it tests a setting for service principals; a user needs none for admin APIs");
    }
    Observed r = context.http().get(context.api(PATH), context.probeToken().get().value());
    return judge(r, context);
  }

  CheckResult judge(Observed r, DoctorContext context) {
    var common = PowerBiAnswers.common(r, context.clock().instant());
    if (common.isPresent()) {
      return CheckResult.problem(
          this, Status.FAIL, "GET " + PATH + " → " + statusText(r), common.get());
    }
    if (r.status() == 200) {
      int count = r.json().path("value").size();
      String summary =
          count == 0
              ? "Fabric APIs allowed; the service principal is a member of no workspace (fine:"
                  + " admin APIs see every workspace)"
              : "Fabric APIs allowed; the service principal is a member of "
                  + count
                  + " workspace(s)";
      return CheckResult.pass(
          this, summary, List.of(r.describe() + ", " + count + " workspace(s)"));
    }
    if (r.status() == 401) {
      return CheckResult.problem(
          this,
          Status.WARN,
          "non-admin APIs refused (401); not needed for admin APIs",
          Diagnosis.of(
              "FabricApisSettingNotApplied",
              "\""
                  + Portal.FABRIC_APIS
                  + "\" is not enabled for a security group containing this service principal."
                  + " Non-admin APIs (like Get Groups) need it; the read-only admin APIs pbiadmin"
                  + " uses do not.",
              List.of(r.describe()),
              List.of(
                  "Only if you also call non-admin APIs: open "
                      + Portal.DEVELOPER_SETTINGS
                      + " → \""
                      + Portal.FABRIC_APIS
                      + "\".",
                  "Set it to Enabled, choose Specific security groups, add the security group that"
                      + " contains this service principal, and select Apply."),
              Portal.DOCS_DEVELOPER_SETTINGS));
    }
    return CheckResult.problem(
        this,
        Status.WARN,
        "GET " + PATH + " → " + r.status(),
        Diagnosis.of(
            "UnexpectedStatus",
            "Power BI answered an unexpected status.",
            List.of(r.describe()),
            List.of(),
            null));
  }

  static String statusText(Observed r) {
    return r.answered()
        ? r.status() + (r.powerBiErrorCode().isEmpty() ? "" : " " + r.powerBiErrorCode())
        : "no response";
  }
}
