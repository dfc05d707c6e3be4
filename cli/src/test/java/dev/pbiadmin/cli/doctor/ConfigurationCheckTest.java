package dev.pbiadmin.cli.doctor;

import static dev.pbiadmin.cli.doctor.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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
    CheckResult r = run(Fixtures.settings().build());
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.evidence()).anyMatch(e -> e.contains("not shown"));
    assertThat(String.join(" ", r.evidence())).doesNotContain("abc~def");
  }

  @Test
  void run_commonTenant_failsAsMultiTenantAuthority() {
    CheckResult r = run(Fixtures.settings().tenant("common").build());
    assertThat(r.code()).isEqualTo("MultiTenantAuthority");
    assertThat(r.fix().get(0)).contains("Directory (tenant) ID");
  }

  @Test
  void run_secretShapedLikeAGuid_warnsItIsTheSecretId() {
    CheckResult r = run(Fixtures.settings().clientSecret("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0").build());
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.code()).isEqualTo("SecretLooksLikeSecretId");
  }

  @Test
  void run_noCredential_fails() {
    CheckResult r = run(Fixtures.settings().clientSecret(null).build());
    assertThat(r.code()).isEqualTo("NoCredential");
  }

  @Test
  void run_gccHighAuthorityWithPublicApi_failsAsCloudMismatch() {
    CheckResult r = run(Fixtures.settings().authorityHost(URI.create("https://login.microsoftonline.us")).build());
    assertThat(r.code()).isEqualTo("CloudMismatch");
  }

  @Test
  void run_authorityWithTenantPath_failsWithTheSplitSpelledOut() {
    CheckResult r = run(Fixtures.settings().authorityHost(URI.create("https://login.microsoftonline.com/contoso.com")).build());
    assertThat(r.code()).isEqualTo("AuthorityHostHasPath");
    assertThat(r.fix().get(0)).contains("--tenant contoso.com");
  }

  @Test
  void run_expiredCertificate_fails() throws Exception {
    Path pem = TestCertificates.write(dir, "old", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35)), true);
    CheckResult r = run(Fixtures.settings().clientSecret(null).certificate(pem).build());
    assertThat(r.code()).isEqualTo("CertificateOutsideValidity");
    assertThat(r.summary()).contains("expired");
  }

  @Test
  void run_keyOfAnotherCertificate_failsAsKeyMismatch() throws Exception {
    Path pem = TestCertificates.write(dir, "mixed", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(300)), false);
    CheckResult r = run(Fixtures.settings().clientSecret(null).certificate(pem).build());
    assertThat(r.code()).isEqualTo("CertificateKeyMismatch");
  }

  @Test
  void run_goodCertificate_passesWithThumbprint() throws Exception {
    Path pem = TestCertificates.write(dir, "good", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(300)), true);
    DoctorContext context = Fixtures.context(Fixtures.settings().clientSecret(null).certificate(pem).build());
    CheckResult r = check.run(context);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(context.certificate()).isPresent();
    assertThat(r.evidence()).anyMatch(e -> e.contains("thumbprint"));
  }
}
