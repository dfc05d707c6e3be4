package dev.pbiadmin.cli.inventory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates the inventory's tables and views, and brings a database of an older schema version up to
 * {@link Tables#SCHEMA_VERSION} in one transaction. Versions only add tables and columns (new
 * columns go last, so the appenders' column order holds), which makes the upgrade mechanical: add
 * what is missing, and (version 1 to 2) lower-case the ids version 1 stored as the service sent
 * them.
 */
final class Schema {
  private Schema() {}

  static void apply(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER)");
      Integer version = null;
      try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_info")) {
        rs.next();
        int v = rs.getInt(1);
        version = rs.wasNull() ? null : v;
      }
      if (version != null && (version > Tables.SCHEMA_VERSION || version < 1)) {
        throw new InventoryException(
            "the database has inventory schema version "
                + version
                + " but this pbiadmin writes version "
                + Tables.SCHEMA_VERSION
                + "; extract into a new file (--db)",
            null);
      }
      if (version != null && version < Tables.SCHEMA_VERSION) {
        upgrade(c, s, version);
      }
      for (Table t : Tables.ALL) {
        s.execute(t.ddl());
      }
      if (version == null) {
        s.execute("INSERT INTO schema_info VALUES (" + Tables.SCHEMA_VERSION + ")");
      }
      s.execute(view("endorsements", "endorsement, certified_by", "endorsement"));
      s.execute(view("sensitivity_labels", "sensitivity_label_id", "sensitivity_label_id"));
    }
  }

  private static void upgrade(Connection c, Statement s, int from) throws SQLException {
    Transactions.inOne(
        c,
        () -> {
          for (Table t : Tables.ALL) {
            List<String> existing = columns(s, t.name());
            if (existing.isEmpty()) {
              s.execute(t.ddl());
              continue;
            }
            for (int i = 0; i < t.columns().size(); i++) {
              Table.Column col = t.columns().get(i);
              if (i < existing.size() && !existing.get(i).equals(col.name())) {
                throw new IllegalStateException(
                    t.name()
                        + " column "
                        + i
                        + " is "
                        + existing.get(i)
                        + ", expected "
                        + col.name()
                        + ": a schema change must add columns last");
              }
              if (i >= existing.size()) {
                s.execute(
                    "ALTER TABLE " + t.name() + " ADD COLUMN " + col.name() + " " + col.type());
              }
            }
          }
          if (from < 2) {
            lowerCaseIds(s);
          }
          s.execute("UPDATE schema_info SET version = " + Tables.SCHEMA_VERSION);
          return null;
        });
  }

  /** Version 1 kept ids in the case the service sent, which differs between objects. */
  private static void lowerCaseIds(Statement s) throws SQLException {
    List<Table> tables = new ArrayList<>(Tables.CONTENT);
    tables.add(Tables.DATASOURCES);
    tables.add(Tables.WIDELY_SHARED_ARTIFACTS);
    for (Table t : tables) {
      for (Table.Column col : t.columns()) {
        String name = col.name();
        if (isId(col)) {
          s.execute(
              "UPDATE "
                  + t.name()
                  + " SET "
                  + name
                  + " = lower("
                  + name
                  + ") WHERE "
                  + name
                  + " <> lower("
                  + name
                  + ")");
        }
      }
    }
  }

  /**
   * Whether the column holds an id the service sends in either case: lower-cased when stored. The
   * scan id is the service's handle, kept as sent; a time zone id is a name.
   */
  static boolean isId(Table.Column col) {
    String name = col.name();
    return col.type().equals("VARCHAR")
        && !name.equals("scan_id")
        && !name.equals("local_time_zone_id")
        && (name.endsWith("_id") || name.equals("identifier"));
  }

  private static List<String> columns(Statement s, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = 'main' AND table_name = '"
                + table.toLowerCase(Locale.ROOT)
                + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** A view over every item table that has the columns (endorsement, labels). */
  private static String view(String name, String columns, String notNull) {
    String[][] items = {
      {"semantic_model", "semantic_models", "semantic_model_id"},
      {"report", "reports", "report_id"},
      {"dashboard", "dashboards", "dashboard_id"},
      {"dataflow", "dataflows", "dataflow_id"},
      {"datamart", "datamarts", "datamart_id"},
      {"fabric_item", "fabric_items", "fabric_item_id"}
    };
    List<String> parts = new ArrayList<>();
    for (String[] i : items) {
      parts.add(
          "SELECT '"
              + i[0]
              + "' AS item_kind, "
              + i[2]
              + " AS item_id, workspace_id, "
              + columns
              + " FROM "
              + i[1]
              + " WHERE "
              + notNull
              + " IS NOT NULL");
    }
    return "CREATE OR REPLACE VIEW " + name + " AS " + String.join(" UNION ALL ", parts);
  }
}
