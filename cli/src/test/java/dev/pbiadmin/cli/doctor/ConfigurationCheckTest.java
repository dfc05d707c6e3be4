package dev.pbiadmin.cli.doctor;

import static dev.pbiadmin.cli.doctor.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationCheckTest {
  private final ConfigurationCheck check = new ConfigurationCheck();
  @TempDir Path dir;

  private CheckResult run(DoctorSettings settings) {
    DoctorContext context = Fixtures.context(settings);
    return check.run(context);
  }

  @Test
  void run_tenantIdClientIdAndSecret_passes() {
    CheckResult r = run(Fixtures.settings());
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.evidence())
        .anyMatch(
            e -> e.contains("not shown") && e.contains("environment variable AZURE_CLIENT_SECRET"));
    assertThat(String.join(" ", r.evidence())).doesNotContain("abc~def");
  }

  @Test
  void run_commonTenant_failsAsMultiTenantAuthority() {
    CheckResult r = run(Fixtures.settings("--tenant", "common"));
    assertThat(r.code()).isEqualTo("MultiTenantAuthority");
    assertThat(r.fix().get(0)).contains("Directory (tenant) ID");
  }

  @Test
  void run_secretShapedLikeAGuid_warnsItIsTheSecretId() {
    CheckResult r =
        run(
            Fixtures.settings(
                Map.of("AZURE_CLIENT_SECRET", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")));
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.code()).isEqualTo("SecretLooksLikeSecretId");
  }

  @Test
  void run_secretWithTrailingNewline_warnsItWasTrimmedAndStillSignsIn() {
    DoctorContext context =
        Fixtures.context(Fixtures.settings(Map.of("AZURE_CLIENT_SECRET", Fixtures.SECRET + "\n")));
    CheckResult r = check.run(context);
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.code()).isEqualTo("SecretWhitespaceTrimmed");
    assertThat(r.causes().get(0)).contains("AZURE_CLIENT_SECRET", "removed");
    assertThat(context.canRequestToken()).isTrue();
  }

  @Test
  void run_noCredential_failsAsAUsageErrorLikeEveryCommand() {
    CheckResult r = run(Fixtures.settings(Map.of()));
    assertThat(r.code()).isEqualTo("NoCredential");
    assertThat(r.causes().get(0)).startsWith("No credential found");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void run_emptySecretFile_failsAsAUsageErrorNamingTheFile() throws Exception {
    Path empty = Files.writeString(dir.resolve("secret.txt"), "\n");
    CheckResult r = run(Fixtures.settings(Map.of(), "--client-secret-file", empty.toString()));
    assertThat(r.code()).isEqualTo("SecretUnreadable");
    assertThat(r.causes().get(0)).isEqualTo("The client secret from file " + empty + " is empty.");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void run_masterAccountWithoutUsername_failsAndNeverAsksEntra() {
    DoctorContext context =
        Fixtures.context(Fixtures.settings(Map.of(), "--auth", "master-account-password"));
    CheckResult r = check.run(context);
    assertThat(r.code()).isEqualTo("MissingUsername");
    assertThat(context.canRequestToken()).isFalse();
  }

  @Test
  void run_masterAccountWithPassword_passesNamingTheUser() {
    CheckResult r =
        run(
            Fixtures.settings(
                Map.of("PBIADMIN_PASSWORD", "pw"),
                "--auth",
                "master-account-password",
                "--username",
                "admin@contoso.com"));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.summary()).contains("user's password");
    assertThat(r.evidence()).anyMatch(e -> e.contains("master account admin@contoso.com"));
  }

  @Test
  void run_gccHighAuthorityWithPublicApi_failsAsCloudMismatch() {
    CheckResult r = run(Fixtures.settings("--authority-host", "https://login.microsoftonline.us"));
    assertThat(r.code()).isEqualTo("CloudMismatch");
  }

  @Test
  void run_authorityWithTenantPath_failsWithTheSplitSpelledOut() {
    CheckResult r =
        run(Fixtures.settings("--authority-host", "https://login.microsoftonline.com/contoso.com"));
    assertThat(r.code()).isEqualTo("AuthorityHostHasPath");
    assertThat(r.fix().get(0)).contains("--tenant contoso.com");
  }

  @Test
  void run_expiredCertificate_fails() throws Exception {
    Path pem =
        TestCertificates.write(
            dir, "old", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35)), true);
    CheckResult r = run(Fixtures.settings(Map.of(), "--certificate", pem.toString()));
    assertThat(r.code()).isEqualTo("CertificateOutsideValidity");
    assertThat(r.summary()).contains("expired");
  }

  @Test
  void run_keyOfAnotherCertificate_failsAsKeyMismatch() throws Exception {
    Path pem =
        TestCertificates.write(
            dir, "mixed", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(300)), false);
    CheckResult r = run(Fixtures.settings(Map.of(), "--certificate", pem.toString()));
    assertThat(r.code()).isEqualTo("CertificateKeyMismatch");
  }

  @Test
  void run_goodCertificate_passesWithEachThumbprintLabelled() throws Exception {
    Path pem =
        TestCertificates.write(
            dir, "good", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(300)), true);
    DoctorContext context =
        Fixtures.context(Fixtures.settings(Map.of(), "--certificate", pem.toString()));
    CheckResult r = check.run(context);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(context.certificate()).isPresent();
    assertThat(r.evidence())
        .anyMatch(
            e ->
                e.contains("SHA-1 hex " + context.certificate().get().thumbprintHex())
                    && e.contains("x5t (SHA-1, base64url)")
                    && e.contains("x5t#S256 (SHA-256, base64url)"));
  }
}
