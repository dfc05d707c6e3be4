package dev.pbiadmin.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens JSON objects into tables: nested objects become dotted columns ({@code profile.id}),
 * arrays named as children become child tables with the parent's key as their first column, and
 * other arrays are kept as JSON text. Columns appear in the order they are first seen.
 */
public final class Flattener {
  private final String keyField;
  private final String keyColumn;
  private final Set<String> childFields;

  /**
   * @param keyField the parent's identifying field, e.g. {@code id}
   * @param keyColumn its column name in child tables, e.g. {@code workspaceId}
   * @param childFields the array fields that become child tables, e.g. {@code users}
   */
  public Flattener(String keyField, String keyColumn, Set<String> childFields) {
    this.keyField = keyField;
    this.keyColumn = keyColumn;
    this.childFields = Set.copyOf(childFields);
  }

  public boolean hasChildren() {
    return !childFields.isEmpty();
  }

  /** The main table first, then one child table per child field, named {@code name_field}. */
  public List<Table> flatten(String name, List<ObjectNode> items) {
    Builder main = new Builder(name);
    Map<String, Builder> children = new LinkedHashMap<>();
    childFields.stream()
        .sorted()
        .forEach(field -> children.put(field, new Builder(name + "_" + field)));
    for (ObjectNode item : items) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : item.properties()) {
        if (childFields.contains(field.getKey())) {
          for (JsonNode child : field.getValue()) {
            Map<String, Object> childRow = new LinkedHashMap<>();
            childRow.put(keyColumn, cell(item.path(keyField)));
            flattenInto(childRow, "", child);
            children.get(field.getKey()).add(childRow);
          }
        } else {
          flattenInto(row, field.getKey(), field.getValue());
        }
      }
      main.add(row);
    }
    List<Table> tables = new ArrayList<>();
    tables.add(main.build());
    children.values().forEach(child -> tables.add(child.build()));
    return tables;
  }

  private static void flattenInto(Map<String, Object> row, String prefix, JsonNode value) {
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        flattenInto(
            row,
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue());
      }
    } else {
      row.put(prefix.isEmpty() ? "value" : prefix, cell(value));
    }
  }

  static Object cell(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static final class Builder {
    private final String name;
    private final Set<String> columns = new LinkedHashSet<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    Builder(String name) {
      this.name = name;
    }

    void add(Map<String, Object> row) {
      columns.addAll(row.keySet());
      rows.add(row);
    }

    Table build() {
      List<List<Object>> cells = new ArrayList<>(rows.size());
      for (Map<String, Object> row : rows) {
        List<Object> line = new ArrayList<>(columns.size());
        columns.forEach(column -> line.add(row.get(column)));
        cells.add(line);
      }
      return new Table(name, new ArrayList<>(columns), cells);
    }
  }
}
