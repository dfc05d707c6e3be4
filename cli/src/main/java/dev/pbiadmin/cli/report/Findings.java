package dev.pbiadmin.cli.report;

/** The governance findings: each one a question an admin asks, as SQL over the inventory. */
final class Findings {
  private Findings() {}

  /** docs/schema.md's ready query: a workspace nobody administers. */
  static final String ORPHANED =
      """
      SELECT w.name AS "Workspace", w.type AS "Type", w.state AS "State"
      FROM workspaces w
      WHERE NOT EXISTS (SELECT 1 FROM workspace_users u
                        WHERE u.workspace_id = w.workspace_id AND u.access_right = 'Admin')
      ORDER BY w.name, w.workspace_id\
      """;

  static final String PERSONAL_CONTENT =
      """
      WITH r AS (SELECT workspace_id, count(*) AS n FROM reports GROUP BY ALL),
           m AS (SELECT workspace_id, count(*) AS n FROM semantic_models GROUP BY ALL),
           d AS (SELECT workspace_id, count(*) AS n FROM dashboards GROUP BY ALL)
      SELECT w.name AS "Personal workspace", coalesce(r.n, 0) AS "Reports",
             coalesce(m.n, 0) AS "Semantic models", coalesce(d.n, 0) AS "Dashboards"
      FROM workspaces w LEFT JOIN r USING (workspace_id) LEFT JOIN m USING (workspace_id)
      LEFT JOIN d USING (workspace_id)
      WHERE w.is_personal AND (r.n IS NOT NULL OR m.n IS NOT NULL OR d.n IS NOT NULL)
      ORDER BY "Reports" + "Semantic models" + "Dashboards" DESC, w.name, w.workspace_id\
      """;

  static final String MODELS_WITHOUT_REPORTS =
      """
      SELECT m.name AS "Semantic model", w.name AS "Workspace", m.configured_by AS "Configured by",
             CAST(m.created_date AS VARCHAR) AS "Created"
      FROM semantic_models m LEFT JOIN workspaces w USING (workspace_id)
      WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.semantic_model_id = m.semantic_model_id)
      ORDER BY w.name, m.name, m.semantic_model_id\
      """;

  /** One admin is one person leaving away from an orphaned workspace. */
  static final String SINGLE_ADMIN =
      """
      SELECT w.name AS "Workspace", any_value(u.display_name) AS "Only admin",
             any_value(u.principal_type) AS "Principal type"
      FROM workspaces w JOIN workspace_users u USING (workspace_id)
      WHERE u.access_right = 'Admin' AND NOT coalesce(w.is_personal, false)
      GROUP BY w.workspace_id, w.name HAVING count(*) = 1
      ORDER BY w.name, w.workspace_id\
      """;

  /** Service principals (principal type App) that administer workspaces. */
  static final String SERVICE_PRINCIPAL_ADMINS =
      """
      SELECT any_value(u.display_name) AS "Service principal", u.identifier AS "App id",
             count(DISTINCT u.workspace_id) AS "Admin of workspaces"
      FROM workspace_users u
      WHERE u.principal_type = 'App' AND u.access_right = 'Admin'
      GROUP BY u.identifier ORDER BY "Admin of workspaces" DESC, u.identifier\
      """;

  static final String WORKSPACE_USERS = "SELECT count(*) FROM workspace_users";
}
