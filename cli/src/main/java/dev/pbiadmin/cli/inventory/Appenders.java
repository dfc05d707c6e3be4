package dev.pbiadmin.cli.inventory;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * {@link Rows} over DuckDB appenders, one per table, opened lazily inside the caller's transaction.
 * Appended rows become visible (and durable) only when that transaction commits.
 */
final class Appenders implements Rows, AutoCloseable {
  private final DuckDBConnection connection;
  private final Map<String, DuckDBAppender> open = new HashMap<>();
  private long rows;

  Appenders(DuckDBConnection connection) {
    this.connection = connection;
  }

  @Override
  public void add(Table table, Object... values) throws SQLException {
    if (values.length != table.columns().size()) {
      throw new IllegalArgumentException(
          table.name() + " has " + table.columns().size() + " columns, got " + values.length);
    }
    DuckDBAppender a = open.get(table.name());
    if (a == null) {
      a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name());
      open.put(table.name(), a);
    }
    a.beginRow();
    for (Object v : values) {
      if (v == null) {
        a.appendNull();
      } else if (v instanceof String s) {
        a.append(s);
      } else if (v instanceof Boolean b) {
        a.append(b.booleanValue());
      } else if (v instanceof Integer i) {
        a.append(i.intValue());
      } else if (v instanceof Long l) {
        a.append(l.longValue());
      } else if (v instanceof Double d) {
        a.append(d.doubleValue());
      } else if (v instanceof LocalDateTime t) {
        a.append(t);
      } else {
        throw new IllegalArgumentException("unsupported value type " + v.getClass());
      }
    }
    a.endRow();
    rows++;
  }

  long rows() {
    return rows;
  }

  /** Flushes every appender into the current transaction. */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (DuckDBAppender a : open.values()) {
      try {
        a.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
