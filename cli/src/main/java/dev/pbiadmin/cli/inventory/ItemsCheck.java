package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.models.FabricItem;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.duckdb.DuckDBConnection;

/**
 * {@code inventory --items-check}: compares what the scanner returned with what the Fabric admin
 * API's Items_ListItems lists, so that items a scan result leaves out (item types the scanner does
 * not return yet) do not go unnoticed. Both sides are compared by id, per workspace and Fabric item
 * type ({@link ItemTypes} maps the scan result's keys); the listing, the counts and the differences
 * replace the previous check's in one transaction (docs/schema.md).
 *
 * <p>Only what both sides can hold is compared: workspaces of the inventory that are not deleted
 * (the API lists "active" items only), and no apps (the API lists them as items, scan results do
 * not). Everything else is counted as not compared, never dropped; a type neither side's mapping
 * knows is compared under its own name.
 */
public final class ItemsCheck {
  /** The scanner's items as Fabric item types, app copies marked by their app. */
  private static final String SCANNED =
      String.join(
          " UNION ALL ",
          "SELECT report_id AS item_id, workspace_id, CASE WHEN lower(report_type) ="
              + " 'paginatedreport' THEN 'PaginatedReport' ELSE '"
              + ItemTypes.POWER_BI_TYPES.get("reports")
              + "' END AS item_type, name, app_id FROM reports",
          powerBi("dashboards", "dashboard_id", "display_name", "app_id"),
          powerBi("datasets", "semantic_model_id", "name", "NULL"),
          powerBi("dataflows", "dataflow_id", "name", "NULL"),
          powerBi("datamarts", "datamart_id", "name", "NULL"),
          "SELECT fabric_item_id, workspace_id, normalized_type, name, NULL FROM fabric_items");

  /** Workspaces whose items both sides list. */
  private static final String SCOPE =
      "SELECT workspace_id FROM workspaces"
          + " WHERE coalesce(state, 'Active') NOT IN ('Deleted', 'Removing')";

  private static final String APP = "App";
  private static final int SHOWN = 20;
  private static final int PROGRESS_EVERY = 1000;

  /** One item only one side has, or that the sides type differently. */
  public record Difference(
      String itemId,
      String workspaceId,
      String workspaceName,
      String itemType,
      String name,
      String difference,
      String note) {}

  /** One item type's totals over the compared workspaces. */
  public record TypeCount(String itemType, long scanner, long fabric) {}

  /**
   * What a check found.
   *
   * @param notCompared Fabric's apps and the items of workspaces outside the comparison, both sides
   * @param workspacesDiffering compared workspaces where a type's counts differ
   * @param shown the first differences, for the printed summary (all are in the table)
   */
  public record Result(
      long fabricItems,
      long scannerItems,
      long notInScan,
      long notInFabricList,
      long typeDiffers,
      long apps,
      long notCompared,
      long workspacesDiffering,
      List<TypeCount> byType,
      List<Difference> shown) {

    public boolean clean() {
      return notInScan == 0 && notInFabricList == 0 && typeDiffers == 0;
    }

    public void print(PrintWriter out) {
      out.printf(
          "Items check (Fabric admin API, GET /v1/admin/items): %,d items listed, %,d returned"
              + " by the scanner; %s%n",
          fabricItems,
          scannerItems,
          clean() ? "no differences" : "differences in " + workspacesDiffering + " workspace(s)");
      StringBuilder types = new StringBuilder();
      for (TypeCount t : byType) {
        types
            .append(types.length() == 0 ? "" : ", ")
            .append(t.itemType())
            .append(' ')
            .append(t.scanner())
            .append(t.scanner() == t.fabric() ? "" : "/" + t.fabric());
      }
      out.println("  by type (scanner, /Fabric where they differ): " + types);
      out.printf(
          "  not returned by the scanner: %,d; returned by the scanner only: %,d;"
              + " typed differently: %,d%n",
          notInScan, notInFabricList, typeDiffers);
      if (notCompared > 0) {
        out.printf(
            "  not compared: %,d (apps: %,d, which scan results do not carry; the rest in"
                + " deleted workspaces or workspaces outside the inventory)%n",
            notCompared, apps);
      }
      for (Difference d : shown) {
        out.printf(
            "  %s: %s '%s' (%s) in workspace '%s' (%s)%s%n",
            label(d.difference()),
            d.itemType(),
            d.name(),
            d.itemId(),
            d.workspaceName(),
            d.workspaceId(),
            d.note() == null ? "" : "; " + d.note());
      }
      long all = notInScan + notInFabricList + typeDiffers;
      if (all > shown.size()) {
        out.printf("  … %,d more in items_check_differences%n", all - shown.size());
      }
      out.flush();
    }

    private static String label(String difference) {
      return switch (difference) {
        case NOT_IN_SCAN -> "not returned by the scanner";
        case NOT_IN_FABRIC_LIST -> "not listed by Fabric";
        default -> "typed differently";
      };
    }
  }

