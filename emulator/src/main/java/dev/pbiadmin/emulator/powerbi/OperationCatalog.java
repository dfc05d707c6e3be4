package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.Operation.Kind.ADMIN_SERVICE_PRINCIPAL;
import static dev.pbiadmin.emulator.powerbi.Operation.Kind.ADMIN_USER_ONLY;
import static dev.pbiadmin.emulator.powerbi.Operation.Kind.USER;

import dev.pbiadmin.emulator.powerbi.Operation.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Power BI operations the emulator serves, with who may call them and their quotas, copied from
 * the swagger's Permissions and Limitations texts. {@code OperationCatalogTest} parses the swagger
 * and fails if this table and the contract drift apart.
 *
 * <p>Capacities_GetCapacityUsersAsAdmin is listed as service-principal capable in Microsoft's
 * "enable service principal" article, but its swagger Permissions text says only "The user must be
 * a Fabric administrator". The swagger is the contract, so it is {@link Kind#ADMIN_USER_ONLY} here.
 */
public final class OperationCatalog {

  private static final Limits H200 = Limits.hourly(200);
  private static final Limits H50_M5 = new Limits(50, 5, 0);

  private static final List<Operation> ALL =
      List.of(
          // GetGroupsAsAdmin and the per-workspace admin lists
          sp("Groups_GetGroupsAsAdmin", "GET", "/admin/groups", new Limits(50, 15, 0)),
          sp("Groups_GetGroupAsAdmin", "GET", "/admin/groups/{groupId}", H200),
          sp("Groups_GetGroupUsersAsAdmin", "GET", "/admin/groups/{groupId}/users", H200),
          sp("Groups_GetUnusedArtifactsAsAdmin", "GET", "/admin/groups/{groupId}/unused", H200),
          sp(
              "Dashboards_GetDashboardsInGroupAsAdmin",
              "GET",
              "/admin/groups/{groupId}/dashboards",
              H200),
          sp("Reports_GetReportsInGroupAsAdmin", "GET", "/admin/groups/{groupId}/reports", H200),
          sp("Datasets_GetDatasetsInGroupAsAdmin", "GET", "/admin/groups/{groupId}/datasets", H200),
          sp(
              "Datasets_GetDatasetToDataflowsLinksInGroupAsAdmin",
              "GET",
              "/admin/groups/{groupId}/datasets/upstreamDataflows",
              H200),
          sp(
              "Dataflows_GetDataflowsInGroupAsAdmin",
              "GET",
              "/admin/groups/{groupId}/dataflows",
              H200),
          sp(
              "Dataflows_GetUpstreamDataflowsInGroupAsAdmin",
              "GET",
              "/admin/groups/{groupId}/dataflows/{dataflowId}/upstreamDataflows",
              H200),
          // tenant-wide item lists and their per-item lists
          sp("Dashboards_GetDashboardsAsAdmin", "GET", "/admin/dashboards", H50_M5),
          sp("Dashboards_GetTilesAsAdmin", "GET", "/admin/dashboards/{dashboardId}/tiles", H200),
          sp(
              "Dashboards_GetDashboardUsersAsAdmin",
              "GET",
              "/admin/dashboards/{dashboardId}/users",
              H200),
          sp(
              "Dashboards_GetDashboardSubscriptionsAsAdmin",
              "GET",
              "/admin/dashboards/{dashboardId}/subscriptions",
              H200),
          sp("Reports_GetReportsAsAdmin", "GET", "/admin/reports", H50_M5),
          sp("Reports_GetReportUsersAsAdmin", "GET", "/admin/reports/{reportId}/users", H200),
          sp(
              "Reports_GetReportSubscriptionsAsAdmin",
              "GET",
              "/admin/reports/{reportId}/subscriptions",
              H200),
          sp("Datasets_GetDatasetsAsAdmin", "GET", "/admin/datasets", H50_M5),
          sp(
              "Datasets_GetDatasourcesAsAdmin",
              "GET",
              "/admin/datasets/{datasetId}/datasources",
              Limits.NONE),
          sp("Datasets_GetDatasetUsersAsAdmin", "GET", "/admin/datasets/{datasetId}/users", H200),
          sp("Dataflows_GetDataflowsAsAdmin", "GET", "/admin/dataflows", H200),
          sp(
              "Dataflows_GetDataflowDatasourcesAsAdmin",
              "GET",
              "/admin/dataflows/{dataflowId}/datasources",
              Limits.NONE),
          sp(
              "Dataflows_ExportDataflowAsAdmin",
              "GET",
              "/admin/dataflows/{dataflowId}/export",
              H200),
          sp(
              "Dataflows_GetDataflowUsersAsAdmin",
              "GET",
              "/admin/dataflows/{dataflowId}/users",
              H200),
          sp("Apps_GetAppsAsAdmin", "GET", "/admin/apps", H200),
          sp("Apps_GetAppUsersAsAdmin", "GET", "/admin/apps/{appId}/users", H200),
          sp("Imports_GetImportsAsAdmin", "GET", "/admin/imports", H200),
          sp("Pipelines_GetPipelinesAsAdmin", "GET", "/admin/pipelines", H200),
          sp(
              "Pipelines_GetPipelineUsersAsAdmin",
              "GET",
              "/admin/pipelines/{pipelineId}/users",
              H200),
          sp("Profiles_GetProfilesAsAdmin", "GET", "/admin/profiles", H200),
          // capacities and encryption keys
          sp("Admin_GetCapacitiesAsAdmin", "GET", "/admin/capacities", H200),
          sp("Admin_GetRefreshables", "GET", "/admin/capacities/refreshables", H200),
          sp(
              "Admin_GetRefreshablesForCapacity",
              "GET",
              "/admin/capacities/{capacityId}/refreshables",
              H200),
          sp(
              "Admin_GetRefreshableForCapacity",
              "GET",
              "/admin/capacities/{capacityId}/refreshables/{refreshableId}",
              H200),
          sp("Admin_GetPowerBIEncryptionKeys", "GET", "/admin/tenantKeys", H200),
          // users and widely shared artifacts
          sp(
              "Users_GetUserArtifactAccessAsAdmin",
              "GET",
              "/admin/users/{userId}/artifactAccess",
              H200),
          sp(
              "Users_GetUserSubscriptionsAsAdmin",
              "GET",
              "/admin/users/{userId}/subscriptions",
              H200),
          sp(
              "WidelySharedArtifacts_LinksSharedToWholeOrganization",
              "GET",
              "/admin/widelySharedArtifacts/linksSharedToWholeOrganization",
              H200),
          sp(
              "WidelySharedArtifacts_PublishedToWeb",
              "GET",
              "/admin/widelySharedArtifacts/publishedToWeb",
              H200),
          // activity log and scanner
          sp("Admin_GetActivityEvents", "GET", "/admin/activityevents", H200),
          sp(
              "WorkspaceInfo_GetModifiedWorkspaces",
              "GET",
              "/admin/workspaces/modified",
              Limits.hourly(30)),
          sp(
              "WorkspaceInfo_PostWorkspaceInfo",
              "POST",
              "/admin/workspaces/getInfo",
              new Limits(500, 0, 16)),
          sp(
              "WorkspaceInfo_GetScanStatus",
              "GET",
              "/admin/workspaces/scanStatus/{scanId}",
              Limits.hourly(10_000)),
          sp(
              "WorkspaceInfo_GetScanResult",
              "GET",
              "/admin/workspaces/scanResult/{scanId}",
              Limits.hourly(500)),
          // Fabric administrators only: a service principal gets 401 like any unauthorized caller
          admin(
              "Capacities_GetCapacityUsersAsAdmin",
              "GET",
              "/admin/capacities/{capacityId}/users",
              H200),
          admin("Groups_UpdateGroupAsAdmin", "PATCH", "/admin/groups/{groupId}", H200),
          admin("Groups_AddUserAsAdmin", "POST", "/admin/groups/{groupId}/users", H200),
          admin("Groups_DeleteUserAsAdmin", "DELETE", "/admin/groups/{groupId}/users/{user}", H200),
          admin(
              "Groups_RestoreDeletedGroupAsAdmin", "POST", "/admin/groups/{groupId}/restore", H200),
          admin(
              "Capacities_AssignWorkspacesToCapacity",
              "POST",
              "/admin/capacities/AssignWorkspaces",
              H200),
          admin(
              "Capacities_UnassignWorkspacesFromCapacity",
              "POST",
              "/admin/capacities/UnassignWorkspaces",
              H200),
          admin("Admin_PatchCapacityAsAdmin", "PATCH", "/admin/capacities/{capacityId}", H200),
          admin("Admin_AddPowerBIEncryptionKey", "POST", "/admin/tenantKeys", Limits.hourly(600)),
          admin(
              "Admin_RotatePowerBIEncryptionKey",
              "POST",
              "/admin/tenantKeys/{tenantKeyId}/Default.Rotate",
              Limits.hourly(600)),
          admin(
              "InformationProtection_SetLabelsAsAdmin",
              "POST",
              "/admin/informationprotection/setLabels",
              Limits.hourly(25)),
          admin(
              "InformationProtection_RemoveLabelsAsAdmin",
              "POST",
              "/admin/informationprotection/removeLabels",
              Limits.hourly(25)),
          admin("Pipelines_UpdateUserAsAdmin", "POST", "/admin/pipelines/{pipelineId}/users", H200),
          admin(
              "Pipelines_DeleteUserAsAdmin",
              "DELETE",
              "/admin/pipelines/{pipelineId}/users/{identifier}",
              H200),
          admin("Profiles_DeleteProfileAsAdmin", "DELETE", "/admin/profiles/{profileId}", H200),
          // non-admin APIs: the Developer setting and workspace membership decide
          user("Groups_GetGroups", "/groups", "Workspace.Read.All", "Workspace.ReadWrite.All"),
          user(
              "Reports_GetReportsInGroup",
              "/groups/{groupId}/reports",
              "Report.Read.All",
              "Report.ReadWrite.All"),
          user(
              "Datasets_GetDatasetsInGroup",
              "/groups/{groupId}/datasets",
              "Dataset.Read.All",
              "Dataset.ReadWrite.All"),
          user(
              "Dashboards_GetDashboardsInGroup",
              "/groups/{groupId}/dashboards",
              "Dashboard.Read.All",
              "Dashboard.ReadWrite.All"),
          user(
              "Dataflows_GetDataflows",
              "/groups/{groupId}/dataflows",
              "Dataflow.Read.All",
              "Dataflow.ReadWrite.All"));

