package dev.pbiadmin.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commands at --verbose (library debug logging on, stack traces on) with a known secret,
 * successfully and failing, and checks that no secret, client assertion or token reaches stdout,
 * stderr or a log line.
 */
class NoSecretLeakIT {
  // A JWT anywhere: access tokens and signed client assertions both have this shape.
  private static final String JWT = "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}";

  @RegisterExtension
  static EmulatorExtension emulator = EmulatorExtension.builder().demoWorkspaces(5).build();

  @TempDir Path dir;

  @Test
  void verboseRuns_successAndFailure_neverPrintSecretsAssertionsOrTokens() throws Exception {
    Emulator e = emulator.get();
    DemoCredentials demo = e.demo().orElseThrow();
    ClientCertificate cert = ClientCertificate.uploadTo(e, demo.clientId(), dir);
    String wrongSecret = "wrong-but-secret-value-42";
    String emulatorDir = e.dataDir().toString();
    List<CliCase> cases =
        List.of(
            new CliCase(Map.of(), "", "token", "--verbose", "--emulator", emulatorDir),
            new CliCase(
                Map.of(),
                demo.clientSecret() + "\n",
                "token",
                "--verbose",
                "--emulator",
                emulatorDir,
                "--client-id",
                demo.clientId(),
                "--client-secret-stdin"),
            new CliCase(
                Map.of("MY_SECRET", wrongSecret),
                "",
                "token",
                "--verbose",
                "--emulator",
                emulatorDir,
                "--client-id",
                demo.clientId(),
                "--client-secret-env",
                "MY_SECRET"),
            new CliCase(
                Map.of("AZURE_CLIENT_CERTIFICATE_PASSWORD", cert.pfxPassword()),
                "",
                "token",
                "--verbose",
                "--emulator",
                emulatorDir,
                "--client-id",
                demo.clientId(),
                "--certificate",
                cert.pfx().toString()),
            new CliCase(
                Map.of(),
                "",
                "workspaces",
                "--verbose",
                "--emulator",
                emulatorDir,
                "--format",
                "json"));

    for (CliCase c : cases) {
      String logs;
      CliRun run;
      try (LogCapture capture = new LogCapture()) {
        run = CliRun.run(c.env(), c.stdin(), c.args());
        logs = capture.text();
      }
      String everything = run.out() + run.err() + logs;
      assertThat(logs).as("verbose logging is on for %s", List.of(c.args())).isNotEmpty();
      assertThat(everything)
          .as("output of %s", List.of(c.args()))
          .doesNotContain(demo.clientSecret())
          .doesNotContain(wrongSecret)
          .doesNotContain(cert.pfxPassword())
          .doesNotContainPattern(JWT)
          .doesNotContain("PRIVATE KEY");
    }
  }

  private record CliCase(Map<String, String> env, String stdin, String... args) {}
}
