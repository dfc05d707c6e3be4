package dev.pbiadmin.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The part of lineage_edges the explorer needs: the semantic models with most reports, the Fabric
 * items with most lineage (a lakehouse feeding Direct Lake models and notebooks) and the reports
 * without a model that read datasources (paginated reports), everything upstream of them
 * (datasources, dataflows, datamarts, lakehouses, upstream models) and everything downstream
 * (reports, dashboards, downstream models and items), up to {@link #MAX_DEPTH} hops. Starting from
 * a bounded number of items keeps the slice proportional to the number picked, not to the tenant:
 * starting from a datasource shared by thousands of models would pull in most of a large tenant.
 * Edges nearest the picked items come first, so a bounded slice keeps their direct neighbours
 * before anything further away. Nodes are embedded once and edges refer to them by index, which
 * keeps the JSON small; a node is {@code [kind, id, name, workspace, type]}, the type naming a
 * Fabric item's kind ({@code Lakehouse}) or a paginated report.
 */
final class LineageSlice {
  static final int MAX_DEPTH = 4;

  private static final String NAMES =
      """
      names AS (
        SELECT 'semantic_model' AS kind, semantic_model_id AS id, name, workspace_id,
          NULL AS type FROM semantic_models
        UNION ALL SELECT 'report', report_id, name, workspace_id,
          CASE WHEN report_type = 'PaginatedReport' THEN 'Paginated report' END FROM reports
        UNION ALL SELECT 'dashboard', dashboard_id, display_name, workspace_id, NULL FROM dashboards
        UNION ALL SELECT 'dataflow', dataflow_id, name, workspace_id, NULL FROM dataflows
        UNION ALL SELECT 'datamart', datamart_id, name, workspace_id, NULL FROM datamarts
        UNION ALL SELECT 'fabric_item', fabric_item_id, name, workspace_id, normalized_type
          FROM fabric_items
        UNION ALL SELECT 'datasource', datasource_id, coalesce(datasource_type, 'Datasource') || ': '
          || coalesce(server, url, path, extension_data_source_kind, share_point_site_url, account,
                      domain, datasource_id)
          || coalesce(' / ' || database, ''), NULL, NULL FROM datasources)\
      """;

  /**
   * The explorer's starting points: the {@code picks} models with most reports, the {@code picks}
   * Fabric items with most lineage edges, and {@code picks} reports without a model that something
   * feeds (paginated reports on their datasources).
   */
  static String seeds(int picks) {
    return """
    seeds AS (
      (SELECT 'semantic_model' AS kind, m.semantic_model_id AS id FROM semantic_models m
       LEFT JOIN %s r USING (semantic_model_id) GROUP BY ALL
       ORDER BY count(r.report_id) DESC, m.semantic_model_id LIMIT %d)
      UNION ALL
      (SELECT 'fabric_item', id FROM (
         SELECT from_id AS id FROM lineage_edges WHERE from_kind = 'fabric_item'
         UNION ALL SELECT to_id FROM lineage_edges WHERE to_kind = 'fabric_item')
       GROUP BY id ORDER BY count(*) DESC, id LIMIT %d)
      UNION ALL
      (SELECT 'report', r.report_id FROM reports r
       WHERE r.semantic_model_id IS NULL AND EXISTS (SELECT 1 FROM lineage_edges e
         WHERE e.to_kind = 'report' AND e.to_id = r.report_id)
       ORDER BY r.report_id LIMIT %d))\
    """
        .formatted(ReportQueries.ORIGINAL_REPORTS, picks, picks, picks);
  }

  static String edges(int picks) {
    return """
    WITH RECURSIVE %s,
    down(kind, id, depth) AS (
      SELECT kind, id, 0 FROM seeds
      UNION SELECT e.to_kind, e.to_id, d.depth + 1 FROM down d
      JOIN lineage_edges e ON e.from_kind = d.kind AND e.from_id = d.id WHERE d.depth < %d),
    up(kind, id, depth) AS (
      SELECT kind, id, 0 FROM seeds
      UNION SELECT e.from_kind, e.from_id, u.depth + 1 FROM up u
      JOIN lineage_edges e ON e.to_kind = u.kind AND e.to_id = u.id WHERE u.depth < %d),
    reached AS (SELECT kind, id, min(depth) AS depth FROM down GROUP BY ALL),
    feeding AS (SELECT kind, id, min(depth) AS depth FROM up GROUP BY ALL)
    SELECT e.from_kind, e.from_id, e.to_kind, e.to_id,
           min(least(coalesce(r.depth, 99), coalesce(f.depth, 99))) AS hop
    FROM lineage_edges e
    LEFT JOIN reached r ON r.kind = e.from_kind AND r.id = e.from_id
    LEFT JOIN feeding f ON f.kind = e.to_kind AND f.id = e.to_id
    WHERE r.id IS NOT NULL OR f.id IS NOT NULL
    GROUP BY ALL ORDER BY hop, 1, 2, 3, 4\
    """
        .formatted(seeds(picks), MAX_DEPTH, MAX_DEPTH);
  }

  private static String nodes(int picks) {
    return """
    WITH %s, %s
    SELECT n.kind, n.id, n.name, w.name, n.type FROM names n
    LEFT JOIN workspaces w USING (workspace_id)
    WHERE EXISTS (SELECT 1 FROM seeds s WHERE s.kind = n.kind AND s.id = n.id)
    ORDER BY CASE n.kind WHEN 'semantic_model' THEN 0 WHEN 'fabric_item' THEN 1 ELSE 2 END,
             n.id\
    """
        .formatted(NAMES, seeds(picks));
  }

  private static String names() {
    return "WITH "
        + NAMES
        + " SELECT n.kind, n.id, n.name, w.name, n.type FROM names n"
        + " LEFT JOIN workspaces w USING (workspace_id)";
  }

  private LineageSlice() {}

  /**
   * The slice, with as pickable items its starting points ({@link #seeds}) and every datasource in
   * the slice.
   */
  static ObjectNode read(Connection c, int picks, int maxEdges) throws SQLException {
    ObjectNode lineage = JsonNodeFactory.instance.objectNode();
    ArrayNode nodes = lineage.putArray("nodes");
    ArrayNode edges = lineage.putArray("edges");
    ArrayNode selectable = lineage.putArray("selectable");
    Map<String, Integer> index = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(nodes(picks))) {
      while (rs.next()) {
        selectable.add(node(nodes, index, rs.getString(1), rs.getString(2)));
        fill(nodes, index.get(rs.getString(1) + ":" + rs.getString(2)), rs);
      }
    }
    long total = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(edges(picks))) {
      while (rs.next()) {
        if (++total > maxEdges) {
          continue;
        }
        int before = nodes.size();
        int from = node(nodes, index, rs.getString(1), rs.getString(2));
        int to = node(nodes, index, rs.getString(3), rs.getString(4));
        if (nodes.size() > before && "datasource".equals(rs.getString(1))) {
          selectable.add(from);
        }
        edges.addArray().add(from).add(to);
      }
    }
    lineage.put("edgesInSlice", total);
    lineage.put("truncated", total > maxEdges);
    lineage.put("maxEdges", maxEdges);
    lineage.put("totalEdges", new Rows(c).count("SELECT count(*) FROM lineage_edges"));
    lineage.put("models", picks);
    lineage.put("totalModels", new Rows(c).count("SELECT count(*) FROM semantic_models"));
    // Names for the nodes the edges brought in; one pass over the name union is cheaper than a
    // lookup per node.
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(names())) {
      while (rs.next()) {
        Integer i = index.get(rs.getString(1) + ":" + rs.getString(2));
        if (i != null) {
          fill(nodes, i, rs);
        }
      }
    }
    return lineage;
  }

  private static int node(ArrayNode nodes, Map<String, Integer> index, String kind, String id) {
    return index.computeIfAbsent(
        kind + ":" + id,
        k -> {
          nodes.addArray().add(kind).add(id).addNull().addNull().addNull();
          return nodes.size() - 1;
        });
  }

  private static void fill(ArrayNode nodes, int i, ResultSet rs) throws SQLException {
    ArrayNode n = (ArrayNode) nodes.get(i);
    n.set(2, n.textNode(rs.getString(3)));
    n.set(3, rs.getString(4) == null ? n.nullNode() : n.textNode(rs.getString(4)));
    n.set(4, rs.getString(5) == null ? n.nullNode() : n.textNode(rs.getString(5)));
  }
}
