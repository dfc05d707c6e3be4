package dev.pbiadmin.cli.doctor;

import java.util.ArrayList;
import java.util.List;

/**
 * Check 5: the admin probe {@code GET /v1.0/myorg/admin/capacities} (GetCapacitiesAsAdmin). It is
 * governed by the same rules as every read-only admin API, and it is the cheapest to ask: 200 calls
 * an hour, against GetGroupsAsAdmin's 50 (15 a minute, per tenant) and GetModifiedWorkspaces' 30,
 * which inventories need (swagger, each operation's Limitations). A 401 is explained by the causes
 * that remain after what the earlier checks proved.
 */
final class AdminApiCheck implements Check {
  static final String PATH = "/v1.0/myorg/admin/capacities";
  static final String SPENDS = "spends 1 of GetCapacitiesAsAdmin's 200 calls an hour";

  @Override
  public String id() {
    return "admin";
  }

  @Override
  public String title() {
    return "Admin API probe";
  }

  @Override
  public CheckResult run(DoctorContext context) {
    if (context.probeToken().isEmpty()) {
      return CheckResult.skipped(this, "skipped: no token for Power BI");
    }
    Observed r = context.http().get(context.api(PATH), context.probeToken().get().value());
    var common = PowerBiAnswers.common(r, context.clock().instant());
    if (common.isPresent()) {
      return CheckResult.problem(
          this,
          Status.FAIL,
          "GET admin/capacities → " + FabricApiCheck.statusText(r),
          common.get());
    }
    if (r.status() == 200) {
      List<String> evidence = new ArrayList<>(List.of(r.describe() + " (" + SPENDS + ")"));
      if (context.result("api").map(a -> a.status() == Status.WARN).orElse(false)) {
        evidence.add(
            "non-admin probe 401 but admin probe 200: only \""
                + Portal.FABRIC_APIS
                + "\" is missing, which the admin APIs do not need");
      }
      return CheckResult.pass(
          this, "read-only admin APIs allowed (GetCapacitiesAsAdmin → 200)", evidence);
    }
    if (r.status() == 401) {
      Token token = context.probeToken().get();
      Diagnosis d =
          AdminProof.explain(
              context, token, AdminCauses.rank(token, context.membership(), List.of(r.describe())));
      return CheckResult.problem(
          this,
          Status.FAIL,
          "Power BI refused the admin API (401 " + r.powerBiErrorCode() + ")",
          d);
    }
    return CheckResult.problem(
        this,
        Status.FAIL,
        "GET admin/capacities → " + r.status(),
        Diagnosis.of(
            "UnexpectedStatus",
            "Power BI answered a status the doctor does not expect from GetCapacitiesAsAdmin.",
            List.of(r.describe(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body()),
            List.of("Check --api-url (e.g. https://api.powerbi.com)."),
            null));
  }
}
