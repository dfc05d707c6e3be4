package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.odata.ValueType.BOOLEAN;
import static dev.pbiadmin.emulator.odata.ValueType.DATETIME;
import static dev.pbiadmin.emulator.odata.ValueType.ENUM;
import static dev.pbiadmin.emulator.odata.ValueType.GUID;
import static dev.pbiadmin.emulator.odata.ValueType.STRING;

import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.Dashboard;
import dev.pbiadmin.emulator.content.Dataflow;
import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.Placed;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.content.Report;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.odata.EntitySchema;
import dev.pbiadmin.emulator.odata.Filter;
import dev.pbiadmin.emulator.odata.ODataRecord;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code $filter} over content, with the properties of the contract's admin shapes. Enumerated
 * values ({@code type}, {@code state}, access rights) compare case-insensitively, free text
 * case-sensitively. Which properties the real service lets you filter on is not documented beyond
 * {@code state} and {@code users}; the emulator accepts every scalar property of the shape.
 */
final class ContentFilters {
  private static final EntitySchema USER =
      EntitySchema.of("GroupUser")
          .with("identifier", STRING)
          .with("displayName", STRING)
          .with("emailAddress", STRING)
          .with("graphId", GUID)
          .with("principalType", ENUM)
          .with("userType", ENUM)
          .with("groupUserAccessRight", ENUM);
  private static final EntitySchema REPORT =
      EntitySchema.of("AdminReport")
          .with("id", GUID)
          .with("name", STRING)
          .with("description", STRING)
          .with("reportType", ENUM)
          .with("datasetId", GUID)
          .with("appId", GUID)
          .with("createdBy", STRING)
          .with("modifiedBy", STRING)
          .with("createdDateTime", DATETIME)
          .with("modifiedDateTime", DATETIME)
          .with("workspaceId", GUID);
  private static final EntitySchema DASHBOARD =
      EntitySchema.of("AdminDashboard")
          .with("id", GUID)
          .with("displayName", STRING)
          .with("isReadOnly", BOOLEAN)
          .with("appId", GUID)
          .with("workspaceId", GUID);
  private static final EntitySchema DATASET =
      EntitySchema.of("AdminDataset")
          .with("id", GUID)
          .with("name", STRING)
          .with("description", STRING)
          .with("configuredBy", STRING)
          .with("createdDate", DATETIME)
          .with("ContentProviderType", ENUM)
          .with("targetStorageMode", ENUM)
          .with("isRefreshable", BOOLEAN)
          .with("isOnPremGatewayRequired", BOOLEAN)
          .with("workspaceId", GUID);
  private static final EntitySchema DATAFLOW =
      EntitySchema.of("AdminDataflow")
          .with("objectId", GUID)
          .with("name", STRING)
          .with("description", STRING)
          .with("configuredBy", STRING)
          .with("workspaceId", GUID);
  private static final EntitySchema WORKSPACE =
      EntitySchema.of("AdminGroup")
          .with("id", GUID)
          .with("name", STRING)
          .with("description", STRING)
          .with("type", ENUM)
          .with("state", ENUM)
          .with("isReadOnly", BOOLEAN)
          .with("isOnDedicatedCapacity", BOOLEAN)
          .with("capacityId", GUID)
          .with("defaultDatasetStorageFormat", ENUM)
          .with("hasWorkspaceLevelSettings", BOOLEAN)
          .with("dataflowStorageId", GUID)
          .collection("users", USER)
          .collection("reports", REPORT)
          .collection("dashboards", DASHBOARD)
          .collection("datasets", DATASET)
          .collection("dataflows", DATAFLOW);

  private ContentFilters() {}

  /** A predicate for GetGroupsAsAdmin's {@code $filter}; {@code null}/blank accepts everything. */
  static Predicate<Workspace> workspaces(String filter) {
    if (filter == null || filter.isBlank()) {
      return w -> true;
    }
    Filter f = Filter.parse(filter, WORKSPACE);
    return w -> f.test(record(w));
  }

  /** A predicate for GetReportsAsAdmin / GetReportsInGroupAsAdmin. */
  static Predicate<Placed<Report>> reports(String filter) {
    return items(filter, REPORT, p -> report(p.workspace(), p.item()));
  }

  static Predicate<Placed<Dashboard>> dashboards(String filter) {
    return items(filter, DASHBOARD, p -> dashboard(p.workspace(), p.item()));
  }

