package dev.pbiadmin.emulator.content;

import static dev.pbiadmin.emulator.content.ContentJson.str;
import static dev.pbiadmin.emulator.content.ContentJson.time;
import static dev.pbiadmin.emulator.content.ContentJson.users;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/** The item shapes of a scan result: {@code WorkspaceInfoReport}, {@code WorkspaceInfoDataset}, … */
final class ScanItems {
  private ScanItems() {}

  static void report(JsonGenerator g, Report r, ScanOptions o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    str(g, "name", r.name());
    str(g, "description", r.description());
    g.writeStringField("reportType", r.reportType());
    str(g, "datasetId", r.datasetId());
    str(g, "appId", r.appId());
    time(g, "createdDateTime", r.createdDateTime());
    time(g, "modifiedDateTime", r.modifiedDateTime());
    str(g, "createdBy", r.createdBy());
    str(g, "modifiedBy", r.modifiedBy());
    str(g, "createdById", r.createdById());
    str(g, "modifiedById", r.modifiedById());
    endorsement(g, r.endorsement());
    str(g, "datasetWorkspaceId", r.datasetWorkspaceId());
    if (o.getArtifactUsers()) {
      users(g, "users", r.users(), "reportUserAccessRight");
    }
    g.writeEndObject();
  }

  static void dashboard(JsonGenerator g, Dashboard d, ScanOptions o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    str(g, "displayName", d.displayName());
    g.writeBooleanField("isReadOnly", d.isReadOnly());
    str(g, "appId", d.appId());
    str(g, "dataClassification", d.dataClassification());
    label(g, d.sensitivityLabelId());
    if (o.lineage()) {
      g.writeArrayFieldStart("tiles");
      for (Dashboard.Tile t : d.tiles()) {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        str(g, "title", t.title());
        str(g, "reportId", t.reportId());
        str(g, "datasetId", t.datasetId());
        str(g, "datasetWorkspaceId", t.datasetWorkspaceId());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (o.getArtifactUsers()) {
      users(g, "users", d.users(), "dashboardUserAccessRight");
    }
    g.writeEndObject();
  }

  static void dataset(JsonGenerator g, Dataset d, ScanOptions o, Predicate<String> misconfigured) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    str(g, "name", d.name());
    str(g, "description", d.description());
    str(g, "configuredBy", d.configuredBy());
    time(g, "CreatedDate", d.createdDate());
    str(g, "ContentProviderType", d.contentProviderType());
    str(g, "targetStorageMode", d.targetStorageMode());
    endorsement(g, d.endorsement());
    if (o.schema()) {
      if (d.schemaRetrievalError() != null) {
        g.writeStringField("schemaRetrievalError", d.schemaRetrievalError());
      }
      g.writeArrayFieldStart("tables");
      for (Dataset.Table t : d.tables()) {
        table(g, t, o.expressions());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("roles");
      for (Dataset.Role role : d.roles()) {
        role(g, role);
      }
      g.writeEndArray();
    }
    if (o.expressions() && !d.expressions().isEmpty()) {
      g.writeArrayFieldStart("expressions");
      for (Dataset.Expression e : d.expressions()) {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("expression", e.expression());
        str(g, "description", e.description());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (o.lineage()) {
      usages(g, d.datasourceUsages(), misconfigured);
      refs(g, "upstreamDataflows", "targetDataflowId", d.upstreamDataflows());
      refs(g, "upstreamDatasets", "targetDatasetId", d.upstreamDatasets());
    }
    if (o.getArtifactUsers()) {
      users(g, "users", d.users(), "datasetUserAccessRight");
    }
    g.writeEndObject();
  }

  // Measure.expression is "required" in the swagger, but with the expressions setting off the
  // service leaves it out, as it does every other DAX and M text; so do we.
  private static void table(JsonGenerator g, Dataset.Table t, boolean expressions) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", t.name());
    g.writeArrayFieldStart("columns");
    for (Dataset.Column c : t.columns()) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("dataType", c.dataType());
      g.writeBooleanField("isHidden", c.isHidden());
      str(g, "formatString", c.formatString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("measures");
    for (Dataset.Measure m : t.measures()) {
      g.writeStartObject();
      g.writeStringField("name", m.name());
      if (expressions) {
        g.writeStringField("expression", m.expression());
      }
      str(g, "formatString", m.formatString());
      str(g, "description", m.description());
      g.writeBooleanField("isHidden", m.isHidden());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("isHidden", t.isHidden());
    str(g, "description", t.description());
    if (expressions && t.sourceExpression() != null) {
      g.writeArrayFieldStart("source");
      g.writeStartObject();
      g.writeStringField("expression", t.sourceExpression());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void role(JsonGenerator g, Dataset.Role role) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", role.name());
    str(g, "modelPermission", role.modelPermission());
    g.writeArrayFieldStart("members");
    for (Dataset.RoleMember m : role.members()) {
      g.writeStartObject();
      g.writeStringField("memberName", m.memberName());
      str(g, "memberId", m.memberId());
      str(g, "memberType", m.memberType());
      str(g, "identityProvider", m.identityProvider());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tablePermissions");
    for (Dataset.TablePermission p : role.tablePermissions()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      str(g, "filterExpression", p.filterExpression());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void dataflow(JsonGenerator g, Dataflow d, ScanOptions o, Predicate<String> misconfigured) throws IOException {
    g.writeStartObject();
    g.writeStringField("objectId", d.objectId());
    str(g, "name", d.name());
    str(g, "description", d.description());
    g.writeStringField("modelUrl", "https://wabi-emulated.analysis.windows.net/dataflows/" + d.objectId() + "/model.json");
    str(g, "configuredBy", d.configuredBy());
    // the swagger's example shows modifiedBy/modifiedDateTime, its WorkspaceInfoDataflow does not:
    // the definition wins, as responses are validated against it
    endorsement(g, d.endorsement());
    if (o.lineage()) {
      usages(g, d.datasourceUsages(), misconfigured);
      refs(g, "upstreamDataflows", "targetDataflowId", d.upstreamDataflows());
    }
    if (o.getArtifactUsers()) {
      users(g, "users", d.users(), "dataflowUserAccessRight");
    }
    g.writeEndObject();
  }

  static void datamart(JsonGenerator g, Datamart d, ScanOptions o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    str(g, "name", d.name());
    str(g, "description", d.description());
    g.writeStringField("type", d.type());
    g.writeStringField("status", d.status());
    g.writeStringField("state", d.state());
    str(g, "configuredBy", d.configuredBy());
    str(g, "configuredById", d.configuredById());
    str(g, "modifiedBy", d.modifiedBy());
    str(g, "modifiedById", d.modifiedById());
    time(g, "modifiedDateTime", d.modifiedDateTime());
    endorsement(g, d.endorsement());
    if (o.lineage()) {
      refs(g, "upstreamDataflows", "targetDataflowId", d.upstreamDataflows());
      g.writeArrayFieldStart("datasourceUsages");
      for (String id : d.datasourceUsages()) {
        g.writeStartObject();
        g.writeStringField("datasourceInstanceId", id);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (o.getArtifactUsers()) {
      users(g, "users", d.users(), "datamartUserAccessRight");
    }
    g.writeEndObject();
  }

  private static void usages(JsonGenerator g, List<String> ids, Predicate<String> misconfigured) throws IOException {
    g.writeArrayFieldStart("datasourceUsages");
    for (String id : ids) {
      if (!misconfigured.test(id)) {
        g.writeStartObject();
        g.writeStringField("datasourceInstanceId", id);
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    if (ids.stream().anyMatch(misconfigured)) {
      g.writeArrayFieldStart("misconfiguredDatasourceUsages");
      for (String id : ids) {
        if (misconfigured.test(id)) {
          g.writeStartObject();
          g.writeStringField("datasourceInstanceId", id);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
  }

  private static void refs(JsonGenerator g, String field, String idField, List<ItemRef> refs) throws IOException {
    if (refs.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (ItemRef ref : refs) {
      g.writeStartObject();
      g.writeStringField(idField, ref.targetId());
      g.writeStringField("groupId", ref.groupId());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void endorsement(JsonGenerator g, Endorsement e) throws IOException {
    if (e.endorsement() != null) {
      g.writeObjectFieldStart("endorsementDetails");
      g.writeStringField("endorsement", e.endorsement());
      str(g, "certifiedBy", e.certifiedBy());
      g.writeEndObject();
    }
    label(g, e.sensitivityLabelId());
  }

  private static void label(JsonGenerator g, String labelId) throws IOException {
    if (labelId != null) {
      g.writeObjectFieldStart("sensitivityLabel");
      g.writeStringField("labelId", labelId);
      g.writeEndObject();
    }
  }
}
