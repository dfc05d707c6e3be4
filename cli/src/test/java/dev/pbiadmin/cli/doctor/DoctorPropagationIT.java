package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.auth.Connections;
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
 * take effect, as the real service's may. Nothing a client sees tells that apart from a setting that
 * is wrong, so the doctor must list it honestly, not pretend to know.
 */
class DoctorPropagationIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(3).propagationDelay(Duration.ofMinutes(15)).build();

  @Test
  void settingEnabledForTheGroupMinutesAgo_adminFailsListingPropagationAsIndistinguishable() {
    Emulator emulator = EMULATOR.get();
    EmulatorAdmin admin = new EmulatorAdmin(HttpClient.newBuilder().sslContext(emulator.sslContext()).build(),
        emulator.baseUrl(), emulator.managementKey());
    EmulatorAdmin.App app = admin.newGraphReader("doctor-propagating");
    String secret = admin.addSecret(app.clientId(), null);
    String group = admin.newGroup("new readers", "Security", app.servicePrincipalId());
    admin.putSetting("AllowServicePrincipalsUseReadAdminAPIs", Map.of("enabled", true,
        "enabledSecurityGroups", List.of(group)));

    DoctorSettings settings = DoctorSettings.of(Connections.resolve(Map.of("AZURE_CLIENT_SECRET", secret),
        "--emulator", emulator.dataDir().toString(), "--client-id", app.clientId()));
    DoctorReport report = new Doctor(settings, Clock.systemUTC()).run();

    CheckResult first = report.firstFailure().orElseThrow();
    assertThat(first.id()).isEqualTo("admin");
    assertThat(first.code()).isEqualTo("ReadOnlyAdminApisSettingNotApplied");
    assertThat(first.causes().get(0)).contains("\"new readers\" (Security)");
    assertThat(first.causes()).contains(AdminCauses.PROPAGATION);
    assertThat(AdminCauses.PROPAGATION).contains("15 minutes", "Nothing a client sees tells this apart");
  }
}
