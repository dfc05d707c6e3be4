package dev.pbiadmin.cli.report;

import dev.pbiadmin.cli.inventory.InventoryStore;
import java.nio.file.Path;
import java.sql.Statement;

/**
 * A hand-written inventory small enough to know every answer: created with the real inventory
 * schema, then filled with rows whose aggregates the tests state.
 */
final class TinyInventory {
  static final String EVIL =
      "</script><script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";
  static final String QUOTES = "Sales \"Q4\" & 'Q1' <b>bold</b> \u2028 Café 東京 🚀";

  private TinyInventory() {}

  /**
   * Workspaces: w1 (Workspace, Active, capacity c1, admins alice + sp-app), w2 (Workspace, Active,
   * shared, no admin: orphaned, named {@link #EVIL}), p1 (PersonalGroup, one model). Models m1 (2
   * reports and an app's copy of r1, fed by datasource d1 and Direct Lake on lakehouse lh1), m2 (no
   * report, named {@link #QUOTES}), m3 (in p1, no report). A dashboard on r1. A paginated report r3
   * on datasource d2. Fabric items lh1 (Lakehouse, feeds m1 and notebook nb1) and nb1 in w1,
   * warehouse wh1 in w2.
   */
  static Path create(Path file, boolean activity) throws Exception {
    try (InventoryStore store = InventoryStore.open(file);
        Statement s = store.connection().createStatement()) {
      s.execute(
          "INSERT INTO workspaces (workspace_id, name, type, state, is_personal, capacity_id)"
              + " VALUES ('w1', 'Finance', 'Workspace', 'Active', false, 'c1'),"
              + " ('w2', '"
              + EVIL.replace("'", "''")
              + "', 'Workspace', 'Active', false, NULL),"
              + " ('p1', 'PersonalWorkspace Ann', 'PersonalGroup', 'Active', true, NULL)");
      s.execute(
          "INSERT INTO workspace_users (workspace_id, identifier, display_name, principal_type,"
              + " access_right) VALUES ('w1', 'alice@x', 'Alice', 'User', 'Admin'), ('w1', 'app-1',"
              + " 'Robot', 'App', 'Admin'), ('w1', 'bob@x', 'Bob', 'User', 'Viewer'), ('w2',"
              + " 'bob@x', 'Bob', 'User', 'Member')");
      s.execute(
          "INSERT INTO semantic_models (semantic_model_id, workspace_id, name) VALUES"
              + " ('m1', 'w1', 'Revenue'), ('m2', 'w1', '"
              + QUOTES.replace("'", "''")
              + "'),"
              + " ('m3', 'p1', 'Scratch')");
      s.execute(
          "INSERT INTO reports (report_id, workspace_id, name, semantic_model_id, report_type,"
              + " app_id, original_report_id) VALUES"
              + " ('r1', 'w1', 'Revenue report', 'm1', 'PowerBIReport', NULL, NULL),"
              + " ('r2', 'w1', 'Revenue detail', 'm1', 'PowerBIReport', NULL, NULL),"
              + " ('r1app', 'w1', 'Revenue report', 'm1', 'PowerBIReport', 'app-9', 'r1'),"
              + " ('r3', 'w1', 'Invoices', NULL, 'PaginatedReport', NULL, NULL)");
      s.execute(
          "INSERT INTO fabric_items (fabric_item_id, workspace_id, item_type, normalized_type,"
              + " name) VALUES ('lh1', 'w1', 'Lakehouse', 'Lakehouse', 'Sales lake'), ('nb1', 'w1',"
              + " 'Notebook', 'Notebook', 'Load orders'), ('wh1', 'w2', 'warehouses', 'Warehouse',"
              + " 'Finance DW')");
      s.execute("INSERT INTO report_datasources VALUES ('r3', 'd2', 'w1', false)");
      s.execute(
          "INSERT INTO dashboards (dashboard_id, workspace_id, display_name) VALUES"
              + " ('b1', 'w1', 'Board')");
      s.execute(
          "INSERT INTO widely_shared_artifacts (share_kind, artifact_id, artifact_type,"
              + " display_name, access_right, share_type, sharer_email) VALUES ('publishedToWeb',"
              + " 'r1', 'Report', 'Revenue report', 'Read', 'PublishToWeb', 'alice@x')");
      s.execute(
          "INSERT INTO datasources (datasource_id, datasource_type, server, database)"
              + " VALUES ('d1', 'Sql', 'sql.example', 'sales'), ('d2', 'File', NULL, NULL)");
      s.execute(
          "INSERT INTO semantic_model_datasources (semantic_model_id, datasource_id,"
              + " workspace_id) VALUES ('m1', 'd1', 'w1')");
      s.execute(
          "INSERT INTO lineage_edges VALUES"
              + " ('datasource', 'd1', 'semantic_model', 'm1', 'w1', NULL, NULL),"
              + " ('semantic_model', 'm1', 'report', 'r1', 'w1', 'w1', NULL),"
              + " ('semantic_model', 'm1', 'report', 'r2', 'w1', 'w1', NULL),"
              + " ('semantic_model', 'm1', 'report', 'r1app', 'w1', 'w1', NULL),"
              + " ('report', 'r1', 'dashboard', 'b1', 'w1', 'w1', NULL),"
              + " ('fabric_item', 'lh1', 'semantic_model', 'm1', 'w1', 'w1', 'Association'),"
              + " ('fabric_item', 'lh1', 'fabric_item', 'nb1', 'w1', 'w1', 'Datasource'),"
              + " ('datasource', 'd2', 'report', 'r3', 'w1', NULL, NULL)");
      if (activity) {
        s.execute(
            "CREATE TABLE activity_events (id VARCHAR, creation_time TIMESTAMP, day DATE,"
                + " activity VARCHAR, user_id VARCHAR, workspace_id VARCHAR)");
        s.execute(
            "INSERT INTO activity_events VALUES"
                + " ('e1', '2026-11-20 10:00', '2026-11-20', 'ViewReport', 'alice@x', 'w1'),"
                + " ('e2', '2026-11-20 11:00', '2026-11-20', 'ViewReport', 'bob@x', 'w1'),"
                + " ('e3', '2026-11-21 09:00', '2026-11-21', 'ExportReport', 'bob@x', 'w1')");
      }
    }
    return file;
  }
}
