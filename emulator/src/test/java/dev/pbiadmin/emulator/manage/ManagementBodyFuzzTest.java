package dev.pbiadmin.emulator.manage;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.directory.SqliteDirectory;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.powerbi.PowerBiState;
import dev.pbiadmin.emulator.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of management-API bodies (Jazzer): any bytes sent to any body-taking
 * directory, settings or runtime route, against a real SQLite directory. The route's answer is a
 * 4xx ({@link ManagementException} or the {@link IllegalArgumentException} the API renders as 400)
 * or a result that serializes; anything else would be the API's 500.
 */
class ManagementBodyFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static DirectoryAdmin directory;
  private static SettingsAdmin settings;
  private static RuntimeAdmin runtime;
  // Fuzzed ids create apps, users, groups, secrets and overrides, and every write rereads the
  // directory: a directory that only grows made each execution slower (100/s after 150,000), so it
  // starts again from the demo tenant every RESTART executions. Growth is not what this tests.
  private static final int RESTART = 2_000;
  private static List<String> ids;
  private static Database db;
  private static Path dir;
  private static int executions;

  private static synchronized void setUp() throws IOException {
    if (directory != null && ++executions < RESTART) {
      return;
    }
    if (db != null) {
      db.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    executions = 0;
    dir = Files.createTempDirectory("pbiadmin-fuzz-manage");
    dir.toFile().deleteOnExit();
    ScaledClock clock = new ScaledClock(Clock.systemUTC(), 1);
    db = Database.open(dir);
    SqliteDirectory tenant = SqliteDirectory.open(db, clock);
    DemoTenant.Demo demo = DemoTenant.create();
    tenant.seed(demo.seed());
    directory = new DirectoryAdmin(tenant);
    settings = new SettingsAdmin(new SettingStore(tenant, Duration.ZERO, clock), tenant);
    runtime = new RuntimeAdmin(clock, new PowerBiState(clock, true, 5_000));
    ids =
        List.of(
            demo.clientId(),
            tenant.groups().get(0).id(),
            tenant.users().get(0).objectId(),
            "00000000-0000-0000-0000-000000000000",
            TenantSetting.READ_ONLY_ADMIN_APIS,
            "Workspace",
            "Capacity");
  }

  @FuzzTest
  void bodyRoutes_anyBody_4xxOrASerializableResult(FuzzedDataProvider data) throws IOException {
    setUp();
    int route = data.consumeInt(0, 11);
    String id = data.consumeBoolean() ? data.pickValue(ids) : data.consumeString(40);
    String other = data.consumeBoolean() ? data.pickValue(ids) : data.consumeString(40);
    byte[] bytes = data.consumeRemainingAsBytes();
    Object result;
    try {
      Body body = Body.of(bytes, MAPPER);
      result =
          switch (route) {
            case 0 -> directory.putApp(id, body);
            case 1 -> directory.addSecret(id, body);
            case 2 -> directory.putPermissions(id, body);
            case 3 -> directory.adminConsent(id, body);
            case 4 -> directory.putUser(id, body);
            case 5 -> directory.putGroup(id, body);
            case 6 -> directory.addMember(id, body);
            case 7 -> settings.putSetting(id, body);
            case 8 -> settings.putOverride(id, other, TenantSetting.READ_ONLY_ADMIN_APIS, body);
            case 9 -> runtime.putFaults(body);
            case 10 -> runtime.advance(body);
            default -> runtime.putThrottling(body);
          };
    } catch (ManagementException expected) {
      assertThat(expected.status).isBetween(400, 499);
      assertThat(expected.getMessage()).isNotBlank();
      return;
    } catch (IllegalArgumentException rendered400) {
      return;
    }
    assertThat(MAPPER.writeValueAsBytes(result)).isNotEmpty();
  }
}