  static final String NOT_IN_SCAN = "not_in_scan";
  static final String NOT_IN_FABRIC_LIST = "not_in_fabric_list";
  static final String TYPE_DIFFERS = "type_differs";

  private ItemsCheck() {}

  private static String powerBi(String key, String id, String name, String appId) {
    String table = key.equals("datasets") ? "semantic_models" : key;
    return "SELECT "
        + id
        + ", workspace_id, '"
        + ItemTypes.POWER_BI_TYPES.get(key)
        + "', "
        + name
        + ", "
        + appId
        + " FROM "
        + table;
  }

  /**
   * Stores {@code listing} (lazily paged: a failure while paging throws, and the previous check
   * stays as it was), compares it with the inventory of run {@code runId} and records the check;
   * {@code listed} hears every thousand items, for a progress line.
   */
  public static Result run(
      InventoryStore store,
      long runId,
      Iterable<FabricItem> listing,
      Instant now,
      LongConsumer listed) {
    Connection c = store.connection();
    try {
      return Transactions.inOne(
          c,
          () -> {
            try (Statement s = c.createStatement()) {
              for (Table t :
                  List.of(
                      Tables.FABRIC_ADMIN_ITEMS,
                      Tables.ITEMS_CHECK_COUNTS,
                      Tables.ITEMS_CHECK_DIFFERENCES)) {
                s.execute("DELETE FROM " + t.name());
              }
            }
            LocalDateTime at = InventoryStore.utc(now);
            try (Appenders rows = new Appenders(c.unwrap(DuckDBConnection.class))) {
              long n = 0;
              for (FabricItem i : listing) {
                rows.add(
                    Tables.FABRIC_ADMIN_ITEMS,
                    lower(i.id()),
                    lower(i.workspaceId()),
                    i.type(),
                    i.name(),
                    i.state(),
                    lower(i.capacityId()),
                    InventoryStore.utc(i.lastUpdatedDate()),
                    at);
                if (++n % PROGRESS_EVERY == 0) {
                  listed.accept(n);
                }
              }
            }
            compare(c);
            Result result = result(c);
            record(c, at, runId, "complete", result, null);
            return result;
          });
    } catch (SQLException e) {
      throw new InventoryException("cannot store the items check: " + e.getMessage(), e);
    }
  }

  /** Records a check that could not list the items; the previous check's tables stay. */
  public static void failed(InventoryStore store, long runId, Instant now, String message) {
    try {
      record(store.connection(), InventoryStore.utc(now), runId, "failed", null, message);
    } catch (SQLException e) {
      throw new InventoryException("cannot record the items check: " + e.getMessage(), e);
    }
  }

