package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InventoryStoreTest {
  private static final List<String> IDS =
      List.of(
          "d507422c-8d6d-4361-ac7a-30074a8cd0a1",
          "aaaaaaaa-0000-0000-0000-000000000002",
          "aaaaaaaa-0000-0000-0000-000000000003");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void storeBatch_swaggerExample_fillsEveryTable() throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      MetadataSeen seen = new MetadataSeen();
      ScanResultIngest.Outcome outcome = store.storeBatch(plan(store), sample(), seen, T0);

      assertThat(outcome.workspacesStored()).isEqualTo(3);
      assertThat(outcome.workspacesInStateDeleted()).isEqualTo(1);
      assertThat(
              counts(
                  store,
                  "workspaces",
                  "workspace_users",
                  "reports",
                  "report_users",
                  "dashboards",
                  "dashboard_tiles",
                  "semantic_models",
                  "semantic_model_tables",
                  "semantic_model_columns",
                  "semantic_model_measures",
                  "semantic_model_expressions",
                  "semantic_model_roles",
                  "semantic_model_role_members",
                  "semantic_model_table_permissions",
                  "semantic_model_datasources",
                  "dataflows",
                  "dataflow_datasources",
                  "datamarts",
                  "datamart_users",
                  "datasources",
                  "lineage_edges",
                  "endorsements",
                  "sensitivity_labels"))
          .containsExactly(
              3L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 2L, 1L, 1L, 1L, 1L, 2L, 6L,
              1L, 2L);
      assertThat(query(store, "SELECT access_right FROM workspace_users")).isEqualTo("Admin");
      assertThat(query(store, "SELECT access_right FROM datamart_users")).isEqualTo("Read");
      assertThat(
              query(
                  store,
                  "SELECT count(*) FROM lineage_edges WHERE from_kind = 'dataflow'"
                      + " AND to_kind = 'datamart'"))
          .isEqualTo("1");
      assertThat(query(store, "SELECT is_personal FROM workspaces WHERE type = 'PersonalGroup'"))
          .isEqualTo("true");
      assertThat(query(store, "SELECT status FROM scan_batches")).isEqualTo("stored");
      assertThat(seen.models).isEqualTo(1);
      assertThat(seen.modelsWithSchema).isEqualTo(1);
    }
  }

  @Test
  void storeBatch_resultBreaksOffMidway_leavesNoRowOfTheBatch() throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      byte[] all = sample().readAllBytes();
      InputStream cut = new ByteArrayInputStream(Arrays.copyOf(all, all.length * 2 / 3));

      assertThatThrownBy(() -> store.storeBatch(plan(store), cut, new MetadataSeen(), T0))
          .isInstanceOf(IOException.class);

      assertThat(
              counts(
                  store,
                  "workspaces",
                  "reports",
                  "semantic_models",
                  "lineage_edges",
                  "datasources"))
          .containsOnly(0L);
      assertThat(query(store, "SELECT status FROM scan_batches")).isEqualTo("pending");
    }
  }

  @Test
  void storeBatch_sameWorkspacesAgain_replacesTheirRows() throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      store.storeBatch(plan(store), sample(), new MetadataSeen(), T0);
      List<Long> first =
          counts(
              store,
              "workspaces",
              "semantic_model_columns",
              "lineage_edges",
              "datasources",
              "workspace_users");

      store.storeBatch(plan(store), sample(), new MetadataSeen(), T0.plusSeconds(60));

      assertThat(
              counts(
                  store,
                  "workspaces",
                  "semantic_model_columns",
                  "lineage_edges",
                  "datasources",
                  "workspace_users"))
          .isEqualTo(first);
    }
  }

  /**
   * Fuzzing finding (ScanResultIngestFuzzTest): a result holding a workspace that another batch had
   * already stored, or one workspace twice, left its rows in the inventory twice.
   */
  @Test
  void storeBatch_workspaceAnotherBatchStoredOrListedTwice_isInTheInventoryOnce() throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      long run = store.runs().begin("full", T0, null, "{}");
      store
          .runs()
          .savePlan(
              run,
              false,
              (listed, modified) ->
                  List.of("aaaaaaaa-0000-0000-0000-0000000000a1").forEach(listed));
      Batch other = store.runs().openBatches(run).get(0).requested("scan-other", T0);
      store.storeBatch(plan(store), sample(), new MetadataSeen(), T0);

      // the same workspaces again, in a batch that did not ask for them, the first one twice
      String twice =
          new String(sample().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replaceFirst(
                  "\\{",
                  "{\"workspaces\":[{\"id\":\"D507422C-8D6D-4361-AC7A-30074A8CD0A1\",\"name\":\"first\"}],");
      ScanResultIngest.Outcome outcome =
          store.storeBatch(
              other,
              new ByteArrayInputStream(twice.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
              new MetadataSeen(),
              T0);

      assertThat(query(store, "SELECT count(*) FROM workspaces")).isEqualTo("3");
      assertThat(query(store, "SELECT count(*) FROM reports"))
          .as("the skipped second copy held the report")
          .isEqualTo("0");
      assertThat(
              query(
                  store,
                  "SELECT name FROM workspaces WHERE workspace_id ="
                      + " 'd507422c-8d6d-4361-ac7a-30074a8cd0a1'"))
          .isEqualTo("first");
      assertThat(outcome.workspacesStored()).isEqualTo(3);
    }
  }

  /**
   * Found by ScanResultIngestFuzzTest: an entry that is not an object, or content after the result,
   * ended the read there, and the batch was stored without the rest of the result.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'workspaces': [null, {'id': 'D507422C-8D6D-4361-AC7A-30074A8CD0A1'}]}",
        "{'workspaces': [['id', 'x'], {'id': 'D507422C-8D6D-4361-AC7A-30074A8CD0A1'}]}",
        "{'workspaces': [{'id': 'D507422C-8D6D-4361-AC7A-30074A8CD0A1'}], 'datasourceInstances':"
            + " [1, {'datasourceId': 'a'}]}",
        "{'workspaces': [{'id': 'D507422C-8D6D-4361-AC7A-30074A8CD0A1'}]} {'workspaces': []}",
      })
  void storeBatch_entryThatIsNotAnObjectOrContentAfterTheResult_isRefusedAndStoresNothing(
      String result) throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      byte[] body = result.replace('\'', '"').getBytes(java.nio.charset.StandardCharsets.UTF_8);

      // reading on past such an entry is not possible; stopping there would lose what follows
      assertThatThrownBy(
              () ->
                  store.storeBatch(
                      plan(store), new ByteArrayInputStream(body), new MetadataSeen(), T0))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("scan result must be");

      assertThat(counts(store, "workspaces", "datasources")).containsOnly(0L);
      assertThat(query(store, "SELECT status FROM scan_batches")).isEqualTo("pending");
    }
  }

  /**
   * Found by ScanResultIngestFuzzTest: a report without an {@code id} but with users made its user
   * rows one column short (a null item id was read as "the workspace's own users"), and the batch
   * failed with an untyped IllegalArgumentException.
   */
  @Test
  void storeBatch_reportWithoutIdButWithUsers_storesTheUsersUnderANullReportId() throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      String body =
          """
          {"workspaces": [{"id": "D507422C-8D6D-4361-AC7A-30074A8CD0A1", "name": "w",
            "reports": [{"name": "no id",
              "users": [{"identifier": "a@contoso.com", "reportUserAccessRight": "Owner"}]}]}]}
          """;
      store.storeBatch(
          plan(store),
          new ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          new MetadataSeen(),
          T0);

      assertThat(
              query(
                  store,
                  "SELECT workspace_id || '|' || coalesce(report_id, 'null') || '|' || identifier"
                      + " FROM report_users"))
          .isEqualTo("d507422c-8d6d-4361-ac7a-30074a8cd0a1|null|a@contoso.com");
    }
  }

  @Test
  void export_parquet_writesEveryTableReadableBack() throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("i.duckdb"))) {
      store.storeBatch(plan(store), sample(), new MetadataSeen(), T0);

      List<Path> files = store.export(dir.resolve("out"), InventoryStore.ExportFormat.PARQUET);

      assertThat(files).hasSize(Tables.EXPORTED.size());
      String reports = dir.resolve("out/reports.parquet").toString();
      assertThat(query(store, "SELECT count(*) FROM read_parquet('" + reports + "')"))
          .isEqualTo("1");
    }
  }

  @Test
  void open_newerSchemaVersion_refusesWithAdvice() throws Exception {
    Path db = dir.resolve("i.duckdb");
    try (InventoryStore store = InventoryStore.open(db)) {
      query(store, "UPDATE schema_info SET version = 99 RETURNING version");
    }
    assertThatThrownBy(() -> InventoryStore.open(db))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("version 99");
  }

  @Test
  void open_versionOneDatabase_addsWhatIsMissingAndLowerCasesIds() throws Exception {
    Path db = dir.resolve("v1.duckdb");
    try (InventoryStore store = InventoryStore.open(db);
        Statement s = store.connection().createStatement()) {
      // back to version 1's shape: without the tables and columns version 2 added
      for (String t :
          List.of(
              "fabric_items",
              "fabric_item_users",
              "fabric_item_datasources",
              "report_datasources",
              "refresh_schedules")) {
        s.execute("DROP TABLE " + t);
      }
      s.execute("ALTER TABLE workspaces DROP COLUMN extra");
      s.execute("ALTER TABLE workspaces DROP COLUMN domain_id");
      s.execute("ALTER TABLE lineage_edges DROP COLUMN relation_type");
      s.execute("UPDATE schema_info SET version = 1");
      s.execute(
          "INSERT INTO workspaces (workspace_id, name, capacity_id) VALUES"
              + " ('D507422C-8D6D-4361-AC7A-30074A8CD0A1', 'Old', 'ABC')");
      s.execute(
          "INSERT INTO lineage_edges VALUES ('semantic_model', 'M-1', 'report', 'R-1',"
              + " 'D507422C-8D6D-4361-AC7A-30074A8CD0A1', NULL)");
    }

    try (InventoryStore store = InventoryStore.open(db)) {
      assertThat(query(store, "SELECT max(version) FROM schema_info")).isEqualTo("2");
      assertThat(
              query(
                  store,
                  "SELECT workspace_id || ' ' || capacity_id || ' ' || name"
                      + " || coalesce(domain_id, '') || coalesce(extra, '') FROM workspaces"))
          .isEqualTo("d507422c-8d6d-4361-ac7a-30074a8cd0a1 abc Old");
      assertThat(
              query(
                  store,
                  "SELECT from_id || to_id || coalesce(relation_type, '-')"
                      + " FROM lineage_edges"))
          .isEqualTo("m-1r-1-");
      assertThat(store.count("fabric_items")).isZero();
      store.storeBatch(plan(store), sample(), new MetadataSeen(), T0);
      assertThat(store.count("workspaces")).isEqualTo(3);
    }
  }

  @Test
  void savePlan_incrementalWithRepeats_scansModifiedAndUninventoriedOnceEach() throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("p.duckdb"))) {
      query(store, "INSERT INTO workspaces (workspace_id) VALUES ('a') RETURNING workspace_id");
      long run = store.runs().begin("incremental", T0, T0, "{}");

      store
          .runs()
          .savePlan(
              run,
              true,
              (listed, modified) -> {
                List.of("a", "b", "c", "b").forEach(listed);
                List.of("c", "x", "c").forEach(modified);
              });

      assertThat(
              query(
                  store,
                  "SELECT string_agg(workspace_id, ',' ORDER BY workspace_id)"
                      + " FROM scan_batch_workspaces WHERE run_id = "
                      + run))
          .isEqualTo("b,c,x");
      assertThat(
              query(
                  store,
                  "SELECT string_agg(workspace_id, ',' ORDER BY workspace_id)"
                      + " FROM scan_run_workspaces WHERE run_id = "
                      + run))
          .isEqualTo("a,b,c");
      assertThat(store.runs().openBatches(run))
          .singleElement()
          .satisfies(b -> assertThat(b.workspaceCount()).isEqualTo(3));
      assertThat(query(store, "SELECT workspaces_listed || '/' || batches FROM scan_runs"))
          .isEqualTo("3/1");
    }
  }

  @Test
  void savePlan_fullRunOf250_cutsBatchesOf100InListingOrder() throws Exception {
    try (InventoryStore store = InventoryStore.open(dir.resolve("p.duckdb"))) {
      long run = store.runs().begin("full", T0, null, "{}");

      store
          .runs()
          .savePlan(
              run,
              false,
              (listed, modified) -> {
                for (int i = 0; i < 250; i++) {
                  listed.accept(String.format("w%03d", 249 - i));
                }
              });

      List<Batch> batches = store.runs().openBatches(run);
      assertThat(batches).extracting(Batch::workspaceCount).containsExactly(100, 100, 50);
      assertThat(store.runs().batchWorkspaces(batches.get(2)))
          .hasSize(50)
          .allSatisfy(id -> assertThat(id).isLessThan("w050"));
      assertThat(store.count("scan_batch_workspaces")).isEqualTo(250);
    }
  }

  private static Batch plan(InventoryStore store) throws Exception {
    long run = store.runs().begin("full", T0, null, "{}");
    store.runs().savePlan(run, false, (listed, modified) -> IDS.forEach(listed));
    return store.runs().openBatches(run).get(0).requested("scan-1", T0);
  }

  private static InputStream sample() {
    return InventoryStoreTest.class.getResourceAsStream("scan-result-sample.json");
  }

  static List<Long> counts(InventoryStore store, String... tables) {
    return Arrays.stream(tables).map(store::count).toList();
  }

  static String query(InventoryStore store, String sql) throws Exception {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
