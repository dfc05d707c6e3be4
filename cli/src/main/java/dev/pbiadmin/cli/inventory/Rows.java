package dev.pbiadmin.cli.inventory;

import java.sql.SQLException;

/** Where the rows of one scan result go; values follow the table's column order. */
interface Rows {
  void add(Table table, Object... values) throws SQLException;
}
