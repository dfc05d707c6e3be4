package dev.pbiadmin.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/** Query results as the report's JSON shapes: a number, a labelled series, a bounded table. */
final class Rows {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final Connection connection;

  Rows(Connection connection) {
    this.connection = connection;
  }

  long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** {@code {labels: [...], values: [...]}} from a query of (label, number) rows. */
  ObjectNode series(String sql) throws SQLException {
    ObjectNode series = JSON.objectNode();
    ArrayNode labels = series.putArray("labels");
    ArrayNode values = series.putArray("values");
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        labels.add(rs.getString(1) == null ? "(none)" : rs.getString(1));
        values.add(rs.getLong(2));
      }
    }
    return series;
  }

  /**
   * {@code {columns, rows, total}}: the first {@code limit} rows of the query in its order, and how
   * many it has in all, so the page can say it shows the top N of a large tenant.
   */
  ObjectNode table(String sql, int limit) throws SQLException {
    ObjectNode table = JSON.objectNode();
    table.put("total", count("SELECT count(*) FROM (" + sql + ")"));
    table.put("limit", limit);
    ArrayNode columns = table.putArray("columns");
    ArrayNode rows = table.putArray("rows");
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql + " LIMIT " + limit)) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(md.getColumnLabel(i));
      }
      while (rs.next()) {
        ArrayNode row = rows.addArray();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          add(row, rs.getObject(i));
        }
      }
    }
    return table;
  }

  static void add(ArrayNode row, Object value) {
    if (value == null) {
      row.addNull();
    } else if (value instanceof Boolean b) {
      row.add(b);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      row.add(((Number) value).longValue());
    } else if (value instanceof BigInteger || value instanceof BigDecimal) {
      row.add(new BigDecimal(value.toString()));
    } else if (value instanceof Number n) {
      row.add(n.doubleValue());
    } else if (value instanceof Timestamp t) {
      row.add(t.toLocalDateTime().toString().replace('T', ' '));
    } else {
      row.add(value.toString());
    }
  }
}
