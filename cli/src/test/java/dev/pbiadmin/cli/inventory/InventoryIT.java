package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.InventoryRunTest.dump;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.faults.GroundTruth;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.content.ContentCounts;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Inventory runs end to end against the embedded emulator over HTTPS. */
class InventoryIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(400).seed(7).timeScale(600).build();

  @TempDir Path dir;

  @Test
  void fullRun_demoTenant_rowCountsEqualTheEmulatorsGroundTruth() throws Exception {
    Emulator e = EMULATOR.get();
    ContentCounts truth = e.powerBi().content().counts();
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      RunSummary s = EmulatorRuns.run(e, store, InventoryOptions.defaults(), false);

      assertThat(s.status()).isEqualTo("succeeded");
      GroundTruth.assertMatchesTheEmulator(store, e);
      // workbooks and apps are not part of a scan result (GetGroupsAsAdmin/GetAppsAsAdmin are)
      assertThat(store.count("semantic_model_columns")).isPositive();
      assertThat(store.count("lineage_edges")).isPositive();
      fabricItemsSchedulesAndRelationsEqualTheGroundTruth(store, truth);
    }
  }

  /** The tables for what real scan results carry beyond the Power BI kinds (issue 19). */
  private static void fabricItemsSchedulesAndRelationsEqualTheGroundTruth(
      InventoryStore store, ContentCounts truth) throws Exception {
    assertThat(truth.fabricItems()).isPositive();
    assertThat(
            InventoryStoreTest.counts(
                store, "fabric_items", "fabric_item_users", "refresh_schedules"))
        .containsExactly(
            (long) truth.fabricItems(),
            (long) truth.fabricItemUsers(),
            (long)
                (truth.datasetRefreshSchedules()
                    + truth.directQueryRefreshSchedules()
                    + truth.dataflowRefreshSchedules()));
    for (var key : truth.fabricItemsByKey().entrySet()) {
      assertThat(
              InventoryStoreTest.query(
                  store,
                  "SELECT count(*) FROM fabric_items WHERE item_type = '" + key.getKey() + "'"))
          .as(key.getKey())
          .isEqualTo(String.valueOf(key.getValue()));
    }
    // every relations[] entry is one edge carrying the service's relationType
    assertThat(
            InventoryStoreTest.query(
                store, "SELECT count(*) FROM lineage_edges WHERE relation_type IS NOT NULL"))
        .isEqualTo(String.valueOf(truth.fabricItemRelations() + truth.datasetRelations()));
    assertThat(
            InventoryStoreTest.query(
                store, "SELECT count(*) FROM lineage_edges WHERE from_kind = 'artifact'"))
        .isEqualTo("0");
    assertThat(InventoryStoreTest.counts(store, "report_datasources"))
        .containsExactly((long) truth.paginatedReportDatasourceUsages());
    assertThat(
            InventoryStoreTest.query(
                store,
                "SELECT count(*) FROM reports WHERE app_id IS NOT NULL"
                    + " AND original_report_id IS NOT NULL"))
        .isEqualTo(String.valueOf(truth.appReports()));
    assertThat(
            InventoryStoreTest.query(
                store,
                "SELECT count(*) FROM refresh_schedules"
                    + " WHERE schedule_type = 'directQueryRefreshSchedule'"))
        .isEqualTo(String.valueOf(truth.directQueryRefreshSchedules()));
  }

  @Test
  void widelyShared_refresh_storesBothListsOfTheEmulatorAndReplacesThem() throws Exception {
    Emulator e = EMULATOR.get();
    var shared = e.powerBi().content().snapshot().sharedArtifacts();
    long toWeb = shared.stream().filter(a -> a.shareType().equals("PublishToWeb")).count();
    long toOrg =
        shared.stream().filter(a -> a.shareType().equals("LinkToWholeOrganization")).count();
    try (InventoryStore store = InventoryStore.open(dir.resolve("w.duckdb"))) {
      var client = EmulatorRuns.client(e, new Meter());

      assertThat(WidelyShared.refresh(store, client, e.clock())).isEqualTo(toWeb + toOrg);
      assertThat(WidelyShared.refresh(store, client, e.clock())).isEqualTo(toWeb + toOrg);
      assertThat(toWeb).isPositive();
      assertThat(store.count("widely_shared_artifacts")).isEqualTo(toWeb + toOrg);
      try (var s = store.connection().createStatement();
          var rs =
              s.executeQuery(
                  "SELECT count(*) FROM widely_shared_artifacts"
                      + " WHERE share_kind = 'publishedToWeb' AND artifact_id IS NOT NULL")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(toWeb);
      }
    }
  }

  @Test
  void fullRun_personalOff_leavesEveryPersonalWorkspaceOut() throws Exception {
    Emulator e = EMULATOR.get();
    long personal = e.powerBi().content().workspaces().stream().filter(w -> w.isPersonal()).count();
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      EmulatorRuns.run(e, store, InventoryOptions.defaults().withScope(false, true), false);

      assertThat(personal).isPositive();
      assertThat(store.count("workspaces"))
          .isEqualTo(e.powerBi().content().counts().workspaces() - personal);
      assertThat(
              InventoryStoreTest.query(store, "SELECT count(*) FROM workspaces WHERE is_personal"))
          .isEqualTo("0");
    }
  }

  @Test
  void fullRun_metadataSettingsOff_leavesSchemaAndExpressionsEmptyAndSaysWhy() throws Exception {
    Emulator e = EMULATOR.get();
    var directory = e.directory();
    List<TenantSetting> before =
        List.of(
            directory.findSetting(TenantSetting.DETAILED_METADATA).orElseThrow(),
            directory.findSetting(TenantSetting.EXPRESSIONS).orElseThrow());
    try {
      for (TenantSetting s : before) {
        directory.saveSetting(
            new TenantSetting(
                s.settingName(),
                s.title(),
                false,
                s.enabledSecurityGroups(),
                s.excludedSecurityGroups(),
                s.changedAt()));
      }
      try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
        RunSummary s = EmulatorRuns.run(e, store, InventoryOptions.defaults(), false);

        assertThat(
                InventoryStoreTest.counts(
                    store,
                    "semantic_model_tables",
                    "semantic_model_columns",
                    "semantic_model_measures",
                    "semantic_model_expressions"))
            .containsOnly(0L);
        assertThat(store.count("semantic_models")).isPositive();
        assertThat(s.notes())
            .anyMatch(n -> n.contains("detailed metadata"))
            .anyMatch(n -> n.contains("DAX and mashup expressions"));
      }
    } finally {
      before.forEach(directory::saveSetting);
    }
  }

  @Test
  void incremental_afterChangesAndDeletions_matchesAFreshFullRun() throws Exception {
    Emulator e = EMULATOR.get();
    var content = e.powerBi().content();
    Path db = dir.resolve("inc.duckdb");
    RunSummary full = EmulatorRuns.run(e, db, InventoryOptions.defaults(), false);
    e.clock().advance(Duration.ofHours(2));
    List<String> ids = content.workspaces().stream().map(w -> w.id()).sorted().toList();
    for (int i = 0; i < 8; i++) {
      content.touchWorkspace(ids.get(i * 17), e.clock().instant());
    }
    content.deleteWorkspace(ids.get(3), e.clock().instant());
    content.removeWorkspace(ids.get(5));
    e.clock().advance(Duration.ofHours(1));

    RunSummary inc =
        EmulatorRuns.run(e, db, InventoryOptions.defaults().withIncremental(true, 7), false);

    assertThat(inc.mode()).isEqualTo("incremental");
    assertThat(inc.workspacesScanned()).isLessThan(100);
    assertThat(inc.apiCalls()).isLessThan(full.apiCalls() / 2);
    assertThat(inc.workspacesDeleted()).isEqualTo(1);
    try (InventoryStore a = InventoryStore.open(db);
        InventoryStore fresh = InventoryStore.open(dir.resolve("fresh.duckdb"))) {
      EmulatorRuns.run(e, fresh, InventoryOptions.defaults(), false);
      assertThat(dump(a)).isEqualTo(dump(fresh));
      assertThat(
              InventoryStoreTest.query(
                  a, "SELECT state FROM workspaces WHERE workspace_id = '" + ids.get(3) + "'"))
          .isEqualTo("Deleted");
    }
  }
}
