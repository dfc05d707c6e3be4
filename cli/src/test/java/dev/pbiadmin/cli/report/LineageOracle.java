package dev.pbiadmin.cli.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Up- and downstream closures computed straight from every row of lineage_edges, for checking. */
final class LineageOracle {
  private final Map<String, List<String>> down = new HashMap<>();
  private final Map<String, List<String>> up = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  static LineageOracle read(Path db) throws Exception {
    LineageOracle oracle = new LineageOracle();
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT from_kind, from_id, to_kind, to_id FROM lineage_edges")) {
        while (rs.next()) {
          String from = rs.getString(1) + ":" + rs.getString(2);
          String to = rs.getString(3) + ":" + rs.getString(4);
          oracle.down.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
          oracle.up.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT semantic_model_id, name FROM semantic_models")) {
        while (rs.next()) {
          oracle.names.put("semantic_model:" + rs.getString(1), rs.getString(2));
        }
      }
    }
    return oracle;
  }

  Set<String> upstream(String node) {
    return closure(node, up);
  }

  Set<String> downstream(String node) {
    return closure(node, down);
  }

  String name(String node) {
    return names.get(node);
  }

  private static Set<String> closure(String start, Map<String, List<String>> next) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      for (String n : next.getOrDefault(todo.pop(), List.of())) {
        if (!n.equals(start) && seen.add(n)) {
          todo.add(n);
        }
      }
    }
    return seen;
  }
}
