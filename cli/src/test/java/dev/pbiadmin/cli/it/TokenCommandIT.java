package dev.pbiadmin.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code pbiadmin token} against the emulator's Entra token endpoint over HTTPS. */
class TokenCommandIT {
  @RegisterExtension
  static EmulatorExtension emulator = EmulatorExtension.builder().demoWorkspaces(5).build();

  @TempDir Path dir;

  @Test
  void token_emulatorShortcut_printsAppOnlyClaimsAndHidesToken() {
    Emulator e = emulator.get();

    CliRun run = CliRun.run("token", "--emulator", e.dataDir().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("aud       https://analysis.windows.net/powerbi/api")
        .contains("tid       " + e.tenantId())
        .contains("appid     " + demo().clientId())
        .contains("(hidden; --show-token prints it)")
        .doesNotContainPattern("eyJ[A-Za-z0-9_-]+\\.eyJ");
  }

  @Test
  void token_secretFromStdinWithCaCert_acquires() {
    Emulator e = emulator.get();

    CliRun run =
        CliRun.run(
            Map.of(),
            demo().clientSecret() + "\n",
            "token",
            "--tenant",
            e.tenantId(),
            "--client-id",
            demo().clientId(),
            "--client-secret-stdin",
            "--authority-host",
            e.authorityHost().toString(),
            "--ca-cert",
            e.caCertificate().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("service principal (client secret) " + demo().clientId());
  }

  @Test
  void token_secretFromAzureEnvironmentVariables_acquires() {
    Emulator e = emulator.get();
    Map<String, String> env =
        Map.of(
            "AZURE_TENANT_ID", e.tenantId(),
            "AZURE_CLIENT_ID", demo().clientId(),
            "AZURE_CLIENT_SECRET", demo().clientSecret(),
            "AZURE_AUTHORITY_HOST", e.authorityHost().toString());

    CliRun run =
        CliRun.run(env, "", "token", "--ca-cert", e.caCertificate().toString(), "--show-token");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("token     eyJ[A-Za-z0-9_-]+\\.eyJ");
  }

  @Test
  void token_pemCertificate_acquiresWithCertificateCredential() throws Exception {
    Emulator e = emulator.get();
    ClientCertificate cert = ClientCertificate.uploadTo(e, demo().clientId(), dir);

    CliRun run =
        CliRun.run(
            "token",
            "--emulator",
            e.dataDir().toString(),
            "--client-id",
            demo().clientId(),
            "--certificate",
            cert.pem().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("service principal (certificate) " + demo().clientId());
  }

  @Test
  void token_pfxCertificateWithPasswordFromEnv_acquires() throws Exception {
    Emulator e = emulator.get();
    ClientCertificate cert = ClientCertificate.uploadTo(e, demo().clientId(), dir);

    CliRun run =
        CliRun.run(
            Map.of("AZURE_CLIENT_CERTIFICATE_PASSWORD", cert.pfxPassword()),
            "",
            "token",
            "--emulator",
            e.dataDir().toString(),
            "--client-id",
            demo().clientId(),
            "--certificate",
            cert.pfx().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("service principal (certificate)");
  }

  @Test
  void token_wrongSecret_authenticationFailedWithAadstsAndNoSecret() {
    Emulator e = emulator.get();

    CliRun run =
        CliRun.run(
            Map.of("AZURE_CLIENT_SECRET", "definitely-wrong-secret-123"),
            "",
            "token",
            "--emulator",
            e.dataDir().toString(),
            "--client-id",
            demo().clientId(),
            "--client-secret-env",
            "AZURE_CLIENT_SECRET");

    assertThat(run.exitCode()).isEqualTo(ExitCode.AUTHENTICATION_FAILED.code());
    assertThat(run.err()).contains("AADSTS7000215").doesNotContain("definitely-wrong-secret-123");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void token_withoutCaCert_tlsErrorSaysHowToTrustTheEmulator() {
    Emulator e = emulator.get();

    CliRun run =
        CliRun.run(
            Map.of("AZURE_CLIENT_SECRET", demo().clientSecret()),
            "",
            "token",
            "--tenant",
            e.tenantId(),
            "--client-id",
            demo().clientId(),
            "--authority-host",
            e.authorityHost().toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err()).contains("not trusted", "--ca-cert");
  }

  private static DemoCredentials demo() {
    return emulator.get().demo().orElseThrow();
  }
}
