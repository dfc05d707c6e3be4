package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every id a scan-result document holds, and every text the inventory stored: to prove none is
 * lost.
 */
final class EveryId {
  private EveryId() {}

  /**
   * The values of every field named {@code id}, {@code objectId}, {@code identifier} or ending in
   * {@code Id} (any casing: {@code datasetId}, {@code graphId}, {@code TargetDatabaseArtifactId}),
   * anywhere in {@code json}, lower-cased.
   */
  static Set<String> in(JsonNode json) {
    Set<String> ids = new TreeSet<>();
    collect(json, ids);
    return ids;
  }

  private static void collect(JsonNode node, Set<String> ids) {
    if (node.isArray()) {
      node.forEach(e -> collect(e, ids));
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String k = e.getKey();
        if (e.getValue().isValueNode()
            && !e.getValue().isNull()
            && !e.getValue().asText().isEmpty()
            && (k.equals("identifier") || k.equalsIgnoreCase("id") || k.endsWith("Id"))) {
          ids.add(e.getValue().asText().toLowerCase(Locale.ROOT));
        }
        collect(e.getValue(), ids);
      }
    }
  }

  /** Every value of every column of every inventory table, lower-cased, as one text. */
  static String stored(InventoryStore store) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Statement s = store.connection().createStatement()) {
      for (Table t : Tables.ALL) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t.name())) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              all.append(rs.getString(i)).append('\n');
            }
          }
        }
      }
    }
    return all.toString().toLowerCase(Locale.ROOT);
  }
}
