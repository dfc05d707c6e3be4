package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check 7 in the report ({@code metadata}): whether the one-workspace scan, which asked for schema
 * and expressions, got them. Power BI silently leaves them out when the two metadata settings are
 * off, so their absence on a workspace with semantic models is the evidence. Admin API access works
 * all the same, so missing metadata is a warning; with {@code --strict} (a pipeline that needs the
 * schema) it is a failure.
 */
final class MetadataCheck implements Check {

  @Override
  public String id() {
    return "metadata";
  }

  @Override
  public String title() {
    return "Detailed metadata and expressions";
  }

  @Override
  public CheckResult run(DoctorContext context) {
    boolean user = context.token().map(Token::delegated).orElse(false);
    return context
        .scanResult()
        .map(scan -> withSettingFact(judge(scan, context.settings().strict(), user), context))
        .orElseGet(() -> CheckResult.skipped(this, "skipped: no scan result"));
  }

  /**
   * With an admin identity that read the settings: the missing metadata's cause as a fact (which
   * groups the setting is enabled for, which of them the service principal is in) and its exact
   * change.
   */
  private CheckResult withSettingFact(CheckResult result, DoctorContext context) {
    String setting =
        "DetailedMetadataOff".equals(result.code())
            ? AdminView.DETAILED_METADATA
            : "ExpressionsOff".equals(result.code()) ? AdminView.EXPRESSIONS : null;
    Optional<Token> token = context.token().filter(t -> !t.delegated());
    if (setting == null || token.isEmpty()) {
      return result;
    }
    Optional<SettingVerdict> verdict =
        context
            .adminView()
            .filter(AdminView::readable)
            .flatMap(v -> v.verdict(setting, token.get().claim("oid")));
    if (verdict.isEmpty() || verdict.get().outcome() == SettingVerdict.Outcome.UNKNOWN) {
      return result;
    }
    SettingVerdict v = verdict.get();
    List<String> causes = new ArrayList<>();
    List<String> fix = new ArrayList<>();
    if (v.outcome() == SettingVerdict.Outcome.ADMITS) {
      causes.add(
          v.fact()
              + " Yet the scan result lacks it: a change made in the last 15 minutes has not taken"
              + " effect yet. "
              + AdminView.NO_HISTORY);
      fix.addAll(AdminProof.fix(v));
    } else {
      causes.add(v.fact());
      fix.addAll(AdminProof.fix(v));
    }
    List<String> evidence = new ArrayList<>(result.evidence());
    evidence.add("read from the tenant setting: " + v.fact());
    return new CheckResult(
        result.id(),
        result.title(),
        result.status(),
        result.summary(),
        new Diagnosis(result.code(), causes, evidence, fix, result.docs(), result.exitCode()));
  }

  /**
   * @param user whether a signed-in user, not a service principal, asked for the scan
   */
  CheckResult judge(JsonNode scan, boolean strict, boolean user) {
    Status missing = strict ? Status.FAIL : Status.WARN;
    String who = user ? "this user" : "this service principal";
    String scope =
        user
            ? "a security group the user is in"
            : "the same security group as \"" + Portal.READ_ONLY_ADMIN_APIS + "\"";
    int datasets = 0;
    int withTables = 0;
    int withExpressions = 0;
    for (JsonNode workspace : scan.path("workspaces")) {
      for (JsonNode dataset : workspace.path("datasets")) {
        datasets++;
        if (dataset.has("tables")) {
          withTables++;
        }
        if (!dataset.findValues("expression").isEmpty()) {
          withExpressions++;
        }
      }
    }
    if (datasets == 0) {
      return CheckResult.skipped(
          this,
          "skipped: the scanned workspace has no semantic model; pass --workspace <id> of one that"
              + " has");
    }
    String seen =
        datasets
            + " semantic model(s): "
            + withTables
            + " with tables, "
            + withExpressions
            + " with expressions";
    if (withTables == 0) {
      return CheckResult.problem(
          this,
          missing,
          "scan results carry no schema (tables, columns, measures)",
          new Diagnosis(
              "DetailedMetadataOff",
              List.of(
                  "\""
                      + Portal.DETAILED_METADATA
                      + "\" is off or does not apply to "
                      + who
                      + ": Power BI returns no tables,"
                      + " columns or measures, and no expressions either."),
              List.of("getInfo?datasetSchema=true&datasetExpressions=true → " + seen),
              List.of(
                  "Open " + Portal.ADMIN_API_SETTINGS + " → \"" + Portal.DETAILED_METADATA + "\".",
                  "Set it to Enabled for "
                      + scope
                      + " (or the entire organization), and select Apply.",
                  "For DAX and Power Query text also enable \""
                      + Portal.EXPRESSIONS
                      + "\" (it needs the first one).",
                  "Changes can take up to 15 minutes to take effect."),
              Portal.DOCS_METADATA_SCANNING));
    }
    if (withExpressions == 0) {
      return CheckResult.problem(
          this,
          missing,
          "scan results carry schema but no DAX or mashup expressions",
          new Diagnosis(
              "ExpressionsOff",
              List.of(
                  "\""
                      + Portal.EXPRESSIONS
                      + "\" is off or does not apply to "
                      + who
                      + ": tables come back,"
                      + " but no measure, Power Query or parameter expressions."),
              List.of("getInfo?datasetSchema=true&datasetExpressions=true → " + seen),
              List.of(
                  "Open " + Portal.ADMIN_API_SETTINGS + " → \"" + Portal.EXPRESSIONS + "\".",
                  "Set it to Enabled for "
                      + scope
                      + " (or the entire organization), and select Apply.",
                  "Changes can take up to 15 minutes to take effect."),
              Portal.DOCS_METADATA_SCANNING));
    }
    return CheckResult.pass(this, "schema and expressions come back", List.of(seen));
  }
}