  static Predicate<Placed<Dataset>> datasets(String filter) {
    return items(filter, DATASET, p -> dataset(p.workspace(), p.item()));
  }

  static Predicate<Placed<Dataflow>> dataflows(String filter) {
    return items(filter, DATAFLOW, p -> dataflow(p.workspace(), p.item()));
  }

  private static <T> Predicate<T> items(
      String filter, EntitySchema schema, java.util.function.Function<T, ODataRecord> view) {
    if (filter == null || filter.isBlank()) {
      return t -> true;
    }
    Filter f = Filter.parse(filter, schema);
    return t -> f.test(view.apply(t));
  }

  static ODataRecord record(Workspace w) {
    return p ->
        switch (p) {
          case "id" -> w.id();
          case "name" -> w.name();
          case "description" -> w.description();
          case "type" -> w.type();
          case "state" -> w.state();
          case "isReadOnly" -> w.isReadOnly();
          case "isOnDedicatedCapacity" -> w.isOnDedicatedCapacity();
          case "capacityId" -> w.capacityId();
          case "defaultDatasetStorageFormat" ->
              w.isOnDedicatedCapacity() ? w.defaultDatasetStorageFormat() : null;
          case "hasWorkspaceLevelSettings" -> w.hasWorkspaceLevelSettings();
          case "dataflowStorageId" -> w.dataflowStorageId();
          case "users" -> w.users().stream().map(ContentFilters::user).toList();
          case "reports" -> w.reports().stream().map(r -> report(w, r)).toList();
          case "dashboards" -> w.dashboards().stream().map(d -> dashboard(w, d)).toList();
          case "datasets" -> w.datasets().stream().map(d -> dataset(w, d)).toList();
          case "dataflows" -> w.dataflows().stream().map(d -> dataflow(w, d)).toList();
          default -> null;
        };
  }

  private static ODataRecord user(Access a) {
    Principal u = a.principal();
    return p ->
        switch (p) {
          case "identifier" -> u.identifier();
          case "displayName" -> u.displayName();
          case "emailAddress" -> u.emailAddress();
          case "graphId" -> u.graphId();
          case "principalType" -> u.principalType();
          case "userType" -> u.userType();
          case "groupUserAccessRight" -> a.right();
          default -> null;
        };
  }

  private static ODataRecord report(Workspace w, Report r) {
    return p ->
        switch (p) {
          case "id" -> r.id();
          case "name" -> r.name();
          case "description" -> r.description();
          case "reportType" -> r.reportType();
          case "datasetId" -> r.datasetId();
          case "appId" -> r.appId();
          case "createdBy" -> r.createdBy();
          case "modifiedBy" -> r.modifiedBy();
          case "createdDateTime" -> r.createdDateTime();
          case "modifiedDateTime" -> r.modifiedDateTime();
          case "workspaceId" -> w.id();
          default -> null;
        };
  }

  private static ODataRecord dashboard(Workspace w, Dashboard d) {
    return p ->
        switch (p) {
          case "id" -> d.id();
          case "displayName" -> d.displayName();
          case "isReadOnly" -> d.isReadOnly();
          case "appId" -> d.appId();
          case "workspaceId" -> w.id();
          default -> null;
        };
  }

  private static ODataRecord dataset(Workspace w, Dataset d) {
    return p ->
        switch (p) {
          case "id" -> d.id();
          case "name" -> d.name();
          case "description" -> d.description();
          case "configuredBy" -> d.configuredBy();
          case "createdDate" -> d.createdDate();
          case "ContentProviderType" -> d.contentProviderType();
          case "targetStorageMode" -> d.flags().targetStorageMode();
          case "isRefreshable" -> d.flags().isRefreshable();
          case "isOnPremGatewayRequired" -> d.flags().isOnPremGatewayRequired();
          case "workspaceId" -> w.id();
          default -> null;
        };
  }

  private static ODataRecord dataflow(Workspace w, Dataflow d) {
    return p ->
        switch (p) {
          case "objectId" -> d.objectId();
          case "name" -> d.name();
          case "description" -> d.description();
          case "configuredBy" -> d.configuredBy();
          case "workspaceId" -> w.id();
          default -> null;
        };
  }

  static List<String> workspaceProperties() {
    return WORKSPACE.properties().values().stream().map(EntitySchema.Property::name).toList();
  }
}
