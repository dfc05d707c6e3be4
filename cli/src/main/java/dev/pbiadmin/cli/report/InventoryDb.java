package dev.pbiadmin.cli.report;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * A pbiadmin inventory opened read-only for the report: checked to be one (schema_info of the
 * version docs/schema.md describes) before any query runs, so a wrong file gets one clear sentence.
 */
final class InventoryDb implements AutoCloseable {
  /** The inventory schema version the report's queries are written against (docs/schema.md). */
  static final int SCHEMA_VERSION = 2;

  private final Connection connection;
  private final Set<String> tables;

  private InventoryDb(Connection connection, Set<String> tables) {
    this.connection = connection;
    this.tables = tables;
  }

  static InventoryDb open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          "there is no inventory database at "
              + file
              + ": run 'pbiadmin inventory --db "
              + file
              + "' first, or point --db at one");
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
    } catch (SQLException e) {
      String why = String.valueOf(e.getMessage());
      if (why.toLowerCase().contains("lock")) {
        throw new CliException(
            ExitCode.NOT_FOUND_OR_IO,
            file
                + " is locked by another process (is 'pbiadmin inventory' or 'activity' still"
                + " writing it?); retry when it has ended",
            e);
      }
      throw notAnInventory(
          file,
          "not a DuckDB database this pbiadmin can open: " + why.lines().findFirst().orElse(why),
          e);
    }
    try {
      InventoryDb db = new InventoryDb(c, tableNames(c));
      db.checkSchema(file);
      return db;
    } catch (SQLException | RuntimeException e) {
      close(c);
      if (e instanceof CliException cli) {
        throw cli;
      }
      throw notAnInventory(file, e.getMessage(), e);
    }
  }

  private void checkSchema(Path file) throws SQLException {
    if (!tables.contains("schema_info") || !tables.contains("workspaces")) {
      throw notAnInventory(file, "it has no schema_info and workspaces tables", null);
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_info")) {
      rs.next();
      int version = rs.getInt(1);
      if (rs.wasNull() || version != SCHEMA_VERSION) {
        // an older file is upgraded in place by the inventory command, which writes (this opens
        // read-only)
        String fix =
            !rs.wasNull() && version < SCHEMA_VERSION
                ? "run this pbiadmin's 'inventory --db " + file + "' once, which upgrades it"
                : "extract it again with this pbiadmin's 'inventory'";
        throw new CliException(
            ExitCode.NOT_FOUND_OR_IO,
            file
                + " has inventory schema version "
                + (rs.wasNull() ? "none" : version)
                + " but this pbiadmin reports on version "
                + SCHEMA_VERSION
                + "; "
                + fix);
      }
    }
  }

  private static CliException notAnInventory(Path file, String why, Throwable cause) {
    return new CliException(
        ExitCode.NOT_FOUND_OR_IO,
        file
            + " is not a pbiadmin inventory ("
            + why
            + "); point --db at the file 'pbiadmin inventory' wrote",
        cause);
  }

  private static Set<String> tableNames(Connection c) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'main'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  boolean has(String table) {
    return tables.contains(table);
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    close(connection);
  }

  private static void close(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // read-only: nothing to lose
    }
  }
}
