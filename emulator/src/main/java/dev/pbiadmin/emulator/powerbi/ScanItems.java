package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.ContentJson.str;
import static dev.pbiadmin.emulator.powerbi.ContentJson.users;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Dashboard;
import dev.pbiadmin.emulator.content.Dataflow;
import dev.pbiadmin.emulator.content.Datamart;
import dev.pbiadmin.emulator.content.Endorsement;
import dev.pbiadmin.emulator.content.ItemRef;
import dev.pbiadmin.emulator.content.Relation;
import dev.pbiadmin.emulator.content.Report;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The item shapes of a scan result other than semantic models ({@link ScanDatasets}) and Fabric
 * items ({@link ScanFabricItems}): {@code WorkspaceInfoReport}, {@code WorkspaceInfoDashboard}, …,
 * with the fields real scan results have beyond the swagger (scan-result-real-shapes.md §5): {@code
 * originalReportObjectId}, a paginated report's {@code datasourceUsages}, a dataflow's {@code
 * modifiedBy} and {@code modifiedDateTime}; and the parts every kind shares.
 */
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
    str(g, "originalReportObjectId", r.originalReportObjectId());
    // the swagger's example writes a scanned report's dates without a zone
    unzoned(g, "createdDateTime", r.createdDateTime());
    unzoned(g, "modifiedDateTime", r.modifiedDateTime());
    str(g, "createdBy", r.createdBy());
    str(g, "modifiedBy", r.modifiedBy());
    str(g, "createdById", r.createdById());
    str(g, "modifiedById", r.modifiedById());
    endorsement(g, r.endorsement());
    str(g, "datasetWorkspaceId", r.datasetWorkspaceId());
    if (o.lineage() && r.isPaginated()) {
      ids(g, "datasourceUsages", r.datasourceUsages());
    }
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

  /**
   * {@code relations}, with the target's id in the case the service chose for it ({@link IdCase}).
   */
  static void relations(JsonGenerator g, String holderId, List<Relation> relations)
      throws IOException {
    if (relations.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("relations");
    for (Relation rel : relations) {
      g.writeStartObject();
      g.writeStringField(
          "dependentOnArtifactId", IdCase.reference(rel.dependentOnArtifactId(), holderId));
      g.writeStringField("relationType", rel.relationType());
      g.writeStringField("workspaceId", rel.workspaceId());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void dataflow(JsonGenerator g, Dataflow d, ScanOptions o, Predicate<String> misconfigured)
      throws IOException {
    ContentJson.startDataflow(g, d);
    // the swagger's example and real consumers show these; its WorkspaceInfoDataflow does not
    str(g, "modifiedBy", d.modifiedBy());
    utc(g, "modifiedDateTime", d.modifiedDateTime());
    ScanDatasets.schedules(g, d.refreshSchedule(), null);
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
    utc(g, "modifiedDateTime", d.modifiedDateTime());
    endorsement(g, d.endorsement());
    if (o.lineage()) {
      refs(g, "upstreamDataflows", "targetDataflowId", d.upstreamDataflows());
      ids(g, "datasourceUsages", d.datasourceUsages());
    }
    if (o.getArtifactUsers()) {
      users(g, "users", d.users(), "datamartUserAccessRight");
    }
    g.writeEndObject();
  }

  static void usages(JsonGenerator g, List<String> ids, Predicate<String> misconfigured)
      throws IOException {
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

  private static void ids(JsonGenerator g, String field, List<String> ids) throws IOException {
    g.writeArrayFieldStart(field);
    for (String id : ids) {
      g.writeStartObject();
      g.writeStringField("datasourceInstanceId", id);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void utc(JsonGenerator g, String field, java.time.Instant t) throws IOException {
    if (t != null) {
      g.writeStringField(field, Timestamps.utc(t));
    }
  }

  private static void unzoned(JsonGenerator g, String field, java.time.Instant t)
      throws IOException {
    if (t != null) {
      g.writeStringField(field, Timestamps.unzoned(t));
    }
  }

  static void refs(JsonGenerator g, String field, String idField, List<ItemRef> refs)
      throws IOException {
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

  static void endorsement(JsonGenerator g, Endorsement e) throws IOException {
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
