package dev.pbiadmin.cli.commands;

import dev.pbiadmin.cli.inventory.InventoryException;
import dev.pbiadmin.cli.inventory.InventoryStore;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code pbiadmin demo} shows of the extracted inventory: row counts of the main tables and
 * four of docs/schema.md's ready queries with (the first rows of) their results.
 */
final class DemoReport {
  /** Tables whose row count the summary shows, in the order shown. */
  static final List<String> COUNTED =
      List.of(
          "workspaces",
          "workspace_users",
          "semantic_models",
          "semantic_model_tables",
          "semantic_model_columns",
          "semantic_model_measures",
          "reports",
          "report_datasources",
          "dashboards",
          "dashboard_tiles",
          "dataflows",
          "datamarts",
          "fabric_items",
          "fabric_item_users",
          "refresh_schedules",
          "datasources",
          "lineage_edges");

  private record Example(String title, int shown, String sql) {}

  private static final List<Example> EXAMPLES =
      List.of(
          new Example(
              "Orphaned workspaces (no admin)",
              5,
              """
              SELECT w.workspace_id, w.name, w.type, w.state
              FROM workspaces w
              WHERE NOT EXISTS (
                SELECT 1 FROM workspace_users u
                WHERE u.workspace_id = w.workspace_id AND u.access_right = 'Admin')
              ORDER BY w.name\
              """),
          new Example(
              "Semantic models without reports",
              5,
              """
              SELECT m.name, w.name AS workspace, m.configured_by
              FROM semantic_models m
              JOIN workspaces w USING (workspace_id)
              WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.semantic_model_id = m.semantic_model_id)
              ORDER BY workspace, m.name\
              """),
          new Example(
              "Datasources by type",
              20,
              """
              SELECT d.datasource_type,
                     count(DISTINCT d.datasource_id) AS datasources,
                     count(DISTINCT l.semantic_model_id) AS semantic_models
              FROM datasources d
              LEFT JOIN semantic_model_datasources l USING (datasource_id)
              GROUP BY d.datasource_type
              ORDER BY datasources DESC, d.datasource_type\
              """),
          new Example(
              "Items by type, Power BI and Fabric",
              20,
              """
              WITH items AS (
                SELECT workspace_id, 'SemanticModel' AS type FROM semantic_models
                UNION ALL SELECT workspace_id, coalesce(report_type, 'Report') FROM reports
                  WHERE app_id IS NULL
                UNION ALL SELECT workspace_id, 'Dashboard' FROM dashboards WHERE app_id IS NULL
                UNION ALL SELECT workspace_id, 'Dataflow' FROM dataflows
                UNION ALL SELECT workspace_id, 'Datamart' FROM datamarts
                UNION ALL SELECT workspace_id, normalized_type FROM fabric_items)
              SELECT type, count(*) AS items, count(DISTINCT workspace_id) AS workspaces
              FROM items
              GROUP BY type
              ORDER BY items DESC, type\
              """));

  private final PrintWriter out;
  private final InventoryStore store;

  DemoReport(PrintWriter out, InventoryStore store) {
    this.out = out;
    this.store = store;
  }

  void print() {
    out.println("Rows per table:");
    for (String table : COUNTED) {
      out.printf("  %-24s %,10d%n", table, store.count(table));
    }
    try (Statement s = store.connection().createStatement()) {
      for (Example e : EXAMPLES) {
        out.println();
        out.println("-- " + e.title());
        out.println(e.sql() + ";");
        long rows;
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + e.sql() + ")")) {
          rs.next();
          rows = rs.getLong(1);
        }
        try (ResultSet rs = s.executeQuery(e.sql() + " LIMIT " + e.shown())) {
          table(rs);
        }
        out.println(
            rows > e.shown()
                ? "(" + rows + " rows, first " + e.shown() + " shown)"
                : "(" + rows + " rows)");
      }
    } catch (SQLException e) {
      throw new InventoryException("an example query failed: " + e.getMessage(), e);
    }
  }

  /** Prints a result as an aligned text table. */
  private void table(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<String[]> lines = new ArrayList<>();
    String[] head = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = md.getColumnLabel(i + 1);
    }
    lines.add(head);
    while (rs.next()) {
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        String v = rs.getString(i + 1);
        row[i] = v == null ? "NULL" : v.length() > 40 ? v.substring(0, 39) + "…" : v;
      }
      lines.add(row);
    }
    int[] width = new int[n];
    for (String[] l : lines) {
      for (int i = 0; i < n; i++) {
        width[i] = Math.max(width[i], l[i].length());
      }
    }
    for (String[] l : lines) {
      StringBuilder b = new StringBuilder(" ");
      for (int i = 0; i < n; i++) {
        b.append(' ')
            .append(String.format("%-" + width[i] + "s", l[i]))
            .append(i < n - 1 ? " |" : "");
      }
      out.println(b.toString().stripTrailing());
    }
  }
}
