package dev.pbiadmin.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.inventory.InventoryStore;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.content.ContentCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an inventory must hold, from the emulator's own content: row counts per table and the
 * workspace ids, plus a row-by-row dump to compare a faulty run with an undisturbed one.
 */
public final class GroundTruth {
  // bookkeeping of runs and batches differs between runs by design; the content must not
  private static final Set<String> NOT_CONTENT =
      Set.of(
          "scan_runs",
          "scan_batches",
          "scan_batch_workspaces",
          "scan_run_workspaces",
          "activity_events",
          "activity_days");

  private GroundTruth() {}

  /**
   * Row counts of the tables the emulator can count, then the workspace ids, nothing lost or
   * doubled.
   */
  public static void assertMatchesTheEmulator(InventoryStore store, Emulator e)
      throws SQLException {
    ContentCounts truth = e.powerBi().content().counts();
    assertThat(
            List.of(
                    "workspaces",
                    "workspace_users",
                    "reports",
                    "dashboards",
                    "dashboard_tiles",
                    "semantic_models",
                    "dataflows",
                    "datamarts",
                    "datasources")
                .stream()
                .map(store::count)
                .toList())
        .as(
            "rows of workspaces, workspace_users, reports, dashboards, dashboard_tiles,"
                + " semantic_models, dataflows, datamarts, datasources")
        .containsExactly(
            (long) truth.workspaces(),
            (long) truth.workspaceUsers(),
            (long) truth.reports(),
            (long) truth.dashboards(),
            (long) truth.tiles(),
            (long) truth.datasets(),
            (long) truth.dataflows(),
            (long) truth.datamarts(),
            (long) truth.datasources());
    Set<String> ids = new TreeSet<>();
    e.powerBi().content().workspaces().forEach(w -> ids.add(w.id()));
    assertThat(column(store, "SELECT workspace_id FROM workspaces")).containsExactlyElementsOf(ids);
  }

  /** No content table holds the same row twice (a retried or resumed batch stored again). */
  static void assertNoRowTwice(InventoryStore store) throws SQLException {
    List<String> rows = dump(store);
    assertThat(rows).as("content rows").doesNotHaveDuplicates();
  }

  /** Every content row of every table, sorted; equal dumps mean the same rows, each as often. */
  static List<String> dump(InventoryStore store) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String table :
        column(
            store,
            "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'main' AND table_type = 'BASE TABLE'")) {
      if (NOT_CONTENT.contains(table)) {
        continue;
      }
      // when a workspace was scanned, and datasources' first/last seen, are run facts, not content
      String cols =
          switch (table) {
            case "workspaces" -> "* EXCLUDE (scan_id, scanned_at)";
            case "datasources" -> "datasource_id";
            default -> "*";
          };
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT " + cols + " FROM " + table)) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder b = new StringBuilder(table);
          for (int i = 1; i <= n; i++) {
            b.append('|').append(rs.getString(i));
          }
          rows.add(b.toString());
        }
      }
    }
    rows.sort(null);
    return rows;
  }

  static List<String> column(InventoryStore store, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    values.sort(null);
    return values;
  }
}
