package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.Fields.array;
import static dev.pbiadmin.cli.inventory.Fields.bool;
import static dev.pbiadmin.cli.inventory.Fields.has;
import static dev.pbiadmin.cli.inventory.Fields.text;
import static dev.pbiadmin.cli.inventory.Fields.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Semantic models (the API's "datasets") with their schema, expressions, roles and sources. */
final class ModelRows {
  private final Rows rows;
  private final Lineage lineage;
  private final MetadataSeen seen;

  ModelRows(Rows rows, Lineage lineage, MetadataSeen seen) {
    this.rows = rows;
    this.lineage = lineage;
    this.seen = seen;
  }

  void write(String ws, List<JsonNode> models) throws SQLException {
    for (JsonNode m : models) {
      String id = text(m, "id");
      String error = text(m, "schemaRetrievalError");
      rows.add(Tables.SEMANTIC_MODELS, id, ws, text(m, "name"), text(m, "description"),
          text(m, "configuredBy"), text(m, "configuredById"), time(m, "createdDate"),
          text(m, "contentProviderType"), text(m, "targetStorageMode"),
          bool(m, "isEffectiveIdentityRequired"), bool(m, "isRefreshable"), error,
          bool(m, "schemaMayNotBeUpToDate"), WorkspaceRows.endorsement(m),
          WorkspaceRows.certifiedBy(m), WorkspaceRows.label(m));
      seen.models++;
      if (has(m, "tables")) {
        seen.modelsWithSchema++;
      }
      if (has(m, "expressions")) {
        seen.modelsWithExpressions++;
      }
      if (error != null) {
        seen.schemaErrors++;
      }
      tables(ws, id, m);
      for (JsonNode e : array(m, "expressions")) {
        rows.add(Tables.SEMANTIC_MODEL_EXPRESSIONS, id, text(e, "name"), ws,
            text(e, "expression"), text(e, "description"));
      }
      roles(ws, id, m);
      new WorkspaceRows(rows, seen).users(Tables.SEMANTIC_MODEL_USERS, m, id, ws);
      FlowRows.sources(rows, lineage, Tables.SEMANTIC_MODEL_DATASOURCES, "semantic_model", id, ws, m);
      for (JsonNode up : array(m, "upstreamDatasets")) {
        lineage.edge("semantic_model", text(up, "targetDatasetId"), text(up, "groupId"),
            "semantic_model", id);
      }
    }
  }

  private void tables(String ws, String model, JsonNode m) throws SQLException {
    for (JsonNode t : array(m, "tables")) {
      String table = text(t, "name");
      List<String> sources = new ArrayList<>();
      for (JsonNode s : array(t, "source")) {
        sources.add(text(s, "expression"));
      }
      rows.add(Tables.SEMANTIC_MODEL_TABLES, model, table, ws, bool(t, "isHidden"),
          text(t, "description"), sources.isEmpty() ? null : String.join("\n", sources));
      for (JsonNode c : array(t, "columns")) {
        rows.add(Tables.SEMANTIC_MODEL_COLUMNS, model, table, text(c, "name"), ws,
            text(c, "dataType"), text(c, "columnType"), text(c, "expression"),
            text(c, "formatString"), text(c, "sortByColumn"), text(c, "dataCategory"),
            bool(c, "isHidden"), text(c, "summarizeBy"));
      }
      for (JsonNode x : array(t, "measures")) {
        rows.add(Tables.SEMANTIC_MODEL_MEASURES, model, table, text(x, "name"), ws,
            text(x, "expression"), text(x, "formatString"), text(x, "description"),
            bool(x, "isHidden"));
      }
    }
  }

  private void roles(String ws, String model, JsonNode m) throws SQLException {
    for (JsonNode r : array(m, "roles")) {
      String role = text(r, "name");
      rows.add(Tables.SEMANTIC_MODEL_ROLES, model, role, ws, text(r, "modelPermission"));
      for (JsonNode x : array(r, "members")) {
        rows.add(Tables.SEMANTIC_MODEL_ROLE_MEMBERS, model, role, text(x, "memberName"), ws,
            text(x, "memberId"), text(x, "memberType"), text(x, "identityProvider"));
      }
      for (JsonNode p : array(r, "tablePermissions")) {
        rows.add(Tables.SEMANTIC_MODEL_TABLE_PERMISSIONS, model, role, text(p, "name"), ws,
            text(p, "filterExpression"));
      }
    }
  }
}
