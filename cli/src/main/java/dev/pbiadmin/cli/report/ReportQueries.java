package dev.pbiadmin.cli.report;

/**
 * The report's SQL over the tables of docs/schema.md. Everything a chart shows is aggregated here,
 * in DuckDB, so a 100k-workspace tenant becomes a few hundred numbers, never 100k rows of JSON.
 */
final class ReportQueries {
  private ReportQueries() {}

  static final String WORKSPACES_BY_TYPE =
      "SELECT type, count(*) AS n FROM workspaces GROUP BY ALL ORDER BY n DESC, type";
  static final String WORKSPACES_BY_STATE =
      "SELECT state, count(*) AS n FROM workspaces GROUP BY ALL ORDER BY n DESC, state";

  /** The 15 busiest capacities, the rest summed; shared capacity is a workspace without one. */
  static final String WORKSPACES_BY_CAPACITY =
      """
      WITH c AS (SELECT coalesce(capacity_id, 'Shared capacity') AS capacity, count(*) AS n
                 FROM workspaces GROUP BY ALL),
           r AS (SELECT capacity, n, row_number() OVER (ORDER BY n DESC, capacity) AS rank FROM c)
      SELECT CASE WHEN rank <= 15 THEN capacity
                  ELSE 'Other capacities (' || (SELECT count(*) - 15 FROM c) || ')' END AS label,
             sum(n) AS n
      FROM r GROUP BY ALL ORDER BY min(rank)\
      """;

  /**
   * Reports counted once: an app's copy of a report is a row of its own with {@code app_id}
   * (docs/reference/scan-result-real-shapes.md §10.2), not another report.
   */
  static final String ORIGINAL_REPORTS = "(SELECT * FROM reports WHERE app_id IS NULL)";

  /** Semantic models bucketed by how many reports are bound to them. */
  static final String MODELS_BY_REPORTS =
      """
      WITH per AS (SELECT m.semantic_model_id, count(r.report_id) AS reports
                   FROM semantic_models m LEFT JOIN %s r USING (semantic_model_id) GROUP BY ALL)
      SELECT CASE WHEN reports = 0 THEN '0 reports' WHEN reports = 1 THEN '1 report'
                  WHEN reports <= 5 THEN '2-5 reports' WHEN reports <= 20 THEN '6-20 reports'
                  ELSE 'more than 20' END AS bucket, count(*) AS n
      FROM per GROUP BY ALL ORDER BY min(reports)\
      """
          .formatted(ORIGINAL_REPORTS);

  static final String DATASOURCES_BY_TYPE =
      "SELECT coalesce(datasource_type, '(unknown)') AS type, count(*) AS n FROM datasources"
          + " GROUP BY ALL ORDER BY n DESC, type";

  static final String WORKSPACE_TABLE =
      """
      WITH items AS (
        SELECT workspace_id FROM semantic_models UNION ALL SELECT workspace_id FROM reports
        UNION ALL SELECT workspace_id FROM dashboards UNION ALL SELECT workspace_id FROM dataflows
        UNION ALL SELECT workspace_id FROM datamarts UNION ALL SELECT workspace_id FROM fabric_items),
      i AS (SELECT workspace_id, count(*) AS n FROM items GROUP BY ALL),
      a AS (SELECT workspace_id, count(*) AS n FROM workspace_users WHERE access_right = 'Admin'
            GROUP BY ALL)
      SELECT w.name AS "Workspace", w.type AS "Type", w.state AS "State",
             coalesce(w.capacity_id, 'Shared') AS "Capacity", coalesce(i.n, 0) AS "Items",
             coalesce(a.n, 0) AS "Admins"
      FROM workspaces w LEFT JOIN i USING (workspace_id) LEFT JOIN a USING (workspace_id)
      ORDER BY "Items" DESC, w.name, w.workspace_id\
      """;

