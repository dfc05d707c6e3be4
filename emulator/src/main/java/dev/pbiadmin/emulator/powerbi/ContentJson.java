package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.App;
import dev.pbiadmin.emulator.content.Capacity;
import dev.pbiadmin.emulator.content.Dashboard;
import dev.pbiadmin.emulator.content.Dataflow;
import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.DatasourceInstance;
import dev.pbiadmin.emulator.content.ItemRef;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.content.RefreshSchedule;
import dev.pbiadmin.emulator.content.Report;
import dev.pbiadmin.emulator.content.SharedArtifact;
import dev.pbiadmin.emulator.content.Workbook;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Writes content in the shapes of the contract's admin definitions ({@code AdminGroup}, {@code
 * AdminReport}, {@code AdminDataset}, …), streaming, so a 5,000-group page with every expansion
 * never exists as a tree. Field names are spelt as Microsoft's examples spell them
 * (contract/golden/powerbi), which is what the service sends, where the swagger's definitions
 * differ: a model's {@code isRefreshable}, {@code createdDate} (with an offset) and,
 * inconsistently, {@code ContentProviderType} (scan-result-real-shapes.md §9). Absent values are
 * omitted, as the service does.
 */
final class ContentJson {
  private static final String APP = "https://app.powerbi.com";

  private ContentJson() {}

  /** {@code AdminGroup}: the workspace with the given expansions inlined. */
  static void writeAdminGroup(JsonGenerator g, Workspace w, Set<Expand> expand) throws IOException {
    {
      g.writeStartObject();
      g.writeStringField("id", w.id());
      str(g, "name", w.name());
      g.writeBooleanField("isReadOnly", w.isReadOnly());
      g.writeBooleanField("isOnDedicatedCapacity", w.isOnDedicatedCapacity());
      str(g, "capacityId", IdCase.reference(w.capacityId(), w.id()));
      str(g, "dataflowStorageId", w.dataflowStorageId());
      if (w.isOnDedicatedCapacity()) {
        str(g, "defaultDatasetStorageFormat", w.defaultDatasetStorageFormat());
      }
      str(g, "description", w.description());
      g.writeStringField("type", w.type());
      g.writeStringField("state", w.state());
      g.writeBooleanField("hasWorkspaceLevelSettings", w.hasWorkspaceLevelSettings());
      if (expand.contains(Expand.USERS)) {
        users(g, "users", w.users(), "groupUserAccessRight");
      }
      if (expand.contains(Expand.REPORTS)) {
        array(g, "reports", w.reports(), (out, r) -> writeAdminReport(out, w, r, false));
      }
      if (expand.contains(Expand.DASHBOARDS)) {
        array(
            g,
            "dashboards",
            w.dashboards(),
            (out, d) -> writeAdminDashboard(out, w, d, false, false));
      }
      if (expand.contains(Expand.DATASETS)) {
        array(g, "datasets", w.datasets(), (out, d) -> writeAdminDataset(out, w, d, false));
      }
      if (expand.contains(Expand.DATAFLOWS)) {
        array(g, "dataflows", w.dataflows(), (out, d) -> writeAdminDataflow(out, w, d, false));
      }
      if (expand.contains(Expand.WORKBOOKS)) {
        array(g, "workbooks", w.workbooks(), ContentJson::writeWorkbook);
      }
      g.writeEndObject();
    }
  }

