package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.Fields.array;
import static dev.pbiadmin.cli.inventory.Fields.bool;
import static dev.pbiadmin.cli.inventory.Fields.object;
import static dev.pbiadmin.cli.inventory.Fields.text;
import static dev.pbiadmin.cli.inventory.Fields.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Locale;

/** Turns one {@code WorkspaceInfo} object into rows: the workspace, its users and its items. */
final class WorkspaceRows {
  private final Rows rows;
  private final MetadataSeen seen;

  WorkspaceRows(Rows rows, MetadataSeen seen) {
    this.rows = rows;
    this.seen = seen;
  }

  /**
   * Writes a workspace with everything the service returned for it. A workspace in state
   * {@code Deleted} is kept (it can still be restored, and its items still count); one that has
   * vanished from the listing is removed when the run ends. Returns whether it is deleted.
   */
  boolean write(JsonNode w, String scanId, LocalDateTime scannedAt) throws SQLException {
    String id = text(w, "id");
    String state = text(w, "state");
    if (id == null) {
      throw new InventoryException("a workspace in the scan result has no id", null);
    }
    String type = text(w, "type");
    boolean personal = type != null && type.toLowerCase(Locale.ROOT).contains("personal");
    rows.add(Tables.WORKSPACES, id, text(w, "name"), text(w, "description"), type, state,
        personal, bool(w, "isOnDedicatedCapacity"), text(w, "capacityId"),
        text(w, "defaultDatasetStorageFormat"), text(w, "dataRetrievalState"), scanId, scannedAt);
    users(Tables.WORKSPACE_USERS, w, null, id);
    Lineage lineage = new Lineage(rows, id);
    new ModelRows(rows, lineage, seen).write(id, array(w, "datasets"));
    reports(id, w, lineage);
    dashboards(id, w, lineage);
    new FlowRows(rows, lineage).write(id, w);
    return "Deleted".equalsIgnoreCase(state);
  }

  private void reports(String ws, JsonNode w, Lineage lineage) throws SQLException {
    for (JsonNode r : array(w, "reports")) {
      String id = text(r, "id");
      String model = text(r, "datasetId");
      String modelWs = text(r, "datasetWorkspaceId");
      rows.add(Tables.REPORTS, id, ws, text(r, "name"), text(r, "description"),
          text(r, "reportType"), model, modelWs, text(r, "appId"), text(r, "originalReportId"),
          text(r, "createdBy"), text(r, "createdById"), time(r, "createdDateTime"),
          text(r, "modifiedBy"), text(r, "modifiedById"), time(r, "modifiedDateTime"),
          endorsement(r), certifiedBy(r), label(r));
      users(Tables.REPORT_USERS, r, id, ws);
      if (model != null) {
        lineage.edge("semantic_model", model, modelWs, "report", id);
      }
    }
  }

  private void dashboards(String ws, JsonNode w, Lineage lineage) throws SQLException {
    for (JsonNode d : array(w, "dashboards")) {
      String id = text(d, "id");
      rows.add(Tables.DASHBOARDS, id, ws, text(d, "displayName"), bool(d, "isReadOnly"),
          text(d, "appId"), text(d, "dataClassification"), endorsement(d), certifiedBy(d),
          label(d));
      for (JsonNode t : array(d, "tiles")) {
        String report = text(t, "reportId");
        String model = text(t, "datasetId");
        String modelWs = text(t, "datasetWorkspaceId");
        rows.add(Tables.DASHBOARD_TILES, id, text(t, "id"), ws, text(t, "title"), report, model,
            modelWs);
        if (report != null) {
          lineage.edge("report", report, null, "dashboard", id);
        } else if (model != null) {
          lineage.edge("semantic_model", model, modelWs, "dashboard", id);
        }
      }
      users(Tables.DASHBOARD_USERS, d, id, ws);
    }
  }

  /** Writes {@code item.users[]}; {@code itemId} is null for the workspace's own users. */
  void users(Table table, JsonNode item, String itemId, String ws) throws SQLException {
    for (JsonNode u : array(item, "users")) {
      Object[] principal = {text(u, "identifier"), text(u, "displayName"),
          text(u, "emailAddress"), text(u, "graphId"), text(u, "principalType"),
          text(u, "userType"), Fields.accessRight(u)};
      Object[] head = itemId == null ? new Object[] {ws} : new Object[] {itemId, ws};
      Object[] all = java.util.Arrays.copyOf(head, head.length + principal.length);
      System.arraycopy(principal, 0, all, head.length, principal.length);
      rows.add(table, all);
    }
  }

  static String endorsement(JsonNode item) {
    return text(object(item, "endorsementDetails"), "endorsement");
  }

  static String certifiedBy(JsonNode item) {
    return text(object(item, "endorsementDetails"), "certifiedBy");
  }

  static String label(JsonNode item) {
    return text(object(item, "sensitivityLabel"), "labelId");
  }
}
