package dev.pbiadmin.cli.doctor;

import static dev.pbiadmin.cli.doctor.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimsCheckTest {
  private final ClaimsCheck check = new ClaimsCheck();
  private final DoctorSettings settings = Fixtures.settings();
  private final DoctorSettings user =
      Fixtures.settings(
          Map.of("PBIADMIN_PASSWORD", "pw"),
          "--auth",
          "master-account-password",
          "--username",
          "admin@contoso.com");

  @Test
  void judge_healthyAppOnlyToken_passes() {
    CheckResult r = check.judge(Fixtures.token(Map.of()), settings, NOW);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.evidence())
        .contains("aud = https://analysis.windows.net/powerbi/api", "roles: none");
  }

  @Test
  void judge_tenantReadAllRole_failsWithRemoveAndRevokeSteps() {
    CheckResult r =
        check.judge(Fixtures.token(Map.of("roles", List.of("Tenant.Read.All"))), settings, NOW);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.code()).isEqualTo("PowerBiRolesInToken");
    assertThat(r.causes().get(0))
        .contains("must not have any admin-consent required permissions for Power BI");
    assertThat(String.join("\n", r.fix()))
        .contains(
            "App registrations",
            "API permissions",
            "Revoke admin consent",
            "Remove permission",
            "Enterprise applications",
            "Permissions");
  }

  @Test
  void judge_graphAudience_failsNamingTheResource() {
    DoctorSettings custom = Fixtures.settings().withScope("https://graph.microsoft.com/.default");
    CheckResult r =
        check.judge(Fixtures.token(Map.of("aud", "https://graph.microsoft.com")), custom, NOW);
    assertThat(r.code()).isEqualTo("AudienceNotPowerBi");
    assertThat(r.fix().get(0)).contains("https://analysis.windows.net/powerbi/api/.default");
  }

  @Test
  void judge_graphAudienceWithGraphRoles_neverCallsThemPowerBiPermissionsToRemove() {
    DoctorSettings custom = Fixtures.settings().withScope("https://graph.microsoft.com/.default");
    CheckResult r =
        check.judge(
            Fixtures.token(
                Map.of(
                    "aud", "https://graph.microsoft.com", "roles", List.of("Directory.Read.All"))),
            custom,
            NOW);
    assertThat(r.code()).isEqualTo("AudienceNotPowerBi");
    assertThat(r.causes()).singleElement().asString().doesNotContain("Directory.Read.All");
    assertThat(String.join(" ", r.fix()))
        .doesNotContain("Directory.Read.All", "Revoke admin consent");
    assertThat(r.evidence())
        .anyMatch(e -> e.contains("Directory.Read.All") && e.contains("not Power BI permissions"));
  }

  @Test
  void judge_powerBiAppIdAudience_passes() {
    CheckResult r =
        check.judge(
            Fixtures.token(Map.of("aud", ClaimsCheck.POWER_BI_APP_ID, "ver", "2.0")),
            settings,
            NOW);
    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void judge_otherTenant_failsWithTenantMismatch() {
    CheckResult r =
        check.judge(
            Fixtures.token(Map.of("tid", "99999999-2222-3333-4444-555555555555")), settings, NOW);
    assertThat(r.code()).isEqualTo("TenantMismatch");
  }

  @Test
  void judge_delegatedTokenForAServicePrincipalMethod_fails() {
    CheckResult r = check.judge(Fixtures.token(Map.of("scp", "Tenant.Read.All")), settings, NOW);
    assertThat(r.code()).isEqualTo("DelegatedToken");
  }

  @Test
  void judge_userTokenWithTenantReadAll_passesNamingTheUser() {
    CheckResult r =
        check.judge(Fixtures.userToken("admin@contoso.com", "Tenant.Read.All"), user, NOW);
    assertThat(r.status()).as(r.toString()).isEqualTo(Status.PASS);
    assertThat(r.summary()).contains("delegated token for admin@contoso.com", "Tenant.Read.All");
  }

  @Test
  void judge_userTokenWithoutTenantScope_failsWithTheDelegatedPermissionToAdd() {
    CheckResult r =
        check.judge(Fixtures.userToken("admin@contoso.com", "Dataset.Read.All"), user, NOW);
    assertThat(r.code()).isEqualTo("DelegatedScopeMissing");
    assertThat(r.causes().get(0)).contains("Tenant.Read.All", "[Dataset.Read.All]");
    assertThat(String.join(" ", r.fix())).contains("Delegated permissions", "Grant admin consent");
  }

  @Test
  void judge_userTokenWithAppRoles_doesNotJudgeThemAsApplicationPermissions() {
    CheckResult r =
        check.judge(
            Fixtures.token(
                Map.of(
                    "scp",
                    "Tenant.Read.All",
                    "upn",
                    "admin@contoso.com",
                    "roles",
                    List.of("Tenant.Read.All"))),
            user,
            NOW);
    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void judge_expiredOnArrival_blamesTheClock() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("iat", NOW.getEpochSecond() - 7200);
    claims.put("exp", NOW.getEpochSecond() - 3600);
    CheckResult r = check.judge(Fixtures.token(claims), settings, NOW);
    assertThat(r.code()).isEqualTo("TokenExpiredOnArrival");
    assertThat(r.fix()).anyMatch(f -> f.contains("clock"));
  }

  @Test
  void judge_issuedFarInTheFuture_warnsAboutClockSkew() {
    CheckResult r =
        check.judge(
            Fixtures.token(
                Map.of("iat", NOW.getEpochSecond() + 1200, "exp", NOW.getEpochSecond() + 4800)),
            settings,
            NOW);
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.code()).isEqualTo("ClockSkew");
  }
}
