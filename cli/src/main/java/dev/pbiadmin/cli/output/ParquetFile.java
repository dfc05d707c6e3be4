package dev.pbiadmin.cli.output;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a {@link Table} as a Parquet file through an in-memory DuckDB: rows stream in through an
 * appender, then {@code COPY … (FORMAT PARQUET)} writes the file. Column types are inferred: a
 * column whose values are all booleans, integers or numbers keeps that type, anything else is text.
 */
final class ParquetFile {
  private ParquetFile() {}

  static void write(Table table, Path file) throws SQLException {
    try (Connection plain = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = plain.createStatement()) {
      DuckDBConnection duck = plain.unwrap(DuckDBConnection.class);
      List<String> types = types(table);
      StringBuilder create = new StringBuilder("CREATE TABLE t (");
      for (int c = 0; c < types.size(); c++) {
        create
            .append(c > 0 ? ", " : "")
            .append(identifier(table.columns().get(c)))
            .append(' ')
            .append(types.get(c));
      }
      statement.execute(create.append(')').toString());
      try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
        for (List<Object> row : table.rows()) {
          appender.beginRow();
          for (int c = 0; c < types.size(); c++) {
            append(appender, types.get(c), row.get(c));
          }
          appender.endRow();
        }
      }
      statement.execute(
          "COPY t TO '"
              + file.toAbsolutePath().toString().replace("'", "''")
              + "' (FORMAT PARQUET)");
    }
  }

  private static void append(DuckDBAppender appender, String type, Object cell)
      throws SQLException {
    if (cell == null) {
      appender.appendNull();
      return;
    }
    switch (type) {
      case "BOOLEAN" -> appender.append((Boolean) cell);
      case "BIGINT" -> appender.append((Long) cell);
      case "DOUBLE" -> appender.append(((Number) cell).doubleValue());
      default -> appender.append(cell.toString());
    }
  }

  private static List<String> types(Table table) {
    String[] types = new String[table.columns().size()];
    for (int c = 0; c < types.length; c++) {
      String type = null;
      for (List<Object> row : table.rows()) {
        Object cell = row.get(c);
        if (cell != null) {
          type = merge(type, typeOf(cell));
        }
      }
      types[c] = type == null ? "VARCHAR" : type;
    }
    return List.of(types);
  }

  private static String typeOf(Object cell) {
    if (cell instanceof Boolean) {
      return "BOOLEAN";
    }
    if (cell instanceof Long) {
      return "BIGINT";
    }
    return cell instanceof Number ? "DOUBLE" : "VARCHAR";
  }

  private static String merge(String seen, String next) {
    if (seen == null || seen.equals(next)) {
      return next;
    }
    boolean numeric =
        (seen.equals("BIGINT") || seen.equals("DOUBLE"))
            && (next.equals("BIGINT") || next.equals("DOUBLE"));
    return numeric ? "DOUBLE" : "VARCHAR";
  }

  private static String identifier(String column) {
    return '"' + column.replace("\"", "\"\"") + '"';
  }
}
