package dev.pbiadmin.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin settings} end to end against the emulator: snapshots in DuckDB, exactly the
 * change made through the management API (the one the admin portal calls) in the history and in
 * {@code --diff}, drift from a baseline, the named exit codes, and group names from Graph once the
 * identity may read groups.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettingsCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(6).build();

  @TempDir static Path dir;

  private static Path db() {
    return dir.resolve("inventory.duckdb");
  }

  private static CliRun settings(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "settings",
                "--emulator",
                EMULATOR.get().dataDir().toString(),
                "--db",
                db().toString()));
    args.addAll(List.of(extra));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  @Order(1)
  void firstRun_storesEverySettingAndOverride_printsThem_nothingToCompareYet() throws Exception {
    CliRun run = settings();

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out())
        .contains("PublishToWeb")
        .contains("Entire organization")
        .contains("Capacity ");
    assertThat(run.err())
        .contains("the first snapshot, nothing to compare with yet")
        .contains("Group names are the Fabric API's")
        .contains("GroupMember.Read.All");
    assertThat(count("SELECT count(*) FROM tenant_settings"))
        .isEqualTo(EMULATOR.get().directory().settings().size());
    assertThat(count("SELECT count(*) FROM tenant_setting_overrides")).isEqualTo(2);
    assertThat(
            count(
                "SELECT count(*) FROM tenant_setting_groups WHERE name = 'Power BI admin API"
                    + " readers'"))
        .isEqualTo(4);
    assertThat(count("SELECT count(*) FROM tenant_settings_history")).isZero();
    assertThat(count("SELECT count(*) FROM tenant_settings WHERE raw IS NULL")).isZero();
  }

  @Test
  @Order(2)
  void secondRun_afterAPortalChange_recordsExactlyThatChange_diffShowsIt_exit8() throws Exception {
    manage("PUT", "/emulator/settings/PublishToWeb", Map.of("enabled", false));

    CliRun run = settings("--diff", "--fail-on-change", "--format", "csv");

    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.SETTINGS_CHANGED.code());
    assertThat(run.out().lines().toList())
        .containsExactly(
            "kind,setting,where,aspect,expected,actual,title",
            "change,PublishToWeb,Tenant,enabled,true,false,Publish to web");
    assertThat(run.err()).contains("1 change(s) since the last one");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db(), readOnly());
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT setting_name, aspect, old_value, new_value,"
                    + " first_seen_at > previous_snapshot_at FROM tenant_settings_history")) {
      assertThat(r.next()).isTrue();
      assertThat(
              List.of(
                  r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)))
          .containsExactly("PublishToWeb", "enabled", "true", "false", "true");
      assertThat(r.next()).as("exactly one change").isFalse();
    }
  }

  @Test
  @Order(3)
  void thirdRun_nothingChanged_exit0AndNoRows() throws Exception {
    CliRun run = settings("--diff", "--fail-on-change", "--format", "json");

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(JSON.readTree(run.out())).isEmpty();
    assertThat(count("SELECT count(*) FROM tenant_settings_snapshots")).isEqualTo(3);
  }

  @Test
  @Order(4)
  void baseline_differences_printedAndStored_exit9() throws Exception {
    Path baseline = dir.resolve("baseline.yaml");
    Files.writeString(
        baseline,
        """
        PublishToWeb: disabled
        ExportToExcelSetting: disabled
        AllowServicePrincipalsUseReadAdminAPIs:
          groups: [Power BI admin API readers]
        """);

    CliRun run =
        settings("--baseline", baseline.toString(), "--fail-on-drift", "--format", "jsonl");

    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.SETTINGS_DRIFT.code());
    JsonNode only = JSON.readTree(run.out().strip());
    assertThat(
            List.of(
                only.get("kind").asText(),
                only.get("setting").asText(),
                only.get("expected").asText(),
                only.get("actual").asText()))
        .containsExactly("drift", "ExportToExcelSetting", "disabled", "entire-organization");
    assertThat(count("SELECT count(*) FROM tenant_settings_drift")).isEqualTo(1);
  }

  @Test
  @Order(5)
  void groupNames_fromGraph_onceTheIdentityMayReadGroups() throws Exception {
    String clientId = EMULATOR.get().demo().orElseThrow().clientId();
    manage(
        "PUT",
        "/emulator/apps/" + clientId + "/permissions",
        Map.of(
            "permissions",
            List.of(
                Map.of("name", "Tenant.Read.All", "type", "Delegated", "adminConsentGranted", true),
                Map.of(
                    "resource",
                    "https://graph.microsoft.com",
                    "name",
                    "GroupMember.Read.All",
                    "type",
                    "Application",
                    "adminConsentGranted",
                    true))));

    CliRun run = settings("--quiet");

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(
            count(
                "SELECT count(*) FROM tenant_setting_groups WHERE graph_display_name = 'Power BI"
                    + " admin API readers' AND in_graph"))
        .isEqualTo(4);
    assertThat(count("SELECT count(*) FROM tenant_settings_snapshots WHERE group_names = 'graph'"))
        .isEqualTo(1);
  }

  @Test
  @Order(6)
  void refused_exit4InOneSentence_badBaseline_exit2() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "PublishToWeb: sometimes\n");
    CliRun usage = settings("--baseline", bad.toString());
    String readers =
        EMULATOR
            .get()
            .directory()
            .findSetting("AllowServicePrincipalsUseReadAdminAPIs")
            .orElseThrow()
            .enabledSecurityGroups()
            .get(0);
    manage(
        "PUT",
        "/emulator/settings/AllowServicePrincipalsUseReadAdminAPIs",
        Map.of("enabled", false));
    CliRun refused;
    try {
      refused = settings();
    } finally {
      manage(
          "PUT",
          "/emulator/settings/AllowServicePrincipalsUseReadAdminAPIs",
          Map.of("enabled", true, "enabledSecurityGroups", List.of(readers)));
    }

    assertThat(usage.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(usage.err()).contains("state 'sometimes' is not one of");
    assertThat(refused.exitCode()).as(refused.all()).isEqualTo(ExitCode.NOT_AUTHORIZED.code());
    assertThat(refused.err())
        .startsWith("pbiadmin: Fabric refused the caller")
        .doesNotContain("\tat ");
  }

  private static long count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db(), readOnly());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static java.util.Properties readOnly() {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("duckdb.read_only", "true");
    return p;
  }

  private static void manage(String method, String path, Object body) throws Exception {
    Emulator e = EMULATOR.get();
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .sslContext(e.sslContext())
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(e.baseUrl() + path))
                    .header("X-Emulator-Key", e.managementKey())
                    .header("Content-Type", "application/json")
                    .method(
                        method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isLessThan(300);
  }
}
