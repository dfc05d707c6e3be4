package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.Parts.labels;
import static dev.pbiadmin.cli.inventory.Parts.row;

import java.sql.SQLException;

/** Reports and dashboards with their users, tiles, datasources and lineage. */
final class ReportRows {
  private final Rows rows;
  private final Lineage lineage;

  ReportRows(Rows rows, Lineage lineage) {
    this.rows = rows;
    this.lineage = lineage;
  }

  void write(String ws, Fields w) throws SQLException {
    reports(ws, w);
    dashboards(ws, w);
  }

  /**
   * An app's copy of a report is a report of its own, with its own id, {@code appId} and the
   * original's id in {@code originalReportObjectId} (the swagger's {@code originalReportId}); both
   * are kept (reference §5.1, §10.2). A paginated report's {@code datasourceUsages} link it to its
   * datasources.
   */
  private void reports(String ws, Fields w) throws SQLException {
    for (Fields r : w.rows("reports")) {
      String id = r.id("id");
      String model = r.id("datasetId");
      String modelWs = r.id("datasetWorkspaceId");
      lineage.item("report", id);
      Parts.users(rows, Tables.REPORT_USERS, r, id, ws);
      Parts.sources(rows, lineage, Tables.REPORT_DATASOURCES, "report", id, ws, r);
      lineage.relations(r, "report", id);
      if (model != null) {
        lineage.edge("semantic_model", model, modelWs, "report", id);
      }
      rows.add(
          Tables.REPORTS,
          row(
              new Object[] {
                id,
                ws,
                r.text("name"),
                r.text("description"),
                r.text("reportType"),
                model,
                modelWs,
                r.id("appId"),
                r.id("originalReportObjectId", "originalReportId"),
                r.text("createdBy"),
                r.id("createdById"),
                r.time("createdDateTime"),
                r.text("modifiedBy"),
                r.id("modifiedById"),
                r.time("modifiedDateTime")
              },
              labels(r),
              r.extra()));
    }
  }

  private void dashboards(String ws, Fields w) throws SQLException {
    for (Fields d : w.rows("dashboards")) {
      String id = d.id("id");
      lineage.item("dashboard", id);
      for (Fields t : d.rows("tiles")) {
        String report = t.id("reportId");
        String model = t.id("datasetId");
        String modelWs = t.id("datasetWorkspaceId");
        rows.add(
            Tables.DASHBOARD_TILES,
            id,
            t.id("id"),
            ws,
            t.text("title"),
            report,
            model,
            modelWs,
            t.text("subTitle"),
            t.extra());
        // a tile showing a report shows the report's model: the report is the nearer link
        if (report != null) {
          lineage.edge("report", report, null, "dashboard", id);
        } else if (model != null) {
          lineage.edge("semantic_model", model, modelWs, "dashboard", id);
        }
      }
      Parts.users(rows, Tables.DASHBOARD_USERS, d, id, ws);
      lineage.relations(d, "dashboard", id);
      rows.add(
          Tables.DASHBOARDS,
          row(
              new Object[] {
                id,
                ws,
                d.text("displayName"),
                d.bool("isReadOnly"),
                d.id("appId"),
                d.text("dataClassification")
              },
              labels(d),
              d.extra()));
    }
  }
}
