package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.cli.PbiAdmin;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DoctorCommandTest {
  private final StringWriter out = new StringWriter();

  private int execute(Map<String, String> env, String... args) {
    CommandLine cli =
        PbiAdmin.commandLine(new PbiAdmin(env, new ByteArrayInputStream(new byte[0])));
    // doctor is registered in PbiAdmin itself
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void doctor_noCredential_failsConfigurationOfflineWithTheUsageExitCodeOfEveryCommand() {
    int exit = execute(Map.of(), "doctor", "--tenant", "organizations", "--client-id", "my-app");
    assertThat(exit).isEqualTo(2);
    assertThat(out.toString())
        .contains(
            "[FAIL] config",
            "No credential found",
            "[skip] token",
            "Application (client) ID",
            "Not healthy")
        .doesNotContain("✓");
  }

  @Test
  void doctor_clientIdNotAGuid_failsConfigurationWithExitCode3() {
    int exit =
        execute(
            Map.of("AZURE_CLIENT_SECRET", "s3cr3t-value"),
            "doctor",
            "--tenant",
            "contoso.com",
            "--client-id",
            "my-app");
    assertThat(exit).isEqualTo(3);
    assertThat(out.toString()).contains("[FAIL] config", "client id is not a GUID");
  }

  @Test
  void doctor_json_printsTheDocumentedShapeAndNeverTheSecret() throws Exception {
    int exit =
        execute(
            Map.of("AZURE_CLIENT_SECRET", "s3cr3t-value-that-must-not-leak"),
            "doctor",
            "--json",
            "--client-id",
            "not-a-guid");
    JsonNode json = Fixtures.JSON.readTree(out.toString());
    assertThat(exit).isEqualTo(2); // no tenant: a usage error, as for every command
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("firstFailure").asText()).isEqualTo("config");
    assertThat(json.path("checks")).hasSize(8);
    assertThat(out.toString()).doesNotContain("s3cr3t-value-that-must-not-leak");
  }
}
