package dev.pbiadmin.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Reads everything the report shows from an inventory into one JSON object: headline counts,
 * aggregated series for the charts, bounded detail tables, findings, a lineage slice and activity.
 */
final class ReportData {
  /** Rows embedded per detail table; the page says when a table holds more. */
  static final int DETAIL_ROWS = 2_000;

  /** Semantic models the explorer starts from; as many Fabric items and paginated reports too. */
  static final int LINEAGE_MODELS = 2_000;

  static final int LINEAGE_EDGES = 40_000;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ReportData() {}

  static ObjectNode read(InventoryDb db, String source, Instant now) throws SQLException {
    Rows rows = new Rows(db.connection());
    ObjectNode data = JSON.objectNode();
    ObjectNode meta = data.putObject("meta");
    meta.put("generatedAt", now.toString());
    meta.put("database", source);
    meta.put("schemaVersion", InventoryDb.SCHEMA_VERSION);
    meta.put("detailRows", DETAIL_ROWS);
    meta.set("lastRun", lastRun(db));

    ObjectNode headline = data.putObject("headline");
    headline.put("workspaces", rows.count("SELECT count(*) FROM workspaces"));
    headline.put(
        "personalWorkspaces", rows.count("SELECT count(*) FROM workspaces WHERE is_personal"));
    headline.put("semanticModels", rows.count("SELECT count(*) FROM semantic_models"));
    headline.put("reports", rows.count("SELECT count(*) FROM " + ReportQueries.ORIGINAL_REPORTS));
    headline.put(
        "appReportCopies", rows.count("SELECT count(*) FROM reports WHERE app_id IS NOT NULL"));
    headline.put("dashboards", rows.count("SELECT count(*) FROM dashboards"));
    headline.put("dataflows", rows.count("SELECT count(*) FROM dataflows"));
    headline.put("datamarts", rows.count("SELECT count(*) FROM datamarts"));
    headline.put("fabricItems", rows.count("SELECT count(*) FROM fabric_items"));
    headline.put("datasources", rows.count("SELECT count(*) FROM datasources"));
    headline.put("users", rows.count("SELECT count(DISTINCT identifier) FROM workspace_users"));

    ObjectNode charts = data.putObject("charts");
    charts.set("workspacesByType", rows.series(ReportQueries.WORKSPACES_BY_TYPE));
    charts.set("workspacesByState", rows.series(ReportQueries.WORKSPACES_BY_STATE));
    charts.set("workspacesByCapacity", rows.series(ReportQueries.WORKSPACES_BY_CAPACITY));
    charts.set("modelsByReports", rows.series(ReportQueries.MODELS_BY_REPORTS));
    charts.set("datasourcesByType", rows.series(ReportQueries.DATASOURCES_BY_TYPE));
    charts.set("fabricItemsByType", rows.series(ReportQueries.FABRIC_ITEMS_BY_TYPE));
    charts.set("fabricItemsByCapacity", rows.series(ReportQueries.FABRIC_ITEMS_BY_CAPACITY));

    ObjectNode tables = data.putObject("tables");
    tables.set("workspaces", rows.table(ReportQueries.WORKSPACE_TABLE, DETAIL_ROWS));
    tables.set("semanticModels", rows.table(ReportQueries.MODEL_TABLE, DETAIL_ROWS));
    tables.set("datasourceTypes", rows.table(ReportQueries.DATASOURCE_TABLE, DETAIL_ROWS));
    tables.set("fabricItemTypes", rows.table(ReportQueries.FABRIC_ITEM_TABLE, DETAIL_ROWS));

    data.set("findings", findings(db, rows));
    data.set("lineage", LineageSlice.read(db.connection(), LINEAGE_MODELS, LINEAGE_EDGES));
    data.set("activity", activity(db, rows, headline));
    data.set("tenantSettings", TenantSettingsSection.read(db, rows));
    return data;
  }

