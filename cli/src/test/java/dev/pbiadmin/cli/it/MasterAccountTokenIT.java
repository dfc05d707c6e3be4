package dev.pbiadmin.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin token --auth master-account-password}: azure-identity's
 * UsernamePasswordCredential (MSAL4J underneath: user-realm lookup, then the password grant)
 * against the emulator over HTTPS.
 */
class MasterAccountTokenIT {
  @RegisterExtension static EmulatorExtension emulator = EmulatorExtension.builder().build();

  @TempDir Path dir;

  @Test
  void token_masterAccountPasswordFromEnv_printsDelegatedClaims() {
    Emulator e = emulator.get();

    CliRun run = CliRun.run(Map.of("PBIADMIN_PASSWORD", demo().adminPassword()), "", args(e));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("master account " + demo().adminUserPrincipalName() + " (delegated, password)")
        .contains("idtyp     user")
        .contains("scp       Tenant.Read.All")
        .contains("upn       " + demo().adminUserPrincipalName())
        .contains("tid       " + e.tenantId())
        .doesNotContain("roles")
        .doesNotContainPattern("eyJ[A-Za-z0-9_-]+\\.eyJ");
    assertThat(run.all()).doesNotContain(demo().adminPassword());
  }

  @Test
  void token_masterAccountPasswordFromFile_acquires() throws Exception {
    Emulator e = emulator.get();
    Path file = Files.writeString(dir.resolve("password.txt"), demo().adminPassword() + "\n");

    CliRun run = CliRun.run(Map.of(), "", concat(args(e), "--password-file", file.toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("idtyp     user");
  }

  @Test
  void token_masterAccountWrongPassword_authenticationFailedWithAadsts50126AndNoPassword() {
    Emulator e = emulator.get();
    String wrong = "Wrong-Password-4711";

    CliRun run = CliRun.run(Map.of("PBIADMIN_PASSWORD", wrong), "", args(e));

    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.AUTHENTICATION_FAILED.code());
    assertThat(run.err()).doesNotContain(wrong);
    assertThat(run.err().lines().filter(l -> l.startsWith("pbiadmin:")))
        .singleElement()
        .asString()
        .contains(
            "AADSTS50126", "invalid username or password", "Check --username and the password");
    assertThat(run.out()).doesNotContain(wrong);
  }

  private static String[] args(Emulator e) {
    return new String[] {
      "token",
      "--auth",
      "master-account-password",
      "--tenant",
      e.tenantId(),
      "--client-id",
      demo().clientId(),
      "--username",
      demo().adminUserPrincipalName(),
      "--authority-host",
      e.authorityHost().toString(),
      "--ca-cert",
      e.caCertificate().toString()
    };
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static DemoCredentials demo() {
    return emulator.get().demo().orElseThrow();
  }
}