  private static final Map<String, Operation> BY_ID =
      ALL.stream()
          .collect(Collectors.toUnmodifiableMap(Operation::operationId, Function.identity()));

  private OperationCatalog() {}

  public static List<Operation> all() {
    return ALL;
  }

  /** The operations of {@code kind}, in table order. */
  public static List<Operation> ofKind(Kind kind) {
    List<Operation> result = new ArrayList<>();
    for (Operation op : ALL) {
      if (op.kind() == kind) {
        result.add(op);
      }
    }
    return result;
  }

  public static Optional<Operation> find(String operationId) {
    return Optional.ofNullable(BY_ID.get(operationId));
  }

  /** The operation with this id; for route registration, where a typo is a programming error. */
  public static Operation get(String operationId) {
    return find(operationId)
        .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId));
  }

  private static Operation sp(String id, String method, String path, Limits limits) {
    return new Operation(id, method, path, ADMIN_SERVICE_PRINCIPAL, limits, List.of());
  }

  private static Operation admin(String id, String method, String path, Limits limits) {
    return new Operation(id, method, path, ADMIN_USER_ONLY, limits, List.of());
  }

  private static Operation user(String id, String path, String... scopes) {
    return new Operation(id, "GET", path, USER, Limits.NONE, List.of(scopes));
  }
}
