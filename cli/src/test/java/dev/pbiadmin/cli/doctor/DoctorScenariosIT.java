package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.cli.auth.Connections;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.graph.GraphModule;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
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
 * API, runs the doctor as a user would (the same command-line options every command resolves:
 * {@code --emulator DIR}, {@code --client-id}, a secret in AZURE_CLIENT_SECRET or a user's
 * password), and asserts the first failing check, its cause code, cause and fix — and that no wrong
 * cause is named. Scenario apps may read Microsoft Graph (a minimal Graph module on the emulator)
 * unless a test says not.
 */
class DoctorScenariosIT {
  private static final String READ_ONLY = "AllowServicePrincipalsUseReadAdminAPIs";
  private static final String FABRIC_APIS = "ServicePrincipalAccess";
  private static final String METADATA = "AdminApisIncludeDetailedMetadata";
  private static final String EXPRESSIONS = "AdminApisIncludeExpressions";
  private static final List<String> SETTINGS =
      List.of(READ_ONLY, FABRIC_APIS, METADATA, EXPRESSIONS);
  private static final String POWER_BI = "https://analysis.windows.net/powerbi/api";

  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(12).build();

  private static Emulator emulator;
  private static HttpClient http;
  private static EmulatorAdmin admin;
  private static String readersGroup;
  private static String workspaceWithModel;
  private static User fabricAdmin;
  private static EmulatorAdmin.App adminApp;
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
      Map<String, Object> body =
          Map.of(
              "enabled",
              true,
              "enabledSecurityGroups",
              List.of(readersGroup),
              "excludedSecurityGroups",
              List.of());
      admin.putSetting(name, body);
      baseline.put(name, body);
    }
    workspaceWithModel = findWorkspaceWithModel();
    // The admin identity of --as-admin: a Fabric administrator signing in to a public client.
    fabricAdmin = newUser(true);
    adminApp = adminClient("doctor-admin-view");
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
    assertThat(report.results())
        .allSatisfy(r -> assertThat(r.status()).isIn(Status.PASS, Status.SKIPPED));
    assertThat(report.result("admin").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(report.result("metadata").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(report.result("graph").orElseThrow().summary())
        .contains("\"pbiadmin readers\" (Security)");
    assertThat(report.exitCode()).isZero();
  }

  // ---- token acquisition ----

  @Test
  void wrongSecret_tokenFailsWithNewSecretFix() {
    Sp sp = healthyApp();
    DoctorReport report =
        run(
            settings(
                Map.of("AZURE_CLIENT_SECRET", "not-the-secret-value-at-all~123456789"),
                "--client-id",
                sp.clientId));
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
    String secret =
        admin.addSecret(app.clientId(), Instant.now().minus(Duration.ofDays(2)).toString());
    DoctorReport report = run(app.clientId(), secret);
    CheckResult first = firstFailure(report, "token", "AADSTS7000222");
    assertThat(first.causes().get(0)).contains("expired").doesNotContain("Wrong client secret");
    assertNoSecretIn(report, secret);
  }

  @Test
  void unknownClientId_tokenFailsNamingTheApp() {
    String stranger = UUID.randomUUID().toString();
    CheckResult first =
        firstFailure(run(stranger, "whatever-secret-value~0123456789"), "token", "AADSTS700016");
    assertThat(first.causes().get(0)).contains(stranger);
    assertThat(first.fix().get(0)).contains("Application (client) ID");
  }

  @Test
  void unknownTenant_tokenFailsAsTenantNotFound() {
    Sp sp = healthyApp();
    CheckResult first =
        firstFailure(
            run(sp.settings("--tenant", "no-such-tenant.onmicrosoft.com")), "token", "AADSTS90002");
    assertThat(first.causes().get(0)).contains("no-such-tenant.onmicrosoft.com");
  }

  @Test
  void commonAuthority_configFailsAndEntraConfirmsWithAadsts9001023() {
    Sp sp = healthyApp();
    DoctorReport report = run(sp.settings("--tenant", "common"));
    firstFailure(report, "config", "MultiTenantAuthority");
    assertThat(report.result("token").orElseThrow().code()).isEqualTo("AADSTS9001023");
  }

  @Test
  void organizationsAuthority_configFailsAsMultiTenant() {
    Sp sp = healthyApp();
    CheckResult first =
        firstFailure(
            run(sp.settings("--tenant", "organizations")), "config", "MultiTenantAuthority");
    assertThat(first.causes().get(0)).contains("tenant-specific authority");
  }

  @Test
  void scopeWithoutDefault_tokenFailsAndV1ProvesTheAppIsFine() {
    Sp sp = healthyApp();
    DoctorReport report = run(sp.settings().withScope(POWER_BI + "/Tenant.Read.All"));
    CheckResult first = firstFailure(report, "token", "AADSTS1002012");
    assertThat(first.causes().get(0)).contains("/.default");
    assertThat(first.evidence()).anyMatch(e -> e.startsWith("v1 vs v2"));
    assertThat(first.evidence())
        .anyMatch(e -> e.contains("v1 endpoint with resource=") && e.contains("→ 200"));
  }

  @Test
  void scopeForGraph_claimsFailAsWrongAudience() {
    Sp sp = healthyApp();
    DoctorReport report = run(sp.settings().withScope("https://graph.microsoft.com/.default"));
    CheckResult first = firstFailure(report, "claims", "AudienceNotPowerBi");
    assertThat(first.evidence()).contains("aud = https://graph.microsoft.com");
  }

  @Test
  void
      graphAudienceTokenWithGraphRoles_claimsFailOnAudienceAndNeverCallGraphRolesPowerBiPermissions() {
    Sp sp = healthyApp(); // holds the Graph application permission Directory.Read.All
    DoctorReport report = run(sp.settings().withScope("https://graph.microsoft.com/.default"));
    CheckResult first = firstFailure(report, "claims", "AudienceNotPowerBi");
    assertThat(first.evidence())
        .anyMatch(e -> e.contains("Directory.Read.All") && e.contains("not Power BI permissions"));
    assertThat(String.join(" ", first.causes()) + String.join(" ", first.fix()))
        .doesNotContain("Directory.Read.All", "Revoke admin consent", "Remove permission");
    assertThat(report.result("admin").orElseThrow().status()).isEqualTo(Status.SKIPPED);
  }

  @Test
  void certificateNotUploaded_tokenFailsWithUploadFix() throws Exception {
    Sp sp = healthyApp();
    Path pem =
        TestCertificates.write(
            dir,
            "stray",
            Instant.now().minus(Duration.ofDays(1)),
            Instant.now().plus(Duration.ofDays(90)),
            true);
    CheckResult first =
        firstFailure(run(sp.settings("--certificate", pem.toString())), "token", "AADSTS700027");
    assertThat(first.fix()).anyMatch(f -> f.contains("Upload certificate"));
    assertThat(first.evidence())
        .anyMatch(
            e ->
                e.startsWith("local certificate: thumbprint SHA-1 hex")
                    && e.contains("x5t#S256 (SHA-256, base64url)"));
  }

  @Test
  void certificateExpired_configFailsBeforeAnyRequest() throws Exception {
    Sp sp = healthyApp();
    Path pem =
        TestCertificates.write(
            dir,
            "old",
            Instant.now().minus(Duration.ofDays(400)),
            Instant.now().minus(Duration.ofDays(1)),
            true);
    firstFailure(
        run(sp.settings("--certificate", pem.toString())), "config", "CertificateOutsideValidity");
  }

  // ---- token contents ----

  @Test
  void tenantReadAllWithAdminConsent_claimsFailWithRemoveAndRevoke() {
    Sp sp = healthyApp();
    admin.send(
        "PUT",
        "/emulator/apps/" + sp.clientId + "/permissions",
        Map.of(
            "permissions",
            List.of(
                GRAPH_READ,
                Map.of(
                    "resource",
                    POWER_BI,
                    "name",
                    "Tenant.Read.All",
                    "type",
                    "Application",
                    "adminConsentGranted",
                    true))));
    DoctorReport report = run(sp.settings());
    CheckResult first = firstFailure(report, "claims", "PowerBiRolesInToken");
    assertThat(String.join(" ", first.fix()))
        .contains("API permissions", "Revoke admin consent", "Remove permission");
    CheckResult adminProbe = report.result("admin").orElseThrow();
    assertThat(adminProbe.status()).isEqualTo(Status.FAIL);
    assertThat(adminProbe.causes().get(0)).contains("Tenant.Read.All");
  }

  @Test
  void localClockTwoHoursAhead_claimsFailBlamingTheClock() {
    Sp sp = healthyApp();
    Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
    DoctorReport report = new Doctor(sp.settings(), ahead).run();
    CheckResult first = firstFailure(report, "claims", "TokenExpiredOnArrival");
    assertThat(first.fix()).anyMatch(f -> f.contains("clock"));
  }

  // ---- admin probe ----

  @Test
  void readOnlySettingDisabled_adminFailsNamingTheSetting() {
    Sp sp = healthyApp();
    admin.putSetting(READ_ONLY, Map.of("enabled", false));
    CheckResult first =
        firstFailure(run(sp.settings()), "admin", "ReadOnlyAdminApisSettingNotApplied");
    assertThat(first.causes().get(0))
        .contains(
            "Service principals can access read-only admin APIs",
            "disabled",
            "\"pbiadmin readers\" (Security)");
    assertThat(first.fix()).anyMatch(f -> f.contains("Admin API settings"));
    assertThat(first.causes())
        .doesNotContain(AdminCauses.GROUP_TYPE, AdminCauses.ADD_GROUP_NOT_APP);
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void readOnlySettingDisabledAndNoGraphAccess_adminListsEveryRemainingCause() {
    EmulatorAdmin.App app = admin.newApp("doctor-no-graph");
    admin.addMember(readersGroup, app.servicePrincipalId());
    String secret = admin.addSecret(app.clientId(), null);
    admin.putSetting(READ_ONLY, Map.of("enabled", false));
    DoctorReport report = run(app.clientId(), secret);
    CheckResult first = firstFailure(report, "admin", "ReadOnlyAdminApisSettingNotApplied");
    assertThat(first.causes())
        .containsExactly(
            AdminCauses.NOT_ADMITTED,
            AdminCauses.ADD_GROUP_NOT_APP,
            AdminCauses.GROUP_TYPE,
            AdminCauses.PROPAGATION);
    assertThat(report.result("graph").orElseThrow().status()).isEqualTo(Status.SKIPPED);
    assertThat(report.result("graph").orElseThrow().summary()).contains("Application.Read.All");
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void servicePrincipalInNoGroup_adminFailsSayingAddTheGroup() {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-lonely");
    String secret = admin.addSecret(app.clientId(), null);
    DoctorReport report = run(app.clientId(), secret);
    CheckResult first = firstFailure(report, "admin", "NotInAnySecurityGroup");
    assertThat(first.causes())
        .singleElement()
        .asString()
        .contains("not a member of any group", "add the group, not the app");
    assertThat(first.fix()).anyMatch(f -> f.contains("Group type \"Security\""));
    assertThat(report.result("graph").orElseThrow().status()).isEqualTo(Status.WARN);
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void servicePrincipalListedDirectlyInSetting_adminFailsSayingAddTheGroupNotTheApp() {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-direct");
    String secret = admin.addSecret(app.clientId(), null);
    admin.putSetting(
        READ_ONLY,
        Map.of(
            "enabled",
            true,
            "enabledSecurityGroups",
            List.of(readersGroup, app.servicePrincipalId())));
    CheckResult first = firstFailure(run(app.clientId(), secret), "admin", "NotInAnySecurityGroup");
    assertThat(first.causes()).singleElement().asString().contains("add the group, not the app");
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void microsoft365Group_adminFailsSayingGroupTypeMustBeSecurity() {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-m365");
    String secret = admin.addSecret(app.clientId(), null);
    String m365 = admin.newGroup("BI team", "Microsoft365", app.servicePrincipalId());
    admin.putSetting(
        READ_ONLY, Map.of("enabled", true, "enabledSecurityGroups", List.of(readersGroup, m365)));
    CheckResult first =
        firstFailure(run(app.clientId(), secret), "admin", "OnlyMicrosoft365Groups");
    assertThat(first.causes())
        .singleElement()
        .asString()
        .contains("\"BI team\" (Microsoft 365)", "Only groups of type Security");
    assertNotBlamingCredentialsOrRoles(first);
  }

  /**
   * A service principal in the enabled "pbiadmin readers" and in {@code excluded}, excepted from
   * the setting.
   */
  private static Sp inEnabledAndExcluded(String excluded) {
    Sp sp = healthyApp();
    String blocked = admin.newGroup(excluded, "Security", sp.servicePrincipalId);
    admin.putSetting(
        READ_ONLY,
        Map.of(
            "enabled",
            true,
            "enabledSecurityGroups",
            List.of(readersGroup),
            "excludedSecurityGroups",
            List.of(blocked)));
    return sp;
  }

  @Test
  void inEnabledAndExcludedGroup_adminFailsNamingTheExceptionFirst() {
    Sp sp = inEnabledAndExcluded("no admin APIs");
    CheckResult first = firstFailure(run(sp.settings()), "admin", "ExcludedSecurityGroup");
    assertThat(first.causes().get(0))
        .contains(
            "Except specific security groups",
            "\"no admin APIs\" (Security)",
            "\"pbiadmin readers\" (Security)");
    assertThat(first.fix().get(0)).contains("Except specific security groups");
    assertThat(first.causes()).noneMatch(c -> c.contains("Microsoft 365"));
    assertNotBlamingCredentialsOrRoles(first);
  }

  /**
   * {@link #inEnabledAndExcluded} for an app that may not read Microsoft Graph; its doctor
   * settings.
   */
  private static DoctorSettings inEnabledAndExcludedWithoutGraph(String appName, String excluded) {
    EmulatorAdmin.App app = admin.newApp(appName);
    admin.addMember(readersGroup, app.servicePrincipalId());
    String blocked = admin.newGroup(excluded, "Security", app.servicePrincipalId());
    admin.putSetting(
        READ_ONLY,
        Map.of(
            "enabled",
            true,
            "enabledSecurityGroups",
            List.of(readersGroup),
            "excludedSecurityGroups",
            List.of(blocked)));
    return settings(
        Map.of("AZURE_CLIENT_SECRET", admin.addSecret(app.clientId(), null)),
        "--client-id",
        app.clientId());
  }

  @Test
  void inEnabledAndExcludedGroupWithoutGraph_firstCauseNamesTheExceptionFirst() {
    CheckResult first =
        firstFailure(
            run(
                inEnabledAndExcludedWithoutGraph(
                    "doctor-excluded-no-graph", "no admin APIs either")),
            "admin",
            "ReadOnlyAdminApisSettingNotApplied");
    assertThat(first.causes().get(0))
        .isEqualTo(AdminCauses.NOT_ADMITTED)
        .containsSubsequence("Except specific security groups", "disabled");
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void microsoft365GroupAndUnrelatedSecurityGroup_keepsTheMicrosoft365CauseFirst() {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-m365-and-security");
    String secret = admin.addSecret(app.clientId(), null);
    String m365 = admin.newGroup("BI team 2", "Microsoft365", app.servicePrincipalId());
    admin.newGroup("VPN users", "Security", app.servicePrincipalId());
    admin.putSetting(
        READ_ONLY, Map.of("enabled", true, "enabledSecurityGroups", List.of(readersGroup, m365)));
    CheckResult first =
        firstFailure(run(app.clientId(), secret), "admin", "Microsoft365GroupInSetting");
    assertThat(first.causes().get(0)).contains("\"BI team 2\" (Microsoft 365)");
    assertThat(first.causes()).anyMatch(c -> c.contains("\"VPN users\" (Security)"));
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void nestedGroupEnabled_healthyAndGraphShowsTheNesting() {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-nested-ok");
    String secret = admin.addSecret(app.clientId(), null);
    String inner = admin.newGroup("inner", "Security", app.servicePrincipalId());
    String outer =
        admin.newGroupOf("outer", "Security", List.of(Map.of("kind", "Group", "id", inner)));
    for (String name : SETTINGS) {
      admin.putSetting(name, Map.of("enabled", true, "enabledSecurityGroups", List.of(outer)));
    }
    DoctorSettings settings =
        settings(Map.of("AZURE_CLIENT_SECRET", secret), "--client-id", app.clientId());
    DoctorReport report = run(settings);
    assertThat(report.healthy()).as(describe(report)).isTrue();
    assertThat(report.result("graph").orElseThrow().summary())
        .contains("\"inner\" (Security)", "\"outer\" (Security, through a nested group)");
    // --as-admin: the setting admits it through the nesting
    DoctorReport asAdmin = run(asAdmin(settings));
    assertThat(asAdmin.healthy()).as(describe(asAdmin)).isTrue();
    assertThat(asAdmin.result("settings").orElseThrow().evidence())
        .anyMatch(
            e -> e.contains("is in \"outer\" (through a nested group)") && e.endsWith("→ admits"));
  }

  @Test
  void nestedGroupExcluded_adminFailsNamingTheExceptionAndTheNesting() {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-nested-excluded");
    String secret = admin.addSecret(app.clientId(), null);
    admin.addMember(readersGroup, app.servicePrincipalId());
    String inner = admin.newGroup("contractors", "Security", app.servicePrincipalId());
    String outer =
        admin.newGroupOf("all external", "Security", List.of(Map.of("kind", "Group", "id", inner)));
    admin.putSetting(
        READ_ONLY,
        Map.of(
            "enabled",
            true,
            "enabledSecurityGroups",
            List.of(readersGroup),
            "excludedSecurityGroups",
            List.of(outer)));
    DoctorSettings settings =
        settings(Map.of("AZURE_CLIENT_SECRET", secret), "--client-id", app.clientId());
    CheckResult first = firstFailure(run(settings), "admin", "ExcludedSecurityGroup");
    assertThat(first.causes().get(0))
        .contains("3 security groups", "\"all external\" (Security, through a nested group)");
    assertNotBlamingCredentialsOrRoles(first);
    // --as-admin: the excluded outer group, reached through the nesting, as a fact
    CheckResult proven = firstFailure(run(asAdmin(settings)), "admin", "ExcludedSecurityGroup");
    assertThat(proven.causes())
        .singleElement()
        .asString()
        .contains(
            "this service principal is in \"pbiadmin readers\""
                + " but also in the excluded group \"all external\" (through a nested group)");
  }

  @Test
  void graphWithPartialPermissions_groupsShownAsUnknownNeverAsFacts() {
    EmulatorAdmin.App app = admin.newApp("doctor-partial-graph");
    admin.send(
        "PUT",
        "/emulator/apps/" + app.clientId() + "/permissions",
        Map.of(
            "permissions",
            List.of(
                Map.of(
                    "resource",
                    GraphModule.AUDIENCE,
                    "name",
                    "Application.Read.All",
                    "type",
                    "Application",
                    "adminConsentGranted",
                    true))));
    String secret = admin.addSecret(app.clientId(), null);
    String m365 = admin.newGroup("BI team 3", "Microsoft365", app.servicePrincipalId());
    admin.putSetting(
        READ_ONLY, Map.of("enabled", true, "enabledSecurityGroups", List.of(readersGroup, m365)));
    DoctorSettings settings =
        settings(Map.of("AZURE_CLIENT_SECRET", secret), "--client-id", app.clientId());
    // --as-admin: the admin identity's Graph tells the Microsoft 365 group apart
    CheckResult proven =
        firstFailure(run(asAdmin(settings)), "admin", "Microsoft365GroupInSetting");
    assertThat(proven.causes())
        .singleElement()
        .asString()
        .contains(
            "this service principal is in \"BI team 3\"" + " (Microsoft 365)",
            "only groups of type Security count");
    DoctorReport report = run(settings);
    CheckResult first = firstFailure(report, "admin", "ReadOnlyAdminApisSettingNotApplied");
    String all = String.join(" ", first.causes()) + String.join(" ", first.evidence());
    assertThat(all)
        .contains("group " + m365 + " (name unknown) (type unknown)")
        .doesNotContain("\"null\"", "BI team 3", "(Security)");
    assertThat(first.causes()).anyMatch(c -> c.contains("Microsoft 365"));
    CheckResult graph = report.result("graph").orElseThrow();
    assertThat(graph.status()).isEqualTo(Status.WARN);
    assertThat(graph.code()).isEqualTo("GroupDetailsUnknown");
    assertThat(graph.fix().get(0)).contains("GroupMember.Read.All");
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
    assertThat(report.result("admin").orElseThrow().evidence())
        .anyMatch(e -> e.contains("only \"Service principals can use Fabric APIs\" is missing"));
    assertThat(report.healthy()).isTrue();
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void adminProbeThrottled_failsNamingTheLimitAndRetryAfter() {
    Sp sp = healthyApp();
    admin.send(
        "PUT",
        "/emulator/faults",
        Map.of(
            "rules",
            List.of(
                Map.of(
                    "route",
                    "Admin_GetCapacitiesAsAdmin",
                    "throttleCount",
                    1,
                    "throttleRetryAfterSeconds",
                    1800))));
    DoctorReport report = run(sp.settings());
    CheckResult first = firstFailure(report, "admin", DoctorReport.THROTTLED_CODE);
    assertThat(first.causes().get(0))
        .contains("GetCapacitiesAsAdmin allows 200 requests per hour", "1800 s");
    assertThat(report.exitCode()).isEqualTo(DoctorReport.THROTTLED);
  }

  @Test
  void healthyRun_spendsNoGetModifiedWorkspacesCallAndSaysWhatItSpent() {
    Sp sp = healthyApp();
    admin.send("DELETE", "/emulator/requests", null);
    DoctorReport report = run(sp.settings().withWorkspace(null));
    assertThat(report.healthy()).as(describe(report)).isTrue();
    JsonNode log = admin.send("GET", "/emulator/requests?limit=1000", null);
    assertThat(log.toString())
        .doesNotContain("GetModifiedWorkspaces")
        .contains("Admin_GetCapacitiesAsAdmin");
    assertThat(report.result("admin").orElseThrow().evidence())
        .anyMatch(e -> e.contains("200 calls an hour"));
    assertThat(report.result("scanner").orElseThrow().evidence())
        .anyMatch(e -> e.startsWith("spent:"));
    assertThat(report.result("metadata").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  // ---- signed-in user (master account) ----

  @Test
  void masterAccountWithEmulatorDemoApp_signsInAsTheUserNotTheDemoServicePrincipal() {
    DemoCredentials demo = emulator.demo().orElseThrow();
    DoctorReport report =
        run(
            settings(
                Map.of("PBIADMIN_PASSWORD", demo.adminPassword()),
                "--auth",
                "master-account-password",
                "--username",
                demo.adminUserPrincipalName()));
    assertThat(report.healthy()).as(describe(report)).isTrue();
    assertThat(report.result("claims").orElseThrow().summary())
        .contains("delegated token for " + demo.adminUserPrincipalName());
    assertThat(report.result("api").orElseThrow().status()).isEqualTo(Status.SKIPPED);
    assertThat(report.result("graph").orElseThrow().summary()).contains("needs no security group");
  }

  @Test
  void delegatedNonAdmin_adminFailsSayingTheUserIsNotAFabricAdministrator() {
    User user = newUser(false);
    EmulatorAdmin.App app = publicClient("doctor-delegated", "Tenant.Read.All");
    DoctorReport report = runAs(user.upn(), user.password(), app);
    CheckResult first = firstFailure(report, "admin", "NotFabricAdministrator");
    assertThat(first.causes().get(0)).contains(user.upn(), "Fabric Administrator");
    assertThat(String.join(" ", first.causes()) + String.join(" ", first.fix()))
        .doesNotContain("security group", "Service principals can use");
    assertThat(report.result("claims").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(report.exitCode()).isEqualTo(DoctorReport.NOT_AUTHORIZED);
  }

  @Test
  void delegatedAdminWithoutTheScope_claimsFailNamingTenantReadAll() {
    User user = newUser(true);
    EmulatorAdmin.App app = publicClient("doctor-delegated-no-scope", "Dataset.Read.All");
    DoctorReport report = runAs(user.upn(), user.password(), app);
    CheckResult first = firstFailure(report, "claims", "DelegatedScopeMissing");
    assertThat(first.causes().get(0)).contains("Tenant.Read.All", "Dataset.Read.All");
    assertThat(report.result("admin").orElseThrow().code()).isEqualTo("DelegatedScopeMissing");
  }

  @Test
  void masterAccountWrongPassword_tokenFailsOnTheUsersSignIn() {
    User user = newUser(true);
    EmulatorAdmin.App app = publicClient("doctor-delegated-wrong-password", "Tenant.Read.All");
    DoctorReport report = runAs(user.upn(), "Not-The-Password-1", app);
    CheckResult first = firstFailure(report, "token", "AADSTS50126");
    assertThat(first.causes().get(0)).contains("Wrong user name or password", user.upn());
    assertNoSecretIn(report, "Not-The-Password-1");
  }

  // ---- with --as-admin: the tenant settings read by a Fabric administrator ----

  @Test
  void asAdmin_healthy_settingsCheckPassesReadingEveryDecisiveSetting() {
    DoctorReport report = run(asAdmin(healthyApp().settings()));
    assertThat(report.healthy()).as(describe(report)).isTrue();
    CheckResult settings = report.result("settings").orElseThrow();
    assertThat(settings.status()).isEqualTo(Status.PASS);
    assertThat(settings.evidence())
        .anyMatch(
            e ->
                e.startsWith(
                        "\"Service principals can access read-only admin APIs\""
                            + " (AllowServicePrincipalsUseReadAdminAPIs) is enabled for \"pbiadmin"
                            + " readers\"")
                    && e.endsWith("→ admits"))
        .anyMatch(e -> e.contains("\"Service principals can call Fabric public APIs\""))
        .anyMatch(e -> e.contains("(AdminApisIncludeDetailedMetadata)"))
        .anyMatch(e -> e.contains("(AdminApisIncludeExpressions)"));
    assertThat(report.fix()).isEmpty();
  }

  @Test
  void asAdmin_inEnabledAndExcludedGroup_statesBothGroupsAsFactAndTheExactChange()
      throws Exception {
    Sp sp = inEnabledAndExcluded("no admin APIs (admin view)");
    DoctorReport report = run(asAdmin(sp.settings()));
    CheckResult first = firstFailure(report, "admin", "ExcludedSecurityGroup");
    assertThat(first.causes())
        .singleElement()
        .asString()
        .contains(
            "is enabled for \"pbiadmin readers\", except \"no admin APIs (admin view)\"; this"
                + " service principal is in \"pbiadmin readers\" but also in the excluded group"
                + " \"no admin APIs (admin view)\"");
    assertThat(first.fix().get(0))
        .startsWith(
            "Exact change: remove \"no admin APIs (admin view)\" from \"Except"
                + " specific security groups\"")
        .contains("POST /v1/admin/tenantsettings/AllowServicePrincipalsUseReadAdminAPIs/update");
    assertThat(report.fix().orElseThrow().change().request().excludedSecurityGroups()).isNull();
    assertThat(report.result("settings").orElseThrow().code()).isEqualTo("SettingChangeProposed");
    JsonNode json = Fixtures.JSON.readTree(new JsonReport().render(report));
    assertThat(json.path("proposedChange").path("settingName").asText()).isEqualTo(READ_ONLY);
    assertThat(
            json.path("proposedChange")
                .path("request")
                .path("enabledSecurityGroups")
                .get(0)
                .path("graphId")
                .asText())
        .isEqualTo(readersGroup);
    assertThat(json.path("checks").get(8).path("id").asText()).isEqualTo("settings");
    assertNotBlamingCredentialsOrRoles(first);
  }

  @Test
  void
      asAdmin_inEnabledAndExcludedGroupWithoutGraph_theAdminsGraphResolvesTheGroupsAndNamesTheException() {
    DoctorSettings settings =
        inEnabledAndExcludedWithoutGraph(
            "doctor-excluded-no-graph-admin", "blocked, seen by the admin");
    firstFailure(run(settings), "admin", "ReadOnlyAdminApisSettingNotApplied");
    CheckResult first = firstFailure(run(asAdmin(settings)), "admin", "ExcludedSecurityGroup");
    assertThat(first.causes().get(0))
        .contains("also in the excluded group \"blocked, seen by the admin\"");
    assertThat(first.evidence())
        .anyMatch(e -> e.startsWith("Microsoft Graph as the admin identity:"));
  }

  @Test
  void asAdmin_settingDisabled_saysDisabledAndProposesEnablingItForTheServicePrincipalsGroup() {
    Sp sp = healthyApp();
    admin.putSetting(READ_ONLY, Map.of("enabled", false));
    DoctorReport report = run(asAdmin(sp.settings()));
    CheckResult first = firstFailure(report, "admin", "ReadOnlyAdminApisSettingDisabled");
    assertThat(first.causes())
        .singleElement()
        .asString()
        .endsWith("(AllowServicePrincipalsUseReadAdminAPIs) is disabled.");
    assertThat(report.fix().orElseThrow().change().request().enabled()).isTrue();
    assertThat(report.fix().orElseThrow().change().request().enabledSecurityGroups())
        .anyMatch(g -> g.graphId().equals(readersGroup));
  }

  @Test
  void asAdmin_onlyMicrosoft365Group_namesTheGroupInTheSetting() {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-m365-admin");
    String m365 = admin.newGroup("BI team 4", "Microsoft365", app.servicePrincipalId());
    admin.newGroup("VPN users 2", "Security", app.servicePrincipalId());
    admin.putSetting(
        READ_ONLY, Map.of("enabled", true, "enabledSecurityGroups", List.of(readersGroup, m365)));
    DoctorSettings settings =
        settings(
            Map.of("AZURE_CLIENT_SECRET", admin.addSecret(app.clientId(), null)),
            "--client-id",
            app.clientId());
    firstFailure(run(settings), "admin", "Microsoft365GroupInSetting");
    CheckResult first = firstFailure(run(asAdmin(settings)), "admin", "Microsoft365GroupInSetting");
    assertThat(first.causes().get(0))
        .contains("\"BI team 4\" (Microsoft 365)")
        .doesNotContain("VPN users 2");
  }

  @Test
  void asAdmin_servicePrincipalInNoGroup_factSaysInNoGroupAtAll() {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-lonely-admin");
    DoctorReport report =
        run(
            asAdmin(
                settings(
                    Map.of("AZURE_CLIENT_SECRET", admin.addSecret(app.clientId(), null)),
                    "--client-id",
                    app.clientId())));
    CheckResult first = firstFailure(report, "admin", "NotInAnySecurityGroup");
    assertThat(first.causes().get(0))
        .contains("is enabled for \"pbiadmin readers\"", "it is in no group at all");
    assertThat(report.fix()).isEmpty();
    assertThat(report.result("settings").orElseThrow().code())
        .isEqualTo("SettingNeedsManualChange");
  }

  @Test
  void asAdmin_graphAudienceTokenWithGraphRoles_claimsStillFailOnAudience() {
    Sp sp = healthyApp();
    DoctorReport report =
        run(asAdmin(sp.settings().withScope("https://graph.microsoft.com/.default")));
    CheckResult first = firstFailure(report, "claims", "AudienceNotPowerBi");
    assertThat(String.join(" ", first.causes())).doesNotContain("Directory.Read.All");
    assertThat(report.result("settings").orElseThrow().status()).isEqualTo(Status.PASS);
  }

  @Test
  void asAdmin_delegatedNonAdmin_stillNotAFabricAdministratorAndTheSettingsAreSaidNotToDecide() {
    User user = newUser(false);
    EmulatorAdmin.App app = publicClient("doctor-delegated-admin-view", "Tenant.Read.All");
    DoctorReport report = run(asAdmin(runAsSettings(user.upn(), user.password(), app)));
    CheckResult first = firstFailure(report, "admin", "NotFabricAdministrator");
    assertThat(first.causes().get(0)).contains(user.upn());
    assertThat(report.result("settings").orElseThrow().summary()).contains("not a user");
  }

  @Test
  void asAdmin_delegatedAdminWithoutTheScope_claimsStillNameTheMissingScope() {
    User user = newUser(true);
    EmulatorAdmin.App app = publicClient("doctor-delegated-no-scope-admin", "Dataset.Read.All");
    DoctorReport report = run(asAdmin(runAsSettings(user.upn(), user.password(), app)));
    firstFailure(report, "claims", "DelegatedScopeMissing");
    assertThat(report.result("admin").orElseThrow().code()).isEqualTo("DelegatedScopeMissing");
  }

  @Test
  void asAdmin_adminIdentityNotAFabricAdministrator_reportedAsRefusedAndTheRankedCausesStand() {
    Sp sp = inEnabledAndExcluded("no admin APIs (refused admin)");
    DoctorReport report = run(asAdmin(sp.settings(), newUser(false)));
    CheckResult first = firstFailure(report, "admin", "ExcludedSecurityGroup");
    assertThat(first.evidence())
        .anyMatch(
            e ->
                e.startsWith(
                    "tenant settings not read: the Fabric API refused the admin"
                        + " identity (403"));
    CheckResult settings = report.result("settings").orElseThrow();
    assertThat(settings.status()).isEqualTo(Status.WARN);
    assertThat(settings.code()).isEqualTo("AdminIdentityRefused");
    assertThat(report.fix()).isEmpty();
  }

  @Test
  void asAdmin_adminPasswordWrong_reportedAsSignInFailedNeverACrash() {
    Sp sp = healthyApp();
    DoctorReport report =
        run(asAdmin(sp.settings(), new User(fabricAdmin.upn(), "Not-The-Password-2")));
    assertThat(report.healthy()).as(describe(report)).isTrue();
    CheckResult settings = report.result("settings").orElseThrow();
    assertThat(settings.code()).isEqualTo("AdminSignInFailed");
    assertThat(settings.causes().get(0)).contains("AADSTS50126");
    assertNoSecretIn(report, "Not-The-Password-2");
  }

  @Test
  void asAdmin_detailedMetadataEnabledForAnotherGroup_warningStatesWhichGroupAndTheChange() {
    Sp sp = healthyApp();
    String others = admin.newGroup("metadata readers", "Security");
    admin.putSetting(METADATA, Map.of("enabled", true, "enabledSecurityGroups", List.of(others)));
    admin.putSetting(EXPRESSIONS, Map.of("enabled", false));
    DoctorReport report = run(asAdmin(sp.settings()));
    CheckResult metadata = report.result("metadata").orElseThrow();
    assertThat(metadata.status()).isEqualTo(Status.WARN);
    assertThat(metadata.code()).isEqualTo("DetailedMetadataOff");
    assertThat(metadata.causes())
        .singleElement()
        .asString()
        .contains(
            "(AdminApisIncludeDetailedMetadata) is enabled for"
                + " \"metadata readers\"; this service principal is in none of them");
    assertThat(metadata.fix().get(0))
        .startsWith("Exact change: add the security group \"pbiadmin readers\"");
    assertThat(report.exitCode()).isZero();
    assertThat(report.fix().orElseThrow().change().settingName()).isEqualTo(METADATA);
  }

  // ---- metadata ----

  @Test
  void detailedMetadataOff_healthyWithAWarningNamingTheSetting() {
    Sp sp = healthyApp();
    admin.putSetting(METADATA, Map.of("enabled", false));
    admin.putSetting(EXPRESSIONS, Map.of("enabled", false));
    DoctorReport report = run(sp.settings());
    CheckResult metadata = report.result("metadata").orElseThrow();
    assertThat(metadata.status()).isEqualTo(Status.WARN);
    assertThat(metadata.code()).isEqualTo("DetailedMetadataOff");
    assertThat(metadata.causes().get(0))
        .contains("Enhance admin APIs responses with detailed metadata");
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void detailedMetadataOffStrict_metadataFailsWithExitCode4() {
    Sp sp = healthyApp();
    admin.putSetting(METADATA, Map.of("enabled", false));
    admin.putSetting(EXPRESSIONS, Map.of("enabled", false));
    DoctorReport report = run(sp.settings().withStrict(true));
    firstFailure(report, "metadata", "DetailedMetadataOff");
    assertThat(report.exitCode()).isEqualTo(DoctorReport.NOT_AUTHORIZED);
  }

  @Test
  void expressionsOff_metadataWarnsNamingTheExpressionsSetting() {
    Sp sp = healthyApp();
    admin.putSetting(EXPRESSIONS, Map.of("enabled", false));
    CheckResult metadata = run(sp.settings()).result("metadata").orElseThrow();
    assertThat(metadata.code()).isEqualTo("ExpressionsOff");
    assertThat(metadata.causes().get(0))
        .contains("Enhance admin APIs responses with DAX and mashup expressions");
  }

  // ---- connection options, the same as every command's ----

  @Test
  void secretFromEnvironmentWithTrailingNewline_trimmedWarnedAndHealthy() {
    Sp sp = healthyApp();
    DoctorReport report =
        run(settings(Map.of("AZURE_CLIENT_SECRET", sp.secret + "\n"), "--client-id", sp.clientId));
    assertThat(report.healthy()).as(describe(report)).isTrue();
    assertThat(report.result("config").orElseThrow().code()).isEqualTo("SecretWhitespaceTrimmed");
  }

  @Test
  void emptySecretFile_configFailsWithTheUsageExitCodeEveryCommandUses() throws Exception {
    Sp sp = healthyApp();
    Path empty = Files.writeString(dir.resolve("empty-secret"), "");
    DoctorReport report =
        run(
            settings(
                Map.of(), "--client-id", sp.clientId, "--client-secret-file", empty.toString()));
    firstFailure(report, "config", "SecretUnreadable");
    assertThat(report.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(report.result("token").orElseThrow().status()).isEqualTo(Status.SKIPPED);
  }

  // ---- helpers ----

  private record Sp(String clientId, String servicePrincipalId, String secret) {
    /** This service principal with its secret in AZURE_CLIENT_SECRET, plus {@code more} options. */
    DoctorSettings settings(String... more) {
      List<String> args = new ArrayList<>(List.of("--client-id", clientId));
      args.addAll(List.of(more));
      return DoctorScenariosIT.settings(
          Map.of("AZURE_CLIENT_SECRET", secret), args.toArray(String[]::new));
    }
  }

  private record User(String upn, String password) {}

  /** A user who may sign in with a password, a Fabric administrator or not. */
  private static User newUser(boolean fabricAdministrator) {
    String upn =
        "doctor-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "@"
            + emulator.info().tenantDomain();
    String password = "Pw-" + UUID.randomUUID();
    admin.send(
        "PUT",
        "/emulator/users/" + UUID.randomUUID(),
        Map.of(
            "userPrincipalName",
            upn,
            "password",
            password,
            "fabricAdministrator",
            fabricAdministrator));
    return new User(upn, password);
  }

  /**
   * The doctor as {@code upn} signing in to {@code app} with {@code password} (PBIADMIN_PASSWORD).
   */
  private static DoctorReport runAs(String upn, String password, EmulatorAdmin.App app) {
    return run(runAsSettings(upn, password, app));
  }

  private static DoctorSettings runAsSettings(String upn, String password, EmulatorAdmin.App app) {
    return settings(
        Map.of("PBIADMIN_PASSWORD", password),
        "--auth",
        "master-account-password",
        "--username",
        upn,
        "--client-id",
        app.clientId());
  }

  /** {@code settings} with the Fabric administrator as the admin identity ({@code --as-admin}). */
  private static DoctorSettings asAdmin(DoctorSettings settings) {
    return asAdmin(settings, fabricAdmin);
  }

  /** {@code settings} with {@code who} signing in by password as the admin identity. */
  private static DoctorSettings asAdmin(DoctorSettings settings, User who) {
    return settings.withAdmin(
        Connections.resolveAdmin(
            Map.of("PBIADMIN_ADMIN_PASSWORD", who.password()),
            "--emulator",
            emulator.dataDir().toString(),
            "--as-admin",
            "--admin-auth",
            "master-account-password",
            "--admin-username",
            who.upn(),
            "--admin-client-id",
            adminApp.clientId()));
  }

  /**
   * The app the admin identity signs in to: delegated Power BI Tenant.ReadWrite.All (reads the
   * settings, and changes them for --fix) and Graph Directory.Read.All (memberships), consented.
   */
  static EmulatorAdmin.App adminClient(EmulatorAdmin admin, String name) {
    EmulatorAdmin.App app = admin.newApp(name);
    admin.send(
        "PUT",
        "/emulator/apps/" + app.clientId() + "/permissions",
        Map.of(
            "permissions",
            List.of(
                Map.of(
                    "resource",
                    POWER_BI,
                    "name",
                    "Tenant.ReadWrite.All",
                    "type",
                    "Delegated",
                    "adminConsentGranted",
                    true),
                Map.of(
                    "resource",
                    GraphModule.AUDIENCE,
                    "name",
                    "Directory.Read.All",
                    "type",
                    "Delegated",
                    "adminConsentGranted",
                    true))));
    return app;
  }

  private static EmulatorAdmin.App adminClient(String name) {
    return adminClient(admin, name);
  }

  /**
   * An app a user signs in to with a password: delegated Power BI permission {@code scope},
   * consented.
   */
  private static EmulatorAdmin.App publicClient(String name, String scope) {
    EmulatorAdmin.App app = admin.newApp(name);
    admin.send(
        "PUT",
        "/emulator/apps/" + app.clientId() + "/permissions",
        Map.of(
            "permissions",
            List.of(
                Map.of(
                    "resource",
                    POWER_BI,
                    "name",
                    scope,
                    "type",
                    "Delegated",
                    "adminConsentGranted",
                    true))));
    return app;
  }

  private static Sp healthyApp() {
    EmulatorAdmin.App app =
        admin.newGraphReader("doctor-" + UUID.randomUUID().toString().substring(0, 8));
    admin.addMember(readersGroup, app.servicePrincipalId());
    return new Sp(app.clientId(), app.servicePrincipalId(), admin.addSecret(app.clientId(), null));
  }

  private static final Map<String, Object> GRAPH_READ =
      Map.of(
          "resource",
          GraphModule.AUDIENCE,
          "name",
          "Directory.Read.All",
          "type",
          "Application",
          "adminConsentGranted",
          true);

  /**
   * Doctor settings resolved from command-line words as every command resolves them: {@code
   * --emulator DIR} (endpoints, CA, tenant) plus {@code args}, with {@code env}.
   */
  private static DoctorSettings settings(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of("--emulator", emulator.dataDir().toString()));
    all.addAll(List.of(args));
    return DoctorSettings.of(Connections.resolve(env, all.toArray(String[]::new)))
        .withWorkspace(workspaceWithModel)
        .withScanTimeout(Duration.ofSeconds(30));
  }

  private static DoctorReport run(String clientId, String secret) {
    return run(settings(Map.of("AZURE_CLIENT_SECRET", secret), "--client-id", clientId));
  }

  private static DoctorReport run(DoctorSettings settings) {
    return new Doctor(settings, Clock.systemUTC()).run();
  }

  /**
   * Asserts {@code checkId} is the first failing check (with {@code code} unless null) and returns
   * it.
   */
  private static CheckResult firstFailure(DoctorReport report, String checkId, String code) {
    CheckResult first =
        report
            .firstFailure()
            .orElseThrow(() -> new AssertionError("no check failed: " + describe(report)));
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
    report
        .results()
        .forEach(r -> lines.add(r.status() + " " + r.id() + " " + r.code() + " — " + r.summary()));
    return String.join("\n", lines);
  }

  /** A workspace with a semantic model, found through the admin API as any admin would. */
  private static String findWorkspaceWithModel() {
    Sp sp = healthyApp();
    DoctorSettings settings = sp.settings();
    DoctorContext context =
        new DoctorContext(
            settings,
            Clock.systemUTC(),
            Http.trusting(settings.connection()),
            new PrintWriter(Writer.nullWriter()));
    Observed token = TokenRequest.send(context, "v2", "scope", POWER_BI + "/.default");
    String bearer = token.json().path("access_token").asText();
    Observed groups =
        context
            .http()
            .get(
                URI.create(
                    emulator.powerBiApiUrl()
                        + "/v1.0/myorg/admin/groups?$top=100&$expand=datasets"),
                bearer);
    for (JsonNode group : groups.json().path("value")) {
      if (group.path("datasets").size() > 0 && "Workspace".equals(group.path("type").asText())) {
        return group.path("id").asText();
      }
    }
    throw new IllegalStateException(
        "the demo tenant has no shared workspace with a semantic model: " + groups.describe());
  }
}