  private static ArrayNode findings(InventoryDb db, Rows rows) throws SQLException {
    ArrayNode findings = JSON.arrayNode();
    boolean users = rows.count(Findings.WORKSPACE_USERS) > 0;
    String noUsers =
        "Workspace users were not extracted (the inventory ran with"
            + " --no-artifact-users, or the scanner returned no users), so this cannot be checked.";
    finding(
        findings,
        rows,
        "orphaned",
        "Orphaned workspaces",
        "Workspaces without any admin: nobody can manage their access or content.",
        users ? Findings.ORPHANED : null,
        noUsers);
    finding(
        findings,
        rows,
        "personal",
        "Content in personal workspaces",
        "Reports, semantic models and dashboards in My workspace: invisible to colleagues and"
            + " lost when the owner leaves.",
        Findings.PERSONAL_CONTENT,
        null);
    boolean widelyShared = db.has("widely_shared_artifacts");
    finding(
        findings,
        rows,
        "widelyShared",
        "Published to web or shared with the whole organization",
        "Artifacts anyone on the internet or everyone in the organization can open.",
        widelyShared
            ? "SELECT share_kind, artifact_type, display_name, access_right, share_type,"
                + " sharer_email, refreshed_at FROM widely_shared_artifacts"
                + " ORDER BY share_kind, display_name"
            : null,
        widelyShared
            ? null
            : "Not extracted: this inventory was written before 'pbiadmin inventory' listed"
                + " widely shared artifacts (WidelySharedArtifacts PublishedToWeb and"
                + " LinksSharedToWholeOrganization); run it again to list them.");
    finding(
        findings,
        rows,
        "modelsWithoutReports",
        "Semantic models without reports",
        "Models nothing is built on: candidates to remove, or refreshes that cost capacity for"
            + " nothing.",
        Findings.MODELS_WITHOUT_REPORTS,
        null);
    finding(
        findings,
        rows,
        "singleAdmin",
        "Workspaces with a single admin",
        "Shared workspaces one person away from being orphaned.",
        users ? Findings.SINGLE_ADMIN : null,
        noUsers);
    finding(
        findings,
        rows,
        "servicePrincipalAdmins",
        "Service principals with admin rights",
        "Apps that administer workspaces: their secrets or certificates are keys to that content.",
        users ? Findings.SERVICE_PRINCIPAL_ADMINS : null,
        noUsers);
    return findings;
  }

  private static void finding(
      ArrayNode findings,
      Rows rows,
      String id,
      String title,
      String why,
      String sql,
      String unavailable)
      throws SQLException {
    ObjectNode f = findings.addObject();
    f.put("id", id);
    f.put("title", title);
    f.put("why", why);
    f.put("available", sql != null);
    if (sql == null) {
      f.put("note", unavailable);
      return;
    }
    ObjectNode table = rows.table(sql, DETAIL_ROWS);
    f.put("count", table.get("total").asLong());
    f.set("table", table);
  }

  private static ObjectNode activity(InventoryDb db, Rows rows, ObjectNode headline)
      throws SQLException {
    ObjectNode activity = JSON.objectNode();
    long events =
        db.has("activity_events") ? rows.count("SELECT count(*) FROM activity_events") : 0;
    headline.put("activityEvents", events);
    activity.put("available", events > 0);
    if (events > 0) {
      activity.set("eventsPerDay", rows.series(ReportQueries.EVENTS_PER_DAY));
      activity.set("topActivities", rows.series(ReportQueries.TOP_ACTIVITIES));
      activity.set("table", rows.table(ReportQueries.ACTIVITY_TABLE, DETAIL_ROWS));
    }
    return activity;
  }

  private static ObjectNode lastRun(InventoryDb db) throws SQLException {
    if (!db.has("scan_runs")) {
      return null;
    }
    try (Statement s = db.connection().createStatement();
        ResultSet rs = s.executeQuery(ReportQueries.LAST_RUN)) {
      if (!rs.next()) {
        return null;
      }
      ObjectNode run = JSON.objectNode();
      run.put("runId", rs.getLong(1));
      run.put("mode", rs.getString(2));
      run.put("status", rs.getString(3));
      run.put("startedAt", rs.getString(4));
      run.put("endedAt", rs.getString(5));
      return run;
    }
  }
}
