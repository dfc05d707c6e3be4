package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.Fields.array;
import static dev.pbiadmin.cli.inventory.Fields.text;
import static dev.pbiadmin.cli.inventory.Fields.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;

/** Dataflows and datamarts, their datasource links and their upstream lineage. */
final class FlowRows {
  private final Rows rows;
  private final Lineage lineage;

  FlowRows(Rows rows, Lineage lineage) {
    this.rows = rows;
    this.lineage = lineage;
  }

  void write(String ws, JsonNode w) throws SQLException {
    WorkspaceRows users = new WorkspaceRows(rows, new MetadataSeen());
    for (JsonNode f : array(w, "dataflows")) {
      String id = text(f, "objectId");
      rows.add(Tables.DATAFLOWS, id, ws, text(f, "name"), text(f, "description"),
          text(f, "modelUrl"), text(f, "configuredBy"), text(f, "modifiedBy"),
          time(f, "modifiedDateTime"), WorkspaceRows.endorsement(f), WorkspaceRows.certifiedBy(f),
          WorkspaceRows.label(f));
      users.users(Tables.DATAFLOW_USERS, f, id, ws);
      sources(rows, lineage, Tables.DATAFLOW_DATASOURCES, "dataflow", id, ws, f);
    }
    for (JsonNode d : array(w, "datamarts")) {
      String id = text(d, "id");
      rows.add(Tables.DATAMARTS, id, ws, text(d, "name"), text(d, "description"),
          text(d, "type"), text(d, "status"), text(d, "state"), text(d, "configuredBy"),
          text(d, "configuredById"), text(d, "modifiedBy"), text(d, "modifiedById"),
          time(d, "modifiedDateTime"), WorkspaceRows.endorsement(d), WorkspaceRows.certifiedBy(d),
          WorkspaceRows.label(d));
      users.users(Tables.DATAMART_USERS, d, id, ws);
      sources(rows, lineage, Tables.DATAMART_DATASOURCES, "datamart", id, ws, d);
    }
  }

  /**
   * The datasource links and upstream dataflows/datamarts of any item; shared by semantic models,
   * dataflows and datamarts because the scanner shapes them alike.
   */
  static void sources(Rows rows, Lineage lineage, Table links, String kind, String id, String ws,
      JsonNode item) throws SQLException {
    for (JsonNode u : array(item, "datasourceUsages")) {
      String ds = text(u, "datasourceInstanceId");
      rows.add(links, id, ds, ws, false);
      lineage.edge("datasource", ds, null, kind, id);
    }
    for (JsonNode u : array(item, "misconfiguredDatasourceUsages")) {
      rows.add(links, id, text(u, "datasourceInstanceId"), ws, true);
    }
    for (JsonNode up : array(item, "upstreamDataflows")) {
      lineage.edge("dataflow", text(up, "targetDataflowId"), text(up, "groupId"), kind, id);
    }
    for (JsonNode up : array(item, "upstreamDatamarts")) {
      lineage.edge("datamart", text(up, "targetDatamartId"), text(up, "groupId"), kind, id);
    }
  }
}
