package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.PbiAdmin;
import dev.pbiadmin.cli.auth.Connections;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * {@code pbiadmin doctor --as-admin --fix}: the command applies the exact change through the Fabric
 * admin API, and once the emulator's (short) propagation delay has passed the doctor is healthy.
 */
class DoctorFixIT {
  private static final Duration PROPAGATION = Duration.ofSeconds(2);
  private static final List<String> SETTINGS =
      List.of(
          "AllowServicePrincipalsUseReadAdminAPIs",
          "ServicePrincipalAccess",
          "AdminApisIncludeDetailedMetadata",
          "AdminApisIncludeExpressions");

  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(3).propagationDelay(PROPAGATION).build();

  private static Emulator emulator;
  private static EmulatorAdmin admin;
  private static EmulatorAdmin.App adminApp;
  private static DemoCredentials demo;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() {
    emulator = EMULATOR.get();
    admin =
        new EmulatorAdmin(
            HttpClient.newBuilder().sslContext(emulator.sslContext()).build(),
            emulator.baseUrl(),
            emulator.managementKey());
    adminApp = DoctorScenariosIT.adminClient(admin, "doctor-fix-admin");
    demo = emulator.demo().orElseThrow();
  }

  @Test
  void fixWithYes_removesTheExceptedGroupAndAfterPropagationTheDoctorIsHealthy() throws Exception {
    EmulatorAdmin.App app = admin.newGraphReader("doctor-fix");
    String secret = admin.addSecret(app.clientId(), null);
    String readers = admin.newGroup("fix readers", "Security", app.servicePrincipalId());
    String blocked = admin.newGroup("fix blocked", "Security", app.servicePrincipalId());
    for (String name : SETTINGS) {
      admin.putSetting(name, Map.of("enabled", true, "enabledSecurityGroups", List.of(readers)));
    }
    admin.putSetting(
        SETTINGS.get(0),
        Map.of(
            "enabled",
            true,
            "enabledSecurityGroups",
            List.of(readers),
            "excludedSecurityGroups",
            List.of(blocked)));
    awaitPropagation();

    int exit =
        execute(
            Map.of("AZURE_CLIENT_SECRET", secret, "PBIADMIN_ADMIN_PASSWORD", demo.adminPassword()),
            doctorAsAdmin(app.clientId(), "--fix", "--yes"));

    assertThat(exit).as(out.toString()).isEqualTo(DoctorReport.NOT_AUTHORIZED);
    assertThat(out.toString())
        .contains(
            "also in the excluded group \"fix blocked\"",
            "Proposed change: remove \"fix blocked\" from \"Except specific security groups\"",
            "POST /v1/admin/tenantsettings/AllowServicePrincipalsUseReadAdminAPIs/update",
            "Applied: \"Service principals can access read-only admin APIs\""
                + " (AllowServicePrincipalsUseReadAdminAPIs) is now enabled for \"fix readers\".",
            "can take up to 15 minutes to take effect");
    assertThat(admin.setting(SETTINGS.get(0)).path("excludedSecurityGroups").size()).isZero();
    assertThat(out.toString() + err).doesNotContain(secret, demo.adminPassword());

    awaitPropagation();
    DoctorSettings settings =
        DoctorSettings.of(
            Connections.resolve(
                Map.of("AZURE_CLIENT_SECRET", secret),
                "--emulator",
                emulator.dataDir().toString(),
                "--client-id",
                app.clientId()));
    DoctorReport after = new Doctor(settings, Clock.systemUTC()).run();
    assertThat(after.healthy()).as(describe(after)).isTrue();
  }

  @Test
  void fixWithoutATerminalAndWithoutYes_refusesBeforeAnythingRunsAndSaysToAddYes() {
    int exit =
        execute(
            Map.of("AZURE_CLIENT_SECRET", "unused-secret-value"),
            doctorAsAdmin("00000000-0000-0000-0000-000000000001", "--fix"));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("no terminal to ask on", "--yes");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void fixWithoutAnAdminIdentity_refusedAsUsageNamingAsAdmin() {
    int exit =
        execute(
            Map.of("AZURE_CLIENT_SECRET", "unused-secret-value"),
            "doctor",
            "--emulator",
            emulator.dataDir().toString(),
            "--fix",
            "--yes");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--fix changes a tenant setting", "--as-admin");
  }

  private String[] doctorAsAdmin(String clientId, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "doctor",
                "--emulator",
                emulator.dataDir().toString(),
                "--client-id",
                clientId,
                "--as-admin",
                "--admin-auth",
                "master-account-password",
                "--admin-username",
                demo.adminUserPrincipalName(),
                "--admin-client-id",
                adminApp.clientId()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private int execute(Map<String, String> env, String... args) {
    CommandLine cli =
        PbiAdmin.commandLine(new PbiAdmin(env, new ByteArrayInputStream(new byte[0])));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /**
   * Waits out the emulator's propagation delay, so the changes made so far are the ones in effect.
   */
  private static void awaitPropagation() throws InterruptedException {
    Thread.sleep(PROPAGATION.plusMillis(500).toMillis());
  }

  private static String describe(DoctorReport report) {
    List<String> lines = new ArrayList<>();
    report
        .results()
        .forEach(r -> lines.add(r.status() + " " + r.id() + " " + r.code() + " — " + r.summary()));
    return String.join("\n", lines);
  }
}