  static final String MODEL_TABLE =
      """
      WITH r AS (SELECT semantic_model_id, count(*) AS n FROM %s GROUP BY ALL),
           d AS (SELECT semantic_model_id, count(*) AS n FROM semantic_model_datasources GROUP BY ALL)
      SELECT m.name AS "Semantic model", w.name AS "Workspace", coalesce(r.n, 0) AS "Reports",
             coalesce(d.n, 0) AS "Datasources", m.target_storage_mode AS "Storage mode",
             m.configured_by AS "Configured by", m.endorsement AS "Endorsement"
      FROM semantic_models m LEFT JOIN workspaces w USING (workspace_id)
      LEFT JOIN r USING (semantic_model_id) LEFT JOIN d USING (semantic_model_id)
      ORDER BY "Reports" DESC, m.name, m.semantic_model_id\
      """
          .formatted(ORIGINAL_REPORTS);

  /** Fabric items by the type they stand for ({@code warehouses} and {@code Warehouse} alike). */
  static final String FABRIC_ITEMS_BY_TYPE =
      "SELECT normalized_type, count(*) AS n FROM fabric_items GROUP BY ALL ORDER BY n DESC, 1";

  /** The 15 capacities with most Fabric items, the rest summed; ids compare in one case. */
  static final String FABRIC_ITEMS_BY_CAPACITY =
      """
      WITH c AS (SELECT coalesce(w.capacity_id, 'Shared capacity') AS capacity, count(*) AS n
                 FROM fabric_items f LEFT JOIN workspaces w USING (workspace_id) GROUP BY ALL),
           r AS (SELECT capacity, n, row_number() OVER (ORDER BY n DESC, capacity) AS rank FROM c)
      SELECT CASE WHEN rank <= 15 THEN capacity
                  ELSE 'Other capacities (' || (SELECT count(*) - 15 FROM c) || ')' END AS label,
             sum(n) AS n
      FROM r GROUP BY ALL ORDER BY min(rank)\
      """;

  static final String FABRIC_ITEM_TABLE =
      """
      WITH e AS (SELECT from_id AS id, count(*) AS n FROM lineage_edges
                 WHERE from_kind = 'fabric_item' GROUP BY ALL)
      SELECT f.normalized_type AS "Type", string_agg(DISTINCT f.item_type, ', ') AS "Scanner key",
             count(*) AS "Items", count(DISTINCT f.workspace_id) AS "Workspaces",
             count(DISTINCT w.capacity_id) AS "Capacities",
             coalesce(sum(e.n), 0) AS "Downstream links",
             count(*) FILTER (WHERE f.endorsement IS NOT NULL) AS "Endorsed"
      FROM fabric_items f LEFT JOIN workspaces w USING (workspace_id)
      LEFT JOIN e ON e.id = f.fabric_item_id
      GROUP BY ALL ORDER BY "Items" DESC, "Type\"\
      """;

  static final String DATASOURCE_TABLE =
      """
      SELECT coalesce(d.datasource_type, '(unknown)') AS "Type",
             count(DISTINCT d.datasource_id) AS "Datasources",
             count(DISTINCT l.semantic_model_id) AS "Semantic models",
             count(DISTINCT d.gateway_id) AS "Gateways",
             count(DISTINCT d.datasource_id) FILTER (WHERE d.misconfigured) AS "Misconfigured"
      FROM datasources d LEFT JOIN semantic_model_datasources l USING (datasource_id)
      GROUP BY ALL ORDER BY "Datasources" DESC, "Type\"\
      """;

  static final String EVENTS_PER_DAY =
      "SELECT CAST(day AS VARCHAR), count(*) FROM activity_events GROUP BY ALL ORDER BY 1";
  static final String TOP_ACTIVITIES =
      "SELECT coalesce(activity, '(none)'), count(*) AS n FROM activity_events"
          + " GROUP BY ALL ORDER BY n DESC, 1 LIMIT 15";
  static final String ACTIVITY_TABLE =
      """
      SELECT coalesce(activity, '(none)') AS "Activity", count(*) AS "Events",
             count(DISTINCT user_id) AS "Users", count(DISTINCT workspace_id) AS "Workspaces",
             CAST(max(creation_time) AS VARCHAR) AS "Last seen"
      FROM activity_events GROUP BY ALL ORDER BY "Events" DESC, "Activity\"\
      """;

  static final String LAST_RUN =
      "SELECT run_id, mode, status, CAST(started_at AS VARCHAR), CAST(ended_at AS VARCHAR)"
          + " FROM scan_runs ORDER BY run_id DESC LIMIT 1";
}
