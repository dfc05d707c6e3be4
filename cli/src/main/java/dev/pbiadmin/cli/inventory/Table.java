package dev.pbiadmin.cli.inventory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One inventory table: its stable name, its columns in insertion order and the columns that form
 * its logical key. Keys are documented, not declared: DuckDB checks a declared key on every append
 * and cannot delete and re-insert the same key inside one transaction cheaply, and a batch is
 * replaced exactly that way.
 */
record Table(String name, List<Column> columns, List<String> key) {

  /** A column and its DuckDB type. */
  record Column(String name, String type) {}

  Table {
    columns = List.copyOf(columns);
    key = List.copyOf(key);
  }

  /** Builds a table from {@code "name type"} pairs, e.g. {@code "workspace_id VARCHAR"}. */
  static Table of(String name, List<String> key, String... columns) {
    List<Column> cols =
        java.util.Arrays.stream(columns)
            .map(
                c -> {
                  String[] parts = c.trim().split("\\s+", 2);
                  return new Column(parts[0], parts[1]);
                })
            .toList();
    return new Table(name, cols, key);
  }

  boolean hasColumn(String column) {
    return columns.stream().anyMatch(c -> c.name().equals(column));
  }

  String ddl() {
    return "CREATE TABLE IF NOT EXISTS "
        + name
        + " ("
        + columns.stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", "))
        + ")";
  }
}
