package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Check 6: the scanner APIs on one workspace — GetModifiedWorkspaces (unless --workspace names
 * one), PostWorkspaceInfo with schema and expressions requested, GetScanStatus until it settles,
 * GetScanResult. The result feeds the metadata check.
 */
final class ScannerCheck implements Check {
  private static final String ADMIN = "/v1.0/myorg/admin/workspaces";

  @Override
  public String id() { return "scanner"; }

  @Override
  public String title() { return "Scanner API probe"; }

  @Override
  public CheckResult run(DoctorContext context) {
    if (!context.passedOrWarned("admin")) {
      return CheckResult.skipped(this, "skipped: the admin API probe did not pass");
    }
    String bearer = context.token().orElseThrow().value();
    String workspace = context.settings().workspaceId();
    if (workspace == null) {
      Observed modified = context.http().get(
          context.api(ADMIN + "/modified?excludePersonalWorkspaces=true&excludeInActiveWorkspaces=true"), bearer);
      Optional<CheckResult> problem = problem(modified, context, 200);
      if (problem.isPresent()) {
        return problem.get();
      }
      JsonNode ids = modified.json();
      if (!ids.isArray() || ids.isEmpty()) {
        return CheckResult.skipped(this, "skipped: the tenant has no active shared workspace to scan");
      }
      workspace = ids.get(0).path("id").asText();
    }
    Observed started = context.http().postJson(
        context.api(ADMIN + "/getInfo?lineage=true&datasourceDetails=true&datasetSchema=true&datasetExpressions=true"),
        bearer, "{\"workspaces\":[\"" + workspace + "\"]}");
    Optional<CheckResult> problem = problem(started, context, 202);
    if (problem.isPresent()) {
      return problem.get();
    }
    String scanId = started.json().path("id").asText();
    Observed status = poll(context, bearer, scanId);
    if (!"Succeeded".equals(status.json().path("status").asText())) {
      Optional<CheckResult> failed = problem(status, context, 200);
      return failed.orElseGet(() -> CheckResult.problem(this, Status.FAIL, "the scan did not succeed",
          Diagnosis.of("ScanNotSucceeded",
              "The one-workspace scan ended as \"" + status.json().path("status").asText("?") + "\" within "
                  + context.settings().scanTimeout().toSeconds() + " s.",
              List.of(status.describe(), status.json().path("error").toString()),
              List.of("Run the doctor again later, or give it longer with --scan-timeout."), Portal.DOCS_METADATA_SCANNING)));
    }
    Observed result = context.http().get(context.api(ADMIN + "/scanResult/" + scanId), bearer);
    problem = problem(result, context, 200);
    if (problem.isPresent()) {
      return problem.get();
    }
    context.scanResult(result.json());
    return CheckResult.pass(this, "scanned workspace " + workspace,
        List.of(started.describe(), status.describe(), result.describe()));
  }

  private Optional<CheckResult> problem(Observed r, DoctorContext context, int expected) {
    if (r.status() == expected) {
      return Optional.empty();
    }
    String summary = r.method() + " " + r.url().getPath().replace("/v1.0/myorg/", "") + " → " + FabricApiCheck.statusText(r);
    Diagnosis d = PowerBiAnswers.common(r, context.clock().instant()).orElseGet(() -> Diagnosis.of(
        r.status() == 401 ? "ScannerNotAuthorized" : "UnexpectedStatus",
        r.status() == 401
            ? "The scanner APIs refused a service principal the admin API accepted; the token may have changed, or the setting changed in the last 15 minutes."
            : "Power BI answered a status the doctor does not expect from the scanner APIs.",
        List.of(r.describe()), List.of("Run the doctor again in a few minutes."), Portal.DOCS_METADATA_SCANNING));
    return Optional.of(CheckResult.problem(this, Status.FAIL, summary, d));
  }

  /** Polls GetScanStatus with a growing pause, bounded by the scan timeout. */
  private static Observed poll(DoctorContext context, String bearer, String scanId) {
    long deadline = System.nanoTime() + context.settings().scanTimeout().toNanos();
    long pauseMillis = 250;
    while (true) {
      Observed status = context.http().get(context.api(ADMIN + "/scanStatus/" + scanId), bearer);
      String state = status.json().path("status").asText("");
      if (status.status() != 200 || state.equals("Succeeded") || state.equals("Failed")
          || System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
        return status;
      }
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return status;
      }
      pauseMillis = Math.min(pauseMillis * 2, 10_000);
    }
  }
}