  /** {@code Workbook}. */
  private static void writeWorkbook(JsonGenerator g, Workbook b) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", b.name());
    str(g, "datasetId", b.datasetId());
    g.writeEndObject();
  }

  /**
   * A principal with its right under {@code rightField} ({@code groupUserAccessRight}, {@code
   * reportUserAccessRight}, {@code datasetUserAccessRight}, {@code appUserAccessRight}, …).
   */
  static void writeUser(JsonGenerator g, Access a, String rightField) throws IOException {
    g.writeStartObject();
    writePrincipalFields(g, a.principal(), true);
    g.writeStringField(rightField, a.right());
    g.writeEndObject();
  }

  /**
   * {@code AppUser} (GetAppUsersAsAdmin): like {@link #writeUser} but the contract has no {@code
   * userType} here.
   */
  static void writeAppUser(JsonGenerator g, Access a) throws IOException {
    g.writeStartObject();
    writePrincipalFields(g, a.principal(), false);
    g.writeStringField("appUserAccessRight", a.right());
    g.writeEndObject();
  }

  /**
   * The fields every principal shape shares; {@code userType} only where its contract definition
   * has it.
   */
  private static void writePrincipalFields(JsonGenerator g, Principal p, boolean withUserType)
      throws IOException {
    str(g, "emailAddress", p.emailAddress());
    str(g, "displayName", p.displayName());
    g.writeStringField("identifier", p.identifier());
    str(g, "graphId", p.graphId());
    if (withUserType) {
      str(g, "userType", p.userType());
    }
    g.writeStringField("principalType", p.principalType());
  }

  /** {@code AdminReport}; {@code withWorkspaceId} for GetReportsAsAdmin. */
  static void writeAdminReport(JsonGenerator g, Workspace w, Report r, boolean withWorkspaceId)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("reportType", r.reportType());
    str(g, "name", r.name());
    str(g, "datasetId", r.datasetId());
    str(g, "appId", r.appId());
    str(g, "description", r.description());
    g.writeStringField(
        "webUrl",
        APP
            + "/groups/"
            + w.id()
            + "/"
            + (r.reportType().equals("PaginatedReport") ? "rdlreports/" : "reports/")
            + r.id());
    g.writeStringField("embedUrl", APP + "/reportEmbed?reportId=" + r.id() + "&groupId=" + w.id());
    str(g, "createdBy", r.createdBy());
    str(g, "modifiedBy", r.modifiedBy());
    time(g, "createdDateTime", r.createdDateTime());
    time(g, "modifiedDateTime", r.modifiedDateTime());
    if (withWorkspaceId) {
      g.writeStringField("workspaceId", w.id());
    }
    g.writeEndObject();
  }

  /**
   * {@code AdminDashboard}; tiles only when expanded (GetDashboardsAsAdmin {@code $expand=tiles}).
   */
  static void writeAdminDashboard(
      JsonGenerator g, Workspace w, Dashboard d, boolean withWorkspaceId, boolean withTiles)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    str(g, "displayName", d.displayName());
    g.writeBooleanField("isReadOnly", d.isReadOnly());
    str(g, "appId", d.appId());
    g.writeStringField("webUrl", APP + "/groups/" + w.id() + "/dashboards/" + d.id());
    g.writeStringField(
        "embedUrl", APP + "/dashboardEmbed?dashboardId=" + d.id() + "&groupId=" + w.id());
    if (withWorkspaceId) {
      g.writeStringField("workspaceId", w.id());
    }
    if (withTiles) {
      array(g, "tiles", d.tiles(), (out, t) -> writeAdminTile(out, w, d, t));
    }
    g.writeEndObject();
  }

  /** {@code AdminTile}. */
  static void writeAdminTile(JsonGenerator g, Workspace w, Dashboard d, Dashboard.Tile t)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    str(g, "title", t.title());
    str(g, "reportId", t.reportId());
    str(g, "datasetId", t.datasetId());
    g.writeNumberField("rowSpan", t.rowSpan());
    g.writeNumberField("colSpan", t.colSpan());
    g.writeStringField(
        "embedUrl",
        APP + "/embed?dashboardId=" + d.id() + "&tileId=" + t.id() + "&groupId=" + w.id());
    g.writeEndObject();
  }

  /** {@code AdminDataset}; {@code withWorkspaceId} for GetDatasetsAsAdmin. */
  static void writeAdminDataset(JsonGenerator g, Workspace w, Dataset d, boolean withWorkspaceId)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    str(g, "name", d.name());
    str(g, "description", d.description());
    g.writeStringField("webUrl", APP + "/groups/" + w.id() + "/datasets/" + d.id());
    g.writeBooleanField("addRowsAPIEnabled", d.flags().addRowsApiEnabled());
    str(g, "configuredBy", d.configuredBy());
    g.writeBooleanField("isRefreshable", d.flags().isRefreshable());
    g.writeBooleanField("isEffectiveIdentityRequired", d.flags().isEffectiveIdentityRequired());
    g.writeBooleanField(
        "isEffectiveIdentityRolesRequired", d.flags().isEffectiveIdentityRolesRequired());
    g.writeBooleanField("isOnPremGatewayRequired", d.flags().isOnPremGatewayRequired());
    g.writeBooleanField("isInPlaceSharingEnabled", d.flags().isInPlaceSharingEnabled());
    str(g, "targetStorageMode", d.flags().targetStorageMode());
    if (d.createdDate() != null) {
      g.writeStringField("createdDate", Timestamps.offset(d.createdDate()));
    }
    str(g, "ContentProviderType", d.contentProviderType());
    if (!d.upstreamDataflows().isEmpty()) {
      array(g, "upstreamDataflows", d.upstreamDataflows(), ContentJson::writeDependentDataflow);
    }
    if (withWorkspaceId) {
      g.writeStringField("workspaceId", w.id());
    }
    g.writeEndObject();
  }

  /** {@code AdminDataflow}; {@code withWorkspaceId} for GetDataflowsAsAdmin. */
  static void writeAdminDataflow(JsonGenerator g, Workspace w, Dataflow d, boolean withWorkspaceId)
      throws IOException {
    startDataflow(g, d);
    if (withWorkspaceId) {
      g.writeStringField("workspaceId", w.id());
    }
    g.writeEndObject();
  }

  /** Opens a dataflow's object with the fields both its admin and its scan shapes start with. */
  static void startDataflow(JsonGenerator g, Dataflow d) throws IOException {
    g.writeStartObject();
    g.writeStringField("objectId", d.objectId());
    str(g, "name", d.name());
    str(g, "description", d.description());
    g.writeStringField(
        "modelUrl",
        "https://wabi-emulated.analysis.windows.net/dataflows/" + d.objectId() + "/model.json");
    str(g, "configuredBy", d.configuredBy());
  }

  /**
   * A refresh schedule as the service writes it in scan results and refreshables: {@code
   * notifyOption} in camel case, as in Microsoft's Admin_GetRefreshables example (the swagger's
   * definition says {@code NotifyOption}).
   */
  static void writeRefreshSchedule(JsonGenerator g, RefreshSchedule s) throws IOException {
    g.writeObjectFieldStart("refreshSchedule");
    strings(g, "days", s.days());
    strings(g, "times", s.times());
    g.writeBooleanField("enabled", s.enabled());
    str(g, "localTimeZoneId", s.localTimeZoneId());
    str(g, "notifyOption", s.notifyOption());
    g.writeEndObject();
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    array(g, field, values, JsonGenerator::writeString);
  }

  /** {@code DependentDataflow}. */
  static void writeDependentDataflow(JsonGenerator g, ItemRef ref) throws IOException {
    g.writeStartObject();
    g.writeStringField("targetDataflowId", ref.targetId());
    g.writeStringField("groupId", ref.groupId());
    g.writeEndObject();
  }

  /** {@code Capacity} as GetCapacitiesAsAdmin returns it to a Fabric administrator. */
  static void writeCapacity(JsonGenerator g, Capacity c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("displayName", c.displayName());
    strings(g, "admins", c.admins());
    g.writeStringField("sku", c.sku());
    g.writeStringField("state", c.state());
    g.writeStringField("capacityUserAccessRight", "Admin");
    g.writeStringField("region", c.region());
    g.writeEndObject();
  }

  /** {@code AdminApp}. */
  static void writeAdminApp(JsonGenerator g, App a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("name", a.name());
    str(g, "description", a.description());
    str(g, "publishedBy", a.publishedBy());
    if (a.lastUpdate() != null) {
      g.writeStringField("lastUpdate", Timestamps.offset(a.lastUpdate()));
    }
    g.writeStringField("workspaceId", a.workspaceId());
    g.writeEndObject();
  }

  /** {@code Datasource}. */
  static void writeDatasource(JsonGenerator g, DatasourceInstance d) throws IOException {
    g.writeStartObject();
    g.writeStringField("datasourceType", d.datasourceType());
    g.writeObjectFieldStart("connectionDetails");
    for (var e : d.connectionDetails().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeStringField("datasourceId", d.datasourceId());
    str(g, "gatewayId", d.gatewayId());
    g.writeEndObject();
  }

  /** {@code DatasetToDataflowLinkResponse}: one per upstream dataflow of each dataset. */
  static void writeDatasetToDataflowLinks(JsonGenerator g, Workspace w) throws IOException {
    for (Dataset d : w.datasets()) {
      for (ItemRef ref : d.upstreamDataflows()) {
        g.writeStartObject();
        g.writeStringField("datasetObjectId", d.id());
        g.writeStringField("dataflowObjectId", ref.targetId());
        g.writeStringField("workspaceObjectId", ref.groupId());
        g.writeEndObject();
      }
    }
  }

  /** {@code ArtifactAccessEntry} of the widely-shared-artifacts APIs. */
  static void writeArtifactAccess(JsonGenerator g, SharedArtifact s) throws IOException {
    g.writeStartObject();
    g.writeStringField("artifactId", s.artifactId());
    g.writeStringField("displayName", s.displayName());
    g.writeStringField("artifactType", s.artifactType());
    g.writeStringField("accessRight", s.accessRight());
    g.writeStringField("shareType", s.shareType());
    if (s.sharer() != null) {
      g.writeObjectFieldStart("sharer");
      writePrincipalFields(g, s.sharer(), false);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** {@code ModifiedWorkspace}. */
  static void writeModifiedWorkspace(JsonGenerator g, Workspace w) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", w.id());
    g.writeEndObject();
  }

  /** Writes an array of users under {@code field}, each with its right named {@code rightField}. */
  static void users(JsonGenerator g, String field, List<Access> users, String rightField)
      throws IOException {
    array(g, field, users, (out, a) -> writeUser(out, a, rightField));
  }

  /** Writes one element of an array for {@link #array}. */
  @FunctionalInterface
  interface ElementWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /** {@code values} as an array under {@code field}, each element written by {@code element}. */
  static <T> void array(
      JsonGenerator g, String field, List<T> values, ElementWriter<? super T> element)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (T v : values) {
      element.write(g, v);
    }
    g.writeEndArray();
  }

  static void str(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  static void time(JsonGenerator g, String field, Instant value) throws IOException {
    if (value != null) {
      g.writeStringField(field, Timestamps.utc(value));
    }
  }
}
