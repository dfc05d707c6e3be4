package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.auth.Connections;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tenant setting changed a minute ago, on an emulator whose setting changes take 15 minutes to
 * take effect, as the real service's may. Nothing a client sees tells that apart from a setting
 * that is wrong, so the doctor must list it honestly, not pretend to know.
 */
class DoctorPropagationIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder()
          .demoWorkspaces(3)
          .propagationDelay(Duration.ofMinutes(15))
          .build();

  @Test
  void settingEnabledForTheGroupMinutesAgo_adminFailsListingPropagationAsIndistinguishable() {
    CheckResult first = propagating("new readers").run(false).firstFailure().orElseThrow();
    assertThat(first.id()).isEqualTo("admin");
    assertThat(first.code()).isEqualTo("ReadOnlyAdminApisSettingNotApplied");
    assertThat(first.causes().get(0)).contains("\"new readers\" (Security)");
    assertThat(first.causes()).contains(AdminCauses.PROPAGATION);
    assertThat(AdminCauses.PROPAGATION)
        .contains("15 minutes", "Nothing a client sees tells this apart");
  }

  @Test
  void settingEnabledForTheGroupMinutesAgo_asAdmin_theSettingAdmitsItSoPropagationIsTheOneCause() {
    DoctorReport report = propagating("newer readers").run(true);
    CheckResult first = report.firstFailure().orElseThrow();
    assertThat(first.id()).isEqualTo("admin");
    assertThat(first.code()).isEqualTo("SettingChangePropagating");
    assertThat(first.causes())
        .singleElement()
        .asString()
        .contains(
            "is enabled for \"newer readers\"; this service principal is in \"newer readers\"",
            "has not taken effect yet",
            "does not say when a tenant setting last changed");
    assertThat(first.fix())
        .anyMatch(f -> f.contains("Nothing to change in the setting: wait up to 15 minutes"));
    // Nothing to change in the read-only setting (a metadata setting this emulator leaves off may
    // still be proposed).
    assertThat(report.fix().map(f -> f.change().settingName()))
        .isNotEqualTo(java.util.Optional.of("AllowServicePrincipalsUseReadAdminAPIs"));
  }

  private record Case(Emulator emulator, String clientId, String secret) {
    DoctorReport run(boolean asAdmin) {
      DoctorSettings settings =
          DoctorSettings.of(
              Connections.resolve(
                  Map.of("AZURE_CLIENT_SECRET", secret),
                  "--emulator",
                  emulator.dataDir().toString(),
                  "--client-id",
                  clientId));
      if (asAdmin) {
        DemoCredentials demo = emulator.demo().orElseThrow();
        EmulatorAdmin.App adminApp =
            DoctorScenariosIT.adminClient(admin(emulator), "doctor-propagation-admin");
        settings =
            settings.withAdmin(
                Connections.resolveAdmin(
                    Map.of("PBIADMIN_ADMIN_PASSWORD", demo.adminPassword()),
                    "--emulator",
                    emulator.dataDir().toString(),
                    "--as-admin",
                    "--admin-auth",
                    "master-account-password",
                    "--admin-username",
                    demo.adminUserPrincipalName(),
                    "--admin-client-id",
                    adminApp.clientId()));
      }
      return new Doctor(settings, Clock.systemUTC()).run();
    }
  }

  /** A service principal in {@code group}, for which the read-only setting was enabled just now. */
  private static Case propagating(String group) {
    Emulator emulator = EMULATOR.get();
    EmulatorAdmin admin = admin(emulator);
    EmulatorAdmin.App app = admin.newGraphReader("doctor-propagating");
    String secret = admin.addSecret(app.clientId(), null);
    String groupId = admin.newGroup(group, "Security", app.servicePrincipalId());
    admin.putSetting(
        "AllowServicePrincipalsUseReadAdminAPIs",
        Map.of("enabled", true, "enabledSecurityGroups", List.of(groupId)));
    return new Case(emulator, app.clientId(), secret);
  }

  private static EmulatorAdmin admin(Emulator emulator) {
    return new EmulatorAdmin(
        HttpClient.newBuilder().sslContext(emulator.sslContext()).build(),
        emulator.baseUrl(),
        emulator.managementKey());
  }
}
