package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {
  private final DoctorReport report =
      new DoctorReport(
          List.of(
              new CheckResult(
                  "config",
                  "Configuration",
                  Status.PASS,
                  "fine",
                  new Diagnosis(null, List.of(), List.of("tenant: x"), List.of(), null, null)),
              new CheckResult(
                  "token",
                  "Token acquisition",
                  Status.FAIL,
                  "Entra ID refused the token request (AADSTS7000215)",
                  new Diagnosis(
                      "AADSTS7000215",
                      List.of("Wrong client secret."),
                      List.of("POST … → 401 invalid_client"),
                      List.of("Open Certificates & secrets.", "New client secret."),
                      "https://learn.microsoft.com/x",
                      null)),
              new CheckResult(
                  "claims",
                  "Token contents",
                  Status.SKIPPED,
                  "skipped: no token",
                  new Diagnosis(null, List.of(), List.of(), List.of(), null, null))));

  @Test
  void text_asciiTerminal_usesBracketMarksAndShowsDetailsOnlyForFailures() {
    StringWriter out = new StringWriter();
    new TextReport(false).print(report, new PrintWriter(out));
    String text = out.toString();
    assertThat(text).contains("[pass] config", "[FAIL] token", "[skip] claims");
    assertThat(text)
        .contains(
            "Cause: Wrong client secret.",
            "  1. Open Certificates & secrets.",
            "Docs: https://learn.microsoft.com/x");
    assertThat(text).doesNotContain("tenant: x");
    assertThat(text)
        .contains(
            "Not healthy: 1 failed, 0 warnings. Fix the first failure first: token. (exit code 3)");
  }

  @Test
  void text_unicodeTerminal_usesSymbols() {
    StringWriter out = new StringWriter();
    new TextReport(true).print(report, new PrintWriter(out));
    assertThat(out.toString()).contains("✓ config", "✗ token", "- claims");
  }

  @Test
  void json_hasTheDocumentedFields() throws Exception {
    JsonNode json = Fixtures.JSON.readTree(new JsonReport().render(report));
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("healthy").asBoolean()).isFalse();
    assertThat(json.path("exitCode").asInt()).isEqualTo(3);
    assertThat(json.path("firstFailure").asText()).isEqualTo("token");
    JsonNode token = json.path("checks").get(1);
    assertThat(token.path("status").asText()).isEqualTo("fail");
    assertThat(token.path("code").asText()).isEqualTo("AADSTS7000215");
    assertThat(token.path("fix")).hasSize(2);
    assertThat(json.path("checks").get(0).path("code").isNull()).isTrue();
  }

  @Test
  void exitCode_healthyWithWarnings_isZero() {
    DoctorReport warned =
        new DoctorReport(
            List.of(
                new CheckResult(
                    "api",
                    "Non-admin API probe",
                    Status.WARN,
                    "w",
                    new Diagnosis(
                        "FabricApisSettingNotApplied",
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null))));
    assertThat(warned.healthy()).isTrue();
    assertThat(warned.exitCode()).isZero();
  }
}
