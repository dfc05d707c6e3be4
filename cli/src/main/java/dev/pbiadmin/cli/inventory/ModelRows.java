package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.Parts.labels;
import static dev.pbiadmin.cli.inventory.Parts.row;

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

  /**
   * A Direct Lake model's {@code relations} name the lakehouse, warehouse or SQL endpoint it reads
   * (reference §5.3, §7): lineage from that item to the model.
   */
  void write(String ws, List<Fields> models) throws SQLException {
    for (Fields m : models) {
      String id = m.id("id");
      lineage.item("semantic_model", id);
      seen.models++;
      if (m.has("tables")) {
        seen.modelsWithSchema++;
      }
      if (m.has("expressions")) {
        seen.modelsWithExpressions++;
      }
      tables(ws, id, m);
      for (Fields e : m.rows("expressions")) {
        rows.add(
            Tables.SEMANTIC_MODEL_EXPRESSIONS,
            id,
            e.text("name"),
            ws,
            e.text("expression"),
            e.text("description"),
            e.extra());
      }
      roles(ws, id, m);
      Parts.users(rows, Tables.SEMANTIC_MODEL_USERS, m, id, ws);
      Parts.sources(rows, lineage, Tables.SEMANTIC_MODEL_DATASOURCES, "semantic_model", id, ws, m);
      Parts.schedules(rows, "semantic_model", id, ws, m);
      lineage.relations(m, "semantic_model", id);
      String error = m.text("schemaRetrievalError");
      if (error != null) {
        seen.schemaErrors++;
      }
      rows.add(
          Tables.SEMANTIC_MODELS,
          row(
              new Object[] {
                id,
                ws,
                m.text("name"),
                m.text("description"),
                m.text("configuredBy"),
                m.id("configuredById"),
                m.time("createdDate"),
                m.text("contentProviderType"),
                m.text("targetStorageMode"),
                m.bool("isEffectiveIdentityRequired"),
                m.bool("isRefreshable"),
                error,
                m.bool("schemaMayNotBeUpToDate")
              },
              labels(m),
              m.bool("isEffectiveIdentityRolesRequired"),
              m.extra()));
    }
  }

  private void tables(String ws, String model, Fields m) throws SQLException {
    for (Fields t : m.rows("tables")) {
      String table = t.text("name");
      List<String> sources = new ArrayList<>();
      List<String> schemas = new ArrayList<>();
      for (Fields s : t.each("source")) {
        add(sources, s.text("expression"));
        add(schemas, s.text("schemaName"));
      }
      for (Fields c : t.rows("columns")) {
        rows.add(
            Tables.SEMANTIC_MODEL_COLUMNS,
            model,
            table,
            c.text("name"),
            ws,
            c.text("dataType"),
            c.text("columnType"),
            c.text("expression"),
            c.text("formatString"),
            c.text("sortByColumn"),
            c.text("dataCategory"),
            c.bool("isHidden"),
            c.text("summarizeBy"),
            c.text("description"),
            c.extra());
      }
      for (Fields x : t.rows("measures")) {
        rows.add(
            Tables.SEMANTIC_MODEL_MEASURES,
            model,
            table,
            x.text("name"),
            ws,
            x.text("expression"),
            x.text("formatString"),
            x.text("description"),
            x.bool("isHidden"),
            x.extra());
      }
      rows.add(
          Tables.SEMANTIC_MODEL_TABLES,
          model,
          table,
          ws,
          t.bool("isHidden"),
          t.text("description"),
          joined(sources),
          t.text("storageMode"),
          joined(schemas),
          t.extra());
    }
  }

  private static void add(List<String> into, String value) {
    if (value != null) {
      into.add(value);
    }
  }

  private static String joined(List<String> parts) {
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  private void roles(String ws, String model, Fields m) throws SQLException {
    for (Fields r : m.rows("roles")) {
      String role = r.text("name");
      for (Fields x : r.rows("members")) {
        rows.add(
            Tables.SEMANTIC_MODEL_ROLE_MEMBERS,
            model,
            role,
            x.text("memberName"),
            ws,
            x.id("memberId"),
            x.text("memberType"),
            x.text("identityProvider"),
            x.extra());
      }
      for (Fields p : r.rows("tablePermissions")) {
        rows.add(
            Tables.SEMANTIC_MODEL_TABLE_PERMISSIONS,
            model,
            role,
            p.text("name"),
            ws,
            p.text("filterExpression"),
            p.extra());
      }
      rows.add(Tables.SEMANTIC_MODEL_ROLES, model, role, ws, r.text("modelPermission"), r.extra());
    }
  }
}
