package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check 6: the scanner APIs on one workspace — PostWorkspaceInfo with schema and expressions
 * requested, GetScanStatus until it settles, GetScanResult. The result feeds the metadata check.
 * Unless --workspace names one, the workspace is the first active shared one with a semantic model
 * from one GetGroupsAsAdmin page (50 calls an hour), not from GetModifiedWorkspaces, whose 30 an
 * hour a scheduled inventory needs.
 */
final class ScannerCheck implements Check {
  private static final String ADMIN = "/v1.0/myorg/admin/workspaces";

  /**
   * One page of active shared workspaces with their semantic models: a scan with a model tells
   * most.
   */
  static final String PICK =
      "/v1.0/myorg/admin/groups?$top=100&$expand=datasets"
          + "&$filter=type%20eq%20'Workspace'%20and%20state%20eq%20'Active'";

  @Override
  public String id() {
    return "scanner";
  }

  @Override
  public String title() {
    return "Scanner API probe";
  }

  @Override
  public CheckResult run(DoctorContext context) {
    if (!context.passedOrWarned("admin")) {
      return CheckResult.skipped(this, "skipped: the admin API probe did not pass");
    }
    String bearer = context.token().orElseThrow().value();
    List<String> spent = new ArrayList<>();
    String workspace = context.settings().workspaceId().orElse(null);
    if (workspace == null) {
      Observed listed = context.http().get(context.api(PICK), bearer);
      spent.add("GetGroupsAsAdmin 1 of 50 an hour");
      Optional<CheckResult> problem = problem(listed, context, 200);
      if (problem.isPresent()) {
        return problem.get();
      }
      workspace = pick(listed.json());
      if (workspace == null) {
        return CheckResult.skipped(
            this, "skipped: the tenant has no active shared workspace to scan");
      }
    }
    Observed started =
        context
            .http()
            .postJson(
                context.api(
                    ADMIN
                        + "/getInfo?lineage=true&datasourceDetails=true&datasetSchema=true&datasetExpressions=true"),
                bearer,
                "{\"workspaces\":[\"" + workspace + "\"]}");
    Optional<CheckResult> problem = problem(started, context, 202);
    if (problem.isPresent()) {
      return problem.get();
    }
    String scanId = started.json().path("id").asText();
    Polled polled = poll(context, bearer, scanId);
    Observed status = polled.last();
    if (!"Succeeded".equals(status.json().path("status").asText())) {
      Optional<CheckResult> failed = problem(status, context, 200);
      return failed.orElseGet(
          () ->
              CheckResult.problem(
                  this,
                  Status.FAIL,
                  "the scan did not succeed",
                  Diagnosis.of(
                      "ScanNotSucceeded",
                      "The one-workspace scan ended as \""
                          + status.json().path("status").asText("?")
                          + "\" within "
                          + context.settings().scanTimeout().toSeconds()
                          + " s.",
                      List.of(status.describe(), status.json().path("error").toString()),
                      List.of("Run the doctor again later, or give it longer with --scan-timeout."),
                      Portal.DOCS_METADATA_SCANNING)));
    }
    Observed result = context.http().get(context.api(ADMIN + "/scanResult/" + scanId), bearer);
    problem = problem(result, context, 200);
    if (problem.isPresent()) {
      return problem.get();
    }
    context.scanResult(result.json());
    spent.add("PostWorkspaceInfo 1 of 500");
    spent.add("GetScanStatus " + polled.calls() + " of 10,000");
    spent.add("GetScanResult 1 of 500");
    return CheckResult.pass(
        this,
        "scanned workspace " + workspace,
        List.of(
            started.describe(),
            status.describe(),
            result.describe(),
            "spent: "
                + String.join(", ", spent)
                + " an hour; "
                + AdminApiCheck.SPENDS.replace("spends ", "")));
  }

  /**
   * The first workspace of the page with a semantic model, else the first workspace; null for none.
   */
  static String pick(JsonNode page) {
    String first = null;
    for (JsonNode workspace : page.path("value")) {
      if (first == null) {
        first = workspace.path("id").asText(null);
      }
      if (workspace.path("datasets").size() > 0) {
        return workspace.path("id").asText();
      }
    }
    return first;
  }

  private Optional<CheckResult> problem(Observed r, DoctorContext context, int expected) {
    if (r.status() == expected) {
      return Optional.empty();
    }
    String summary =
        r.method()
            + " "
            + r.url().getPath().replace("/v1.0/myorg/", "")
            + " → "
            + FabricApiCheck.statusText(r);
    Diagnosis d =
        PowerBiAnswers.common(r, context.clock().instant())
            .orElseGet(
                () ->
                    Diagnosis.of(
                        r.status() == 401 ? "ScannerNotAuthorized" : "UnexpectedStatus",
                        r.status() == 401
                            ? "The scanner APIs refused a service principal the admin API accepted;"
                                + " the token may have changed, or the setting changed in the"
                                + " last 15 minutes."
                            : "Power BI answered a status the doctor does not expect from the"
                                + " scanner APIs.",
                        List.of(r.describe()),
                        List.of("Run the doctor again in a few minutes."),
                        Portal.DOCS_METADATA_SCANNING));
    return Optional.of(CheckResult.problem(this, Status.FAIL, summary, d));
  }

  /** The last GetScanStatus answer and how many calls it took. */
  private record Polled(Observed last, int calls) {}

  /** Polls GetScanStatus with a growing pause, bounded by the scan timeout. */
  private static Polled poll(DoctorContext context, String bearer, String scanId) {
    long deadline = System.nanoTime() + context.settings().scanTimeout().toNanos();
    long pauseMillis = 250;
    for (int calls = 1; ; calls++) {
      Observed status = context.http().get(context.api(ADMIN + "/scanStatus/" + scanId), bearer);
      String state = status.json().path("status").asText("");
      if (status.status() != 200
          || state.equals("Succeeded")
          || state.equals("Failed")
          || System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
        return new Polled(status, calls);
      }
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Polled(status, calls);
      }
      pauseMillis = Math.min(pauseMillis * 2, 10_000);
    }
  }
}
