package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.graph.GraphModule;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario matrix: each test builds one misconfiguration in the emulator through its management
 * API, runs the doctor as a user would (only tenant, client id, credential and endpoints), and
 * asserts the first failing check, its cause and fix — and that no wrong cause is named. Scenario
 * apps may read Microsoft Graph (a minimal Graph module on the emulator) unless a test says not.
 */
class DoctorScenariosIT {
  private static final String READ_ONLY = "AllowServicePrincipalsUseReadAdminAPIs";
  private static final String FABRIC_APIS = "ServicePrincipalAccess";
  private static final String METADATA = "AdminApisIncludeDetailedMetadata";
  private static final String EXPRESSIONS = "AdminApisIncludeExpressions";
  private static final List<String> SETTINGS = List.of(READ_ONLY, FABRIC_APIS, METADATA, EXPRESSIONS);

  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(12).build();

  private static Emulator emulator;
  private static HttpClient http;
  private static EmulatorAdmin admin;
  private static String readersGroup;
  private static String workspaceWithModel;
  private static final Map<String, Map<String, Object>> baseline = new LinkedHashMap<>();

  @TempDir Path dir;

  @BeforeAll
  static void startEmulator() {
    emulator = EMULATOR.get();
    http = HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
    admin = new EmulatorAdmin(http, emulator.baseUrl(), emulator.managementKey());
    // One security group the four settings are enabled for: the "correct setup" of every scenario.
    readersGroup = admin.newGroup("pbiadmin readers", "Security");
    for (String name : SETTINGS) {
      Map<String, Object> body = Map.of("enabled", true, "enabledSecurityGroups", List.of(readersGroup),
          "excludedSecurityGroups", List.of());
      admin.putSetting(name, body);
      baseline.put(name, body);
    }
    workspaceWithModel = findWorkspaceWithModel();
  }

  @BeforeEach
  void freshBudget() {
    admin.send("DELETE", "/emulator/faults", null);
    admin.send("POST", "/emulator/throttling/reset", Map.of());
  }

  @AfterEach
  void restoreSettings() {
    baseline.forEach(admin::putSetting);
  }

  // ---- healthy ----

