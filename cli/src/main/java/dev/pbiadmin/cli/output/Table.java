package dev.pbiadmin.cli.output;

import java.util.List;

/**
 * A flat table: a name (used for file names such as {@code workspaces_users.csv}), column names and
 * rows whose cells are String, Long, Double, Boolean or null.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
