package dev.pbiadmin.cli.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives a relation's source its kind once the item is inventoried. A {@code relations[]} entry
 * names only an id, often of an item in another workspace (a Direct Lake model on another
 * workspace's lakehouse), which may be stored by a later batch; such edges wait as kind {@link
 * Lineage#ARTIFACT}. Runs inside the caller's transaction.
 */
final class Relations {
  private static final String PENDING = "from_kind = '" + Lineage.ARTIFACT + "'";

  /** Every inventoried item a pending edge names, with its kind (one kind per id). */
  private static final String KINDS =
      """
      (SELECT id, min(kind) AS kind FROM (
        SELECT 'semantic_model' AS kind, semantic_model_id AS id FROM semantic_models
        UNION ALL SELECT 'report', report_id FROM reports
        UNION ALL SELECT 'dashboard', dashboard_id FROM dashboards
        UNION ALL SELECT 'dataflow', dataflow_id FROM dataflows
        UNION ALL SELECT 'datamart', datamart_id FROM datamarts
        UNION ALL SELECT 'fabric_item', fabric_item_id FROM fabric_items
        UNION ALL SELECT 'datasource', datasource_id FROM datasources)
       WHERE id IN (SELECT from_id FROM lineage_edges WHERE %s) GROUP BY id)\
      """
          .formatted(PENDING);

  private Relations() {}

  static void resolve(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // the same link may be known already (a report's datasetId and its relation to that
      // model): keep that edge, with the relation's type
      s.execute(
          "UPDATE lineage_edges SET relation_type = a.relation_type FROM lineage_edges a"
              + " WHERE a."
              + PENDING
              + " AND lineage_edges.from_kind <> '"
              + Lineage.ARTIFACT
              + "'"
              + " AND lineage_edges.relation_type IS NULL AND lineage_edges.from_id = a.from_id"
              + " AND lineage_edges.to_kind = a.to_kind AND lineage_edges.to_id = a.to_id");
      s.execute(
          "DELETE FROM lineage_edges WHERE "
              + PENDING
              + " AND EXISTS (SELECT 1"
              + " FROM lineage_edges b WHERE b.from_kind <> '"
              + Lineage.ARTIFACT
              + "'"
              + " AND b.from_id = lineage_edges.from_id AND b.to_kind = lineage_edges.to_kind"
              + " AND b.to_id = lineage_edges.to_id)");
      s.execute(
          "UPDATE lineage_edges SET from_kind = k.kind FROM "
              + KINDS
              + " k"
              + " WHERE lineage_edges."
              + PENDING
              + " AND lineage_edges.from_id = k.id");
    }
  }
}