  @Test
  void healthy_servicePrincipalInEnabledGroup_allChecksPassAndExitZero() {
    DoctorReport report = run(healthyApp().settings());
    assertThat(report.results()).allSatisfy(r -> assertThat(r.status()).isIn(Status.PASS, Status.SKIPPED));
    assertThat(report.result("admin").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(report.result("metadata").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(report.result("graph").orElseThrow().summary()).contains("\"pbiadmin readers\" (Security)");
    assertThat(report.exitCode()).isZero();
  }

  // ---- token acquisition ----

  @Test
  void wrongSecret_tokenFailsWithNewSecretFix() {
    Sp sp = healthyApp();
    DoctorReport report = run(sp.settings().clientSecret("not-the-secret-value-at-all~123456789").build());
    CheckResult first = firstFailure(report, "token", "AADSTS7000215");
    assertThat(first.causes().get(0)).contains("Wrong client secret");
    assertThat(first.fix()).anyMatch(f -> f.contains("Certificates & secrets"));
    assertThat(report.exitCode()).isEqualTo(DoctorReport.AUTHENTICATION_FAILED);
    assertNoSecretIn(report, "not-the-secret-value-at-all");
  }

  @Test
  void expiredSecret_tokenFailsSayingExpired() {
    EmulatorAdmin.App app = admin.newApp("doctor-expired");
    admin.addMember(readersGroup, app.servicePrincipalId());
    String secret = admin.addSecret(app.clientId(), Instant.now().minus(Duration.ofDays(2)).toString());
    DoctorReport report = run(base(app.clientId(), secret));
    CheckResult first = firstFailure(report, "token", "AADSTS7000222");
    assertThat(first.causes().get(0)).contains("expired").doesNotContain("Wrong client secret");
    assertNoSecretIn(report, secret);
  }

  @Test
  void unknownClientId_tokenFailsNamingTheApp() {
    String stranger = UUID.randomUUID().toString();
    CheckResult first = firstFailure(run(base(stranger, "whatever-secret-value~0123456789")), "token", "AADSTS700016");
    assertThat(first.causes().get(0)).contains(stranger);
    assertThat(first.fix().get(0)).contains("Application (client) ID");
  }

  @Test
  void unknownTenant_tokenFailsAsTenantNotFound() {
    Sp sp = healthyApp();
    CheckResult first = firstFailure(run(sp.settings().tenant("no-such-tenant.onmicrosoft.com").build()), "token", "AADSTS90002");
    assertThat(first.causes().get(0)).contains("no-such-tenant.onmicrosoft.com");
  }

  @Test
  void commonAuthority_configFailsAndEntraConfirmsWithAadsts9001023() {
    Sp sp = healthyApp();
    DoctorReport report = run(sp.settings().tenant("common").build());
    firstFailure(report, "config", "MultiTenantAuthority");
    assertThat(report.result("token").orElseThrow().code()).isEqualTo("AADSTS9001023");
  }

  @Test
  void organizationsAuthority_configFailsAsMultiTenant() {
    Sp sp = healthyApp();
    CheckResult first = firstFailure(run(sp.settings().tenant("organizations").build()), "config", "MultiTenantAuthority");
    assertThat(first.causes().get(0)).contains("tenant-specific authority");
  }

  @Test
  void scopeWithoutDefault_tokenFailsAndV1ProvesTheAppIsFine() {
    Sp sp = healthyApp();
    DoctorReport report = run(sp.settings().scope(DoctorSettings.POWER_BI_RESOURCE + "/Tenant.Read.All").build());
    CheckResult first = firstFailure(report, "token", "AADSTS1002012");
    assertThat(first.causes().get(0)).contains("/.default");
    assertThat(first.evidence()).anyMatch(e -> e.startsWith("v1 vs v2"));
    assertThat(first.evidence()).anyMatch(e -> e.contains("v1 endpoint with resource=") && e.contains("→ 200"));
  }

  @Test
  void scopeForGraph_claimsFailAsWrongAudience() {
    Sp sp = healthyApp();
    DoctorReport report = run(sp.settings().scope("https://graph.microsoft.com/.default").build());
    CheckResult first = firstFailure(report, "claims", "AudienceNotPowerBi");
    assertThat(first.evidence()).contains("aud = https://graph.microsoft.com");
  }

  @Test
  void certificateNotUploaded_tokenFailsWithUploadFix() throws Exception {
    Sp sp = healthyApp();
    Path pem = TestCertificates.write(dir, "stray", Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(90)), true);
    CheckResult first = firstFailure(run(sp.settings().clientSecret(null).certificate(pem).build()), "token", "AADSTS700027");
    assertThat(first.fix()).anyMatch(f -> f.contains("Upload certificate"));
    assertThat(first.evidence()).anyMatch(e -> e.startsWith("local certificate thumbprint"));
  }

  @Test
  void certificateExpired_configFailsBeforeAnyRequest() throws Exception {
    Sp sp = healthyApp();
    Path pem = TestCertificates.write(dir, "old", Instant.now().minus(Duration.ofDays(400)), Instant.now().minus(Duration.ofDays(1)), true);
    firstFailure(run(sp.settings().clientSecret(null).certificate(pem).build()), "config", "CertificateOutsideValidity");
  }

  // ---- token contents ----

  @Test
  void tenantReadAllWithAdminConsent_claimsFailWithRemoveAndRevoke() {
    Sp sp = healthyApp();
    admin.send("PUT", "/emulator/apps/" + sp.clientId + "/permissions", Map.of("permissions", List.of(GRAPH_READ,
        Map.of("resource", DoctorSettings.POWER_BI_RESOURCE, "name", "Tenant.Read.All", "type", "Application",
            "adminConsentGranted", true))));
    DoctorReport report = run(sp.settings());
    CheckResult first = firstFailure(report, "claims", "PowerBiRolesInToken");
    assertThat(String.join(" ", first.fix())).contains("API permissions", "Revoke admin consent", "Remove permission");
    CheckResult adminProbe = report.result("admin").orElseThrow();
    assertThat(adminProbe.status()).isEqualTo(Status.FAIL);
    assertThat(adminProbe.causes().get(0)).contains("Tenant.Read.All");
  }

  @Test
  void localClockTwoHoursAhead_claimsFailBlamingTheClock() {
    Sp sp = healthyApp();
    Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
    DoctorReport report = new Doctor(sp.settings().build(), ahead, http).run();
    CheckResult first = firstFailure(report, "claims", "TokenExpiredOnArrival");
    assertThat(first.fix()).anyMatch(f -> f.contains("clock"));
  }

  // ---- admin probe ----

  @Test
  void readOnlySettingDisabled_adminFailsNamingTheSetting() {
    Sp sp = healthyApp();
    admin.putSetting(READ_ONLY, Map.of("enabled", false));
    CheckResult first = firstFailure(run(sp.settings()), "admin", "ReadOnlyAdminApisSettingNotApplied");
    assertThat(first.causes().get(0)).contains("Service principals can access read-only admin APIs", "disabled",
        "\"pbiadmin readers\" (Security)");
    assertThat(first.fix()).anyMatch(f -> f.contains("Admin API settings"));
    assertThat(first.causes()).doesNotContain(AdminCauses.GROUP_TYPE, AdminCauses.ADD_GROUP_NOT_APP);
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void readOnlySettingDisabledAndNoGraphAccess_adminListsEveryRemainingCause() {
    EmulatorAdmin.App app = admin.newApp("doctor-no-graph");
    admin.addMember(readersGroup, app.servicePrincipalId());
    String secret = admin.addSecret(app.clientId(), null);
    admin.putSetting(READ_ONLY, Map.of("enabled", false));
    DoctorReport report = run(base(app.clientId(), secret));
    CheckResult first = firstFailure(report, "admin", "ReadOnlyAdminApisSettingNotApplied");
    assertThat(first.causes()).hasSize(5);
    assertThat(first.causes()).contains(AdminCauses.ADD_GROUP_NOT_APP, AdminCauses.GROUP_TYPE, AdminCauses.EXCLUDED,
        AdminCauses.PROPAGATION);
    assertThat(report.result("graph").orElseThrow().status()).isEqualTo(Status.SKIPPED);
    assertThat(report.result("graph").orElseThrow().summary()).contains("Application.Read.All");
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void servicePrincipalInNoGroup_adminFailsSayingAddTheGroup() {
    EmulatorAdmin.App app = graphReader("doctor-lonely");
    String secret = admin.addSecret(app.clientId(), null);
    DoctorReport report = run(base(app.clientId(), secret));
    CheckResult first = firstFailure(report, "admin", "NotInAnySecurityGroup");
    assertThat(first.causes()).singleElement().asString().contains("not a member of any group", "add the group, not the app");
    assertThat(first.fix()).anyMatch(f -> f.contains("Group type \"Security\""));
    assertThat(report.result("graph").orElseThrow().status()).isEqualTo(Status.WARN);
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void servicePrincipalListedDirectlyInSetting_adminFailsSayingAddTheGroupNotTheApp() {
    EmulatorAdmin.App app = graphReader("doctor-direct");
    String secret = admin.addSecret(app.clientId(), null);
    admin.putSetting(READ_ONLY, Map.of("enabled", true, "enabledSecurityGroups", List.of(readersGroup, app.servicePrincipalId())));
    CheckResult first = firstFailure(run(base(app.clientId(), secret)), "admin", "NotInAnySecurityGroup");
    assertThat(first.causes()).singleElement().asString().contains("add the group, not the app");
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void microsoft365Group_adminFailsSayingGroupTypeMustBeSecurity() {
    EmulatorAdmin.App app = graphReader("doctor-m365");
    String secret = admin.addSecret(app.clientId(), null);
    String m365 = admin.newGroup("BI team", "Microsoft365", app.servicePrincipalId());
    admin.putSetting(READ_ONLY, Map.of("enabled", true, "enabledSecurityGroups", List.of(readersGroup, m365)));
    CheckResult first = firstFailure(run(base(app.clientId(), secret)), "admin", "OnlyMicrosoft365Groups");
    assertThat(first.causes()).singleElement().asString().contains("\"BI team\" (Microsoft 365)", "Only groups of type Security");
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void servicePrincipalInExcludedGroup_adminFailsNamingTheException() {
    Sp sp = healthyApp();
    String blocked = admin.newGroup("no admin APIs", "Security", sp.servicePrincipalId);
    admin.putSetting(READ_ONLY, Map.of("enabled", true, "enabledSecurityGroups", List.of(readersGroup),
        "excludedSecurityGroups", List.of(blocked)));
    CheckResult first = firstFailure(run(sp.settings()), "admin", "ReadOnlyAdminApisSettingNotApplied");
    assertThat(first.causes()).contains(AdminCauses.EXCLUDED);
    assertThat(first.causes().get(0)).contains("\"no admin APIs\" (Security)");
    assertThat(first.causes()).doesNotContain(AdminCauses.GROUP_TYPE);
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void fabricApisSettingOff_healthyWithWarningThatAdminApisDoNotNeedIt() {
    Sp sp = healthyApp();
    admin.putSetting(FABRIC_APIS, Map.of("enabled", false));
    DoctorReport report = run(sp.settings());
    CheckResult api = report.result("api").orElseThrow();
    assertThat(api.status()).isEqualTo(Status.WARN);
    assertThat(api.code()).isEqualTo("FabricApisSettingNotApplied");
    assertThat(api.causes().get(0)).contains("Service principals can use Fabric APIs");
    assertThat(report.result("admin").orElseThrow().evidence()).anyMatch(e -> e.contains("only \"Service principals can use Fabric APIs\" is missing"));
    assertThat(report.healthy()).isTrue();
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void adminProbeThrottled_failsNamingTheLimitAndRetryAfter() {
    Sp sp = healthyApp();
    admin.send("PUT", "/emulator/faults", Map.of("rules", List.of(
        Map.of("route", "Groups_GetGroupsAsAdmin", "throttleCount", 1, "throttleRetryAfterSeconds", 1800))));
    DoctorReport report = run(sp.settings());
    CheckResult first = firstFailure(report, "admin", DoctorReport.THROTTLED_CODE);
    assertThat(first.causes().get(0)).contains("GetGroupsAsAdmin allows 50 requests per hour", "1800 s");
    assertThat(report.exitCode()).isEqualTo(DoctorReport.THROTTLED);
  }

  // ---- metadata ----

  @Test
  void detailedMetadataOff_metadataFailsNamingTheSetting() {
    Sp sp = healthyApp();
    admin.putSetting(METADATA, Map.of("enabled", false));
    admin.putSetting(EXPRESSIONS, Map.of("enabled", false));
    CheckResult first = firstFailure(run(sp.settings()), "metadata", "DetailedMetadataOff");
    assertThat(first.causes().get(0)).contains("Enhance admin APIs responses with detailed metadata");
  }

  @Test
  void expressionsOff_metadataFailsNamingTheExpressionsSetting() {
    Sp sp = healthyApp();
    admin.putSetting(EXPRESSIONS, Map.of("enabled", false));
    CheckResult first = firstFailure(run(sp.settings()), "metadata", "ExpressionsOff");
    assertThat(first.causes().get(0)).contains("Enhance admin APIs responses with DAX and mashup expressions");
  }

  // ---- helpers ----

  private record Sp(String clientId, String servicePrincipalId, String secret) {
    DoctorSettings.Builder settings() {
      return base(clientId, secret);
    }
  }

  private static Sp healthyApp() {
    EmulatorAdmin.App app = graphReader("doctor-" + UUID.randomUUID().toString().substring(0, 8));
    admin.addMember(readersGroup, app.servicePrincipalId());
    return new Sp(app.clientId(), app.servicePrincipalId(), admin.addSecret(app.clientId(), null));
  }

  /**
   * A new app that may read its group memberships in Microsoft Graph: Directory.Read.All both calls
   * {@code transitiveMemberOf} and reads the groups' properties (a Graph permission, allowed).
   */
  private static EmulatorAdmin.App graphReader(String name) {
    EmulatorAdmin.App app = admin.newApp(name);
    admin.send("PUT", "/emulator/apps/" + app.clientId() + "/permissions", Map.of("permissions", List.of(GRAPH_READ)));
    return app;
  }

  private static final Map<String, Object> GRAPH_READ = Map.of("resource", GraphModule.AUDIENCE,
      "name", "Directory.Read.All", "type", "Application", "adminConsentGranted", true);

  private static DoctorSettings.Builder base(String clientId, String secret) {
    return DoctorSettings.builder()
        .tenant(emulator.tenantId())
        .clientId(clientId)
        .clientSecret(secret)
        .authorityHost(emulator.authorityHost())
        .apiEndpoint(emulator.powerBiApiUrl())
        .graphEndpoint(emulator.graphUrl())
        .workspaceId(workspaceWithModel)
        .scanTimeout(Duration.ofSeconds(30));
  }

  private static DoctorReport run(DoctorSettings.Builder settings) {
    return run(settings.build());
  }

  private static DoctorReport run(DoctorSettings settings) {
    return new Doctor(settings, Clock.systemUTC(), http).run();
  }

  /** Asserts {@code checkId} is the first failing check (with {@code code} unless null) and returns it. */
  private static CheckResult firstFailure(DoctorReport report, String checkId, String code) {
    CheckResult first = report.firstFailure().orElseThrow(() -> new AssertionError("no check failed: " + describe(report)));
    assertThat(first.id()).as(describe(report)).isEqualTo(checkId);
    if (code != null) {
      assertThat(first.code()).as(describe(report)).isEqualTo(code);
    }
    return first;
  }

  private static void assertNotBlamingCredentialsOrRoles(CheckResult result) {
    String all = String.join(" ", result.causes());
    assertThat(all).doesNotContain("Tenant.Read.All", "client secret", "AADSTS", "clock");
  }

  private static void assertNoSecretIn(DoctorReport report, String secret) {
    assertThat(new JsonReport().render(report)).doesNotContain(secret);
  }

  private static String describe(DoctorReport report) {
    List<String> lines = new ArrayList<>();
    report.results().forEach(r -> lines.add(r.status() + " " + r.id() + " " + r.code() + " — " + r.summary()));
    return String.join("\n", lines);
  }

  /** A workspace with a semantic model, found through the admin API as any admin would. */
  private static String findWorkspaceWithModel() {
    Sp sp = healthyApp();
    DoctorContext context = new DoctorContext(sp.settings().build(), Clock.systemUTC(), new Http(http));
    Observed token = TokenRequest.send(context, "v2", "scope", DoctorSettings.POWER_BI_RESOURCE + "/.default");
    String bearer = token.json().path("access_token").asText();
    Observed groups = context.http().get(
        URI.create(emulator.powerBiApiUrl() + "/v1.0/myorg/admin/groups?$top=100&$expand=datasets"), bearer);
    for (JsonNode group : groups.json().path("value")) {
      if (group.path("datasets").size() > 0 && "Workspace".equals(group.path("type").asText())) {
        return group.path("id").asText();
      }
    }
    throw new IllegalStateException("the demo tenant has no shared workspace with a semantic model: " + groups.describe());
  }
}