  private static void compare(Connection c) throws SQLException {
    String scanned = "(" + SCANNED + ")";
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO items_check_counts"
              + " WITH sc AS (SELECT workspace_id, item_type, count(*) AS n FROM "
              + scanned
              + " x WHERE workspace_id IN ("
              + SCOPE
              + ") GROUP BY ALL),"
              + " fa AS (SELECT workspace_id, item_type, count(*) AS n FROM fabric_admin_items"
              + " WHERE workspace_id IN ("
              + SCOPE
              + ") GROUP BY ALL) SELECT coalesce(sc.workspace_id, fa.workspace_id),"
              + " coalesce(sc.item_type, fa.item_type), coalesce(sc.n, 0), coalesce(fa.n, 0),"
              + " coalesce(sc.item_type, fa.item_type) IS DISTINCT FROM '"
              + APP
              + "'"
              + " FROM sc FULL OUTER JOIN fa ON sc.workspace_id = fa.workspace_id"
              + " AND sc.item_type IS NOT DISTINCT FROM fa.item_type");
      s.execute(
          "INSERT INTO items_check_differences"
              + " SELECT f.item_id, f.workspace_id, f.item_type, f.name, '"
              + NOT_IN_SCAN
              + "',"
              + " CASE WHEN NOT EXISTS (SELECT 1 FROM "
              + scanned
              + " x WHERE x.item_type IS NOT DISTINCT FROM f.item_type) THEN 'the scanner returned"
              + " no item of this type' END FROM fabric_admin_items f WHERE f.item_type IS DISTINCT"
              + " FROM '"
              + APP
              + "'"
              + " AND f.workspace_id IN ("
              + SCOPE
              + ")"
              + " AND NOT EXISTS (SELECT 1 FROM "
              + scanned
              + " x WHERE x.item_id = f.item_id)");
      s.execute(
          "INSERT INTO items_check_differences"
              + " SELECT x.item_id, x.workspace_id, x.item_type, x.name, '"
              + NOT_IN_FABRIC_LIST
              + "',"
              + " CASE WHEN x.app_id IS NOT NULL THEN 'an app''s copy (app ' || x.app_id || ')' END"
              + " FROM "
              + scanned
              + " x WHERE x.workspace_id IN ("
              + SCOPE
              + ")"
              + " AND NOT EXISTS (SELECT 1 FROM fabric_admin_items f WHERE f.item_id = x.item_id)");
      s.execute(
          "INSERT INTO items_check_differences"
              + " SELECT x.item_id, x.workspace_id, f.item_type, x.name, '"
              + TYPE_DIFFERS
              + "',"
              + " 'the scanner''s ' || coalesce(x.item_type, '(none)') || ', Fabric''s '"
              + " || coalesce(f.item_type, '(none)')"
              + " FROM "
              + scanned
              + " x JOIN fabric_admin_items f ON f.item_id = x.item_id"
              + " WHERE x.item_type IS DISTINCT FROM f.item_type");
    }
  }

  private static Result result(Connection c) throws SQLException {
    String scanned = "(" + SCANNED + ")";
    long fabric = count(c, "SELECT count(*) FROM fabric_admin_items");
    long scanner =
        count(c, "SELECT count(*) FROM " + scanned + " x WHERE workspace_id IN (" + SCOPE + ")");
    long apps = count(c, "SELECT count(*) FROM fabric_admin_items WHERE item_type = '" + APP + "'");
    long outside =
        count(
                c,
                "SELECT count(*) FROM fabric_admin_items WHERE item_type IS DISTINCT"
                    + " FROM '"
                    + APP
                    + "' AND workspace_id NOT IN ("
                    + SCOPE
                    + ")")
            + count(
                c,
                "SELECT count(*) FROM " + scanned + " x WHERE workspace_id NOT IN (" + SCOPE + ")");
    long differing =
        count(
            c,
            "SELECT count(DISTINCT workspace_id) FROM items_check_counts"
                + " WHERE compared AND scanner_count <> fabric_count");
    List<TypeCount> byType = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT item_type, sum(scanner_count), sum(fabric_count) FROM items_check_counts"
                    + " WHERE compared GROUP BY item_type ORDER BY item_type")) {
      while (rs.next()) {
        byType.add(new TypeCount(rs.getString(1), rs.getLong(2), rs.getLong(3)));
      }
    }
    List<Difference> shown = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT d.item_id, d.workspace_id, w.name, d.item_type,"
                    + " d.name, d.difference, d.note FROM items_check_differences d"
                    + " LEFT JOIN workspaces w USING (workspace_id)"
                    + " ORDER BY d.difference, d.item_type, d.workspace_id, d.item_id LIMIT "
                    + SHOWN)) {
      while (rs.next()) {
        shown.add(
            new Difference(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7)));
      }
    }
    return new Result(
        fabric,
        scanner,
        differences(c, NOT_IN_SCAN),
        differences(c, NOT_IN_FABRIC_LIST),
        differences(c, TYPE_DIFFERS),
        apps,
        apps + outside,
        differing,
        byType,
        shown);
  }

  private static long differences(Connection c, String kind) throws SQLException {
    return count(
        c, "SELECT count(*) FROM items_check_differences WHERE difference = '" + kind + "'");
  }

  private static void record(
      Connection c, LocalDateTime at, long runId, String status, Result r, String message)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO items_checks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, at);
      ps.setLong(2, runId);
      ps.setString(3, status);
      Long[] totals =
          r == null
              ? new Long[6]
              : new Long[] {
                r.fabricItems(),
                r.scannerItems(),
                r.notInScan(),
                r.notInFabricList(),
                r.typeDiffers(),
                r.notCompared()
              };
      for (int i = 0; i < totals.length; i++) {
        ps.setObject(4 + i, totals[i]);
      }
      ps.setString(10, message);
      ps.executeUpdate();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String lower(String id) {
    return id == null ? null : id.toLowerCase(Locale.ROOT);
  }
}
