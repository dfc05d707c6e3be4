package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.InventoryStoreTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real-shaped scan result the emulator's writer did not produce ({@code
 * scan-result-real-shapes.json}, written by hand from docs/reference/scan-result-real-shapes.md;
 * its companion {@code .md} maps each part to the reference's sections), stored into a real DuckDB
 * file: every id in it must come out, in the table an admin would look for it in.
 */
class RealShapesIngestTest {
  private static final String RESOURCE = "scan-result-real-shapes.json";
  private static final String WS_A = "6a0d0c4e-1111-4a4a-8a8a-0000000000a1";
  private static final String LAKEHOUSE = "1a1a1a1a-0000-4000-8000-00000000001a";

  @TempDir Path dir;
  private InventoryStore store;
  private MetadataSeen seen;
  private ScanResultIngest.Outcome outcome;

  @BeforeEach
  void ingest() throws Exception {
    store = InventoryStore.open(dir.resolve("real.duckdb"));
    long run = store.runs().begin("full", Instant.EPOCH, null, "{}");
    // listed as the service lists them: in either case
    store
        .runs()
        .savePlan(
            run,
            false,
            (listed, modified) ->
                List.of(
                        "6A0D0C4E-1111-4A4A-8A8A-0000000000A1",
                            "5b1e2f3a-2222-4b4b-8b8b-0000000000b2",
                        "7c2f3a4b-3333-4c4c-8c8c-0000000000c3",
                            "8D3A4B5C-4444-4D4D-8D8D-0000000000D4")
                    .forEach(listed));
    Batch batch = store.runs().openBatches(run).get(0).requested("scan-1", Instant.EPOCH);
    seen = new MetadataSeen();
    try (InputStream in = resource()) {
      outcome = store.storeBatch(batch, in, seen, Instant.parse("2026-01-01T00:00:00Z"));
    }
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  private static InputStream resource() {
    return RealShapesIngestTest.class.getResourceAsStream(RESOURCE);
  }

  @Test
  void storeBatch_realShapes_everyIdOfTheResultIsInTheDatabase() throws Exception {
    Set<String> ids = EveryId.in(new ObjectMapper().readTree(resource()));
    String stored = EveryId.stored(store);

    assertThat(ids).hasSizeGreaterThan(50);
    assertThat(ids).allSatisfy(id -> assertThat(stored).as(id).contains(id));
    assertThat(outcome.workspacesStored()).isEqualTo(4);
    assertThat(outcome.workspacesInStateDeleted()).isEqualTo(1);
  }

  @Test
  void storeBatch_fabricItemArrays_landInOneTableUnderTheirOwnKeys() throws Exception {
    assertThat(rows("SELECT item_type || '=' || normalized_type FROM fabric_items ORDER BY 1"))
        .containsExactly(
            "CopyJob=CopyJob",
            "DataPipeline=DataPipeline",
            "DigitalTwinBuilder=DigitalTwinBuilder",
            "Environment=Environment",
            "Eventhouse=Eventhouse",
            "Eventstream=Eventstream",
            "KQLDatabase=KQLDatabase",
            "Lakehouse=Lakehouse",
            "MLExperiment=MLExperiment",
            "MLModel=MLModel",
            "Notebook=Notebook",
            "Reflex=Reflex",
            "SQLAnalyticsEndpoint=SQLEndpoint",
            "kustoeventhubdataconnection=KustoEventHubDataConnection",
            "sqldbnative=SQLDatabase",
            "warehouses=Warehouse");
    assertThat(
            query(
                store,
                "SELECT access_right FROM fabric_item_users u JOIN fabric_items i"
                    + " USING (fabric_item_id) WHERE i.item_type = 'warehouses'"))
        .isEqualTo("Admin");
    assertThat(query(store, "SELECT count(*) FROM fabric_item_users")).isEqualTo("6");
    assertThat(
            query(
                store,
                "SELECT json_extract_string(extended_properties, '$.DwProperties')"
                    + " FROM fabric_items WHERE item_type = 'Lakehouse'"))
        .contains("tdsEndpoint");
    assertThat(
            query(
                store,
                "SELECT configured_by || ' ' || modified_date_time FROM fabric_items"
                    + " WHERE item_type = 'warehouses'"))
        .isEqualTo("bob@contoso.com 2024-02-01 00:00:00");
    assertThat(
            query(store, "SELECT extra FROM fabric_items WHERE item_type = 'DigitalTwinBuilder'"))
        .isEqualTo("{\"ontologyVersion\":3}");
  }

  @Test
  void storeBatch_relations_becomeLineageFromTheLakehouseDownToTheDashboard() throws Exception {
    List<String> edges =
        rows(
            "SELECT from_kind || ':' || from_id || '>' || to_kind || ':' || to_id"
                + " || ' ' || coalesce(relation_type, '-') FROM lineage_edges ORDER BY 1");

    assertThat(edges)
        .contains(
            "fabric_item:"
                + LAKEHOUSE
                + ">semantic_model:11111111-aaaa-4000-8000-000000000001 Association",
            "semantic_model:11111111-aaaa-4000-8000-000000000001>report:a1000000-0000-4000-8000-000000000001"
                + " Datasource",
            "report:a1000000-0000-4000-8000-000000000001>dashboard:d1000000-0000-4000-8000-000000000001"
                + " -",
            "fabric_item:"
                + LAKEHOUSE
                + ">fabric_item:2b2b2b2b-0000-4000-8000-00000000002b CascadeDelete",
            "fabric_item:"
                + LAKEHOUSE
                + ">fabric_item:4d4d4d4d-0000-4000-8000-00000000004d Datasource",
            "fabric_item:"
                + LAKEHOUSE
                + ">fabric_item:f3f3f3f3-0000-4000-8000-0000000000f3 Datasource",
            "datasource:c3000000-0000-4000-8000-000000000003>report:a3000000-0000-4000-8000-000000000003"
                + " -",
            "datasource:c4000000-0000-4000-8000-000000000004>fabric_item:" + LAKEHOUSE + " -",
            // another workspace's lakehouse: resolved once the batch is stored
            "fabric_item:"
                + LAKEHOUSE
                + ">semantic_model:33333333-aaaa-4000-8000-000000000003 Association",
            // an item outside the result stays known by id only
            "artifact:99999999-0000-4000-8000-000000000099>semantic_model:33333333-aaaa-4000-8000-000000000003"
                + " Association");
    // a relation repeating a known link (a datasetId in another workspace) is one edge, typed
    assertThat(edges).filteredOn(e -> e.contains(">report:a1000000")).hasSize(1);
    assertThat(edges)
        .filteredOn(e -> e.contains(">report:b1000000"))
        .containsExactly(
            "semantic_model:22222222-aaaa-4000-8000-000000000002>report:b1000000-0000-4000-8000-000000000001"
                + " Datasource");
    assertThat(
            query(
                store,
                "SELECT from_workspace_id FROM lineage_edges WHERE to_id ="
                    + " '33333333-aaaa-4000-8000-000000000003' AND from_kind = 'fabric_item'"))
        .isEqualTo(WS_A);
    assertThat(query(store, "SELECT count(*) FROM report_datasources")).isEqualTo("1");
    assertThat(
            query(
                store,
                "SELECT datasource_type FROM datasources JOIN report_datasources"
                    + " USING (datasource_id)"))
        .isEqualTo("Sql");
  }

  @Test
  void storeBatch_appCopies_areKeptBesideTheirOriginals() throws Exception {
    assertThat(
            rows(
                "SELECT report_id || ' ' || coalesce(app_id, '-') || ' ' ||"
                    + " coalesce(original_report_id, '-') FROM reports WHERE name = 'Sales"
                    + " overview' ORDER BY 1"))
        .containsExactly(
            "a1000000-0000-4000-8000-000000000001 - -",
            "a2000000-0000-4000-8000-000000000002 abab0000-0000-4000-8000-00000000abab"
                + " a1000000-0000-4000-8000-000000000001");
    assertThat(query(store, "SELECT count(*) FROM dashboards WHERE app_id IS NOT NULL"))
        .isEqualTo("1");
  }

  @Test
  void storeBatch_everyTimestampForm_isReadAsUtc() throws Exception {
    assertThat(
            rows(
                "SELECT CAST(created_date_time AS VARCHAR) || ' ' || CAST(modified_date_time AS"
                    + " VARCHAR) FROM reports WHERE modified_date_time IS NOT NULL ORDER BY"
                    + " report_id"))
        .containsExactly(
            "2024-03-02 08:00:00 2024-03-02 08:00:00.5",
            "2020-06-16 08:22:49.14 2025-11-05 14:03:07.12345");
    assertThat(rows("SELECT CAST(created_date AS VARCHAR) FROM semantic_models ORDER BY 1"))
        .containsExactly(
            "2019-05-01 04:35:15.867", "2024-03-01 10:15:30.123456", "2025-01-01 00:00:00");
    assertThat(query(store, "SELECT CAST(modified_date_time AS VARCHAR) FROM dataflows"))
        .isEqualTo("2024-02-28 11:00:00.12");
    assertThat(
            query(
                store,
                "SELECT CAST(created_date AS VARCHAR) FROM fabric_items"
                    + " WHERE item_type = 'CopyJob'"))
        .isEqualTo("2025-10-01 12:00:00.123456");
  }

  @Test
  void storeBatch_mixedCaseIds_areStoredLowerCaseAndJoin() throws Exception {
    // the run's plan keeps ids as the listing gave them (and compares them lower-cased)
    for (Table t : Tables.EXPORTED) {
      for (Table.Column c : t.columns()) {
        if (Schema.isId(c)) {
          assertThat(
                  query(
                      store,
                      "SELECT count(*) FROM "
                          + t.name()
                          + " WHERE "
                          + c.name()
                          + " <> lower("
                          + c.name()
                          + ")"))
              .as(t.name() + "." + c.name())
              .isEqualTo("0");
        }
      }
    }
    assertThat(query(store, "SELECT count(DISTINCT capacity_id) FROM workspaces")).isEqualTo("1");
    assertThat(
            query(
                store,
                "SELECT count(*) FROM semantic_model_datasources l JOIN datasources d"
                    + " USING (datasource_id)"))
        .isEqualTo("3");
    assertThat(
            query(
                store,
                "SELECT r.name FROM reports r JOIN semantic_models m"
                    + " ON m.semantic_model_id = r.semantic_model_id AND m.workspace_id ="
                    + " r.semantic_model_workspace_id"))
        .isEqualTo("Budget vs actual");
    assertThat(query(store, "SELECT status FROM scan_batches")).isEqualTo("stored");
  }

  @Test
  void storeBatch_modelDataflowAndDatasourceFields_haveTypedColumns() throws Exception {
    assertThat(
            rows(
                "SELECT schedule_type || ' ' || coalesce(CAST(enabled AS VARCHAR), '-') || ' ' ||"
                    + " days || ' ' || times || ' ' || coalesce(CAST(frequency AS VARCHAR), '-') ||"
                    + " ' ' || local_time_zone_id FROM refresh_schedules ORDER BY item_kind,"
                    + " schedule_type"))
        .containsExactly(
            "refreshSchedule false Sunday 02:30 - Pacific Standard Time",
            "directQueryRefreshSchedule - " + "  30 W. Europe Standard Time",
            "refreshSchedule true Monday,Friday 07:00,19:00 - UTC");
    assertThat(
            query(
                store,
                "SELECT configured_by_id || ' ' || schema_may_not_be_up_to_date FROM"
                    + " semantic_models WHERE name LIKE 'Sales%'"))
        .isEqualTo("0b0b0b0b-0000-4000-8000-0000000000b0 true");
    assertThat(
            rows(
                "SELECT column_type || ' ' || coalesce(expression, '-') FROM semantic_model_columns"
                    + " ORDER BY column_name"))
        .containsExactly("Data -", "Calculated [Amount] * 1.2", "RowNumber -");
    assertThat(
            query(
                store,
                "SELECT storage_mode || ' ' || source_schema_name FROM semantic_model_tables"))
        .isEqualTo("DirectLake dbo");
    assertThat(
            query(
                store,
                "SELECT data_retrieval_state || ' ' || domain_id FROM workspaces"
                    + " WHERE workspace_id = '"
                    + WS_A
                    + "'"))
        .isEqualTo("Active d0d0d0d0-0000-4000-8000-00000000d0d0");
    assertThat(
            rows(
                "SELECT datasource_type || ' ' || coalesce(extension_data_source_kind, '-') || ' '"
                    + " || coalesce(share_point_site_url, '-') FROM datasources ORDER BY"
                    + " datasource_id"))
        .containsExactly(
            "Extension Databricks -",
            "SharePointList - https://contoso.sharepoint.com/sites/finance",
            "Sql - -",
            "Web - -",
            "Extension AmazonRedshift -",
            "File - -");
    assertThat(
            query(
                store,
                "SELECT extension_data_source_path FROM datasources"
                    + " WHERE extension_data_source_kind = 'Databricks'"))
        .contains("\\/sql\\/1.0\\/warehouses");
    assertThat(
            query(
                store,
                "SELECT connection_string FROM datasources"
                    + " WHERE extension_data_source_kind = 'AmazonRedshift'"))
        .startsWith("Server=");
  }

  @Test
  void storeBatch_unknownFieldsAndTypes_areKeptAndCounted() throws Exception {
    assertThat(query(store, "SELECT extra FROM reports WHERE report_id LIKE 'a1%'"))
        .contains("webUrl");
    assertThat(
            query(store, "SELECT extra FROM semantic_model_columns WHERE column_name = 'Amount'"))
        .isEqualTo("{\"sourceColumn\":\"amount\"}");
    assertThat(query(store, "SELECT extra FROM dataflows")).isEqualTo("{\"generation\":2}");
    assertThat(query(store, "SELECT extra FROM workspaces WHERE workspace_id = '" + WS_A + "'"))
        .isEqualTo("{\"eventStream\":\"legacy-workspace-level-string\"}");
    assertThat(query(store, "SELECT extra FROM fabric_items WHERE item_type = 'Notebook'"))
        .contains("\"usage\":\"ReadWrite\"")
        .contains("settingsList");
    assertThat(
            query(
                store,
                "SELECT extra FROM datasources WHERE extension_data_source_kind ="
                    + " 'AmazonRedshift'"))
        .isEqualTo("{\"name\":\"deprecated instance name\"}");
    assertThat(query(store, "SELECT extra FROM scan_batches")).contains("somethingNewAtTopLevel");

    List<String> notes = seen.unrecognised.notes();
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0))
        .startsWith("2 item type(s) new to pbiadmin")
        .contains("CopyJob (1)", "DigitalTwinBuilder (1)");
    assertThat(notes.get(1))
        .startsWith("9 value(s) of 9 field(s) pbiadmin has no column for")
        .contains(
            "workspaces.reports.webUrl (1)",
            "workspaces.eventStream (1)",
            "workspaces.DigitalTwinBuilder.ontologyVersion (1)",
            "somethingNewAtTopLevel (1)",
            "workspaces.datasets.tables.columns.sourceColumn (1)",
            "workspaces.Notebook.relations.usage (1)",
            "datasourceInstances.name (1)",
            "workspaces.dataflows.generation (1)");
  }

  private List<String> rows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
