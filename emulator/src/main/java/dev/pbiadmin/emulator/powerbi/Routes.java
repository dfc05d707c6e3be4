package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.ActivityLog;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;

/**
 * The Power BI service's table of contents: every operation of {@link OperationCatalog}, by its
 * operationId, mapped to one short handler. Literal paths come before parameterised siblings.
 */
final class Routes {
  private final Javalin app;
  private final Pipeline pipeline;

  Routes(Javalin app, Pipeline pipeline) {
    this.app = app;
    this.pipeline = pipeline;
  }

  void register(Service s, ActivityLog activityLog, byte[] activityTokenKey) {
    GroupsApi groups = new GroupsApi(s);
    ItemsApi items = new ItemsApi(s);
    TenantApi tenant = new TenantApi(s);
    ArtifactAccess access = new ArtifactAccess(s);
    ScannerApi scanner = new ScannerApi(s);
    ActivityApi activity = new ActivityApi(s, activityLog, activityTokenKey);
    MyOrgApi myorg = new MyOrgApi(s);

    route("Groups_GetGroupsAsAdmin", groups::list);
    route("Groups_GetGroupAsAdmin", groups::get);
    route("Groups_GetGroupUsersAsAdmin", groups::users);
    route("Groups_GetUnusedArtifactsAsAdmin", groups::unused);
    route("Dashboards_GetDashboardsInGroupAsAdmin", groups::dashboards);
    route("Reports_GetReportsInGroupAsAdmin", groups::reports);
    route("Datasets_GetDatasetToDataflowsLinksInGroupAsAdmin", groups::datasetToDataflowLinks);
    route("Datasets_GetDatasetsInGroupAsAdmin", groups::datasets);
    route("Dataflows_GetDataflowsInGroupAsAdmin", groups::dataflows);
    route("Dataflows_GetUpstreamDataflowsInGroupAsAdmin", groups::upstreamDataflows);

    route("Dashboards_GetDashboardsAsAdmin", items::dashboards);
    route("Dashboards_GetTilesAsAdmin", items::tiles);
    route("Dashboards_GetDashboardUsersAsAdmin", items::dashboardUsers);
    route("Dashboards_GetDashboardSubscriptionsAsAdmin", items::dashboardSubscriptions);
    route("Reports_GetReportsAsAdmin", items::reports);
    route("Reports_GetReportUsersAsAdmin", items::reportUsers);
    route("Reports_GetReportSubscriptionsAsAdmin", items::reportSubscriptions);
    route("Datasets_GetDatasetsAsAdmin", items::datasets);
    route("Datasets_GetDatasourcesAsAdmin", items::datasetDatasources);
    route("Datasets_GetDatasetUsersAsAdmin", items::datasetUsers);
    route("Dataflows_GetDataflowsAsAdmin", items::dataflows);
    route("Dataflows_GetDataflowDatasourcesAsAdmin", items::dataflowDatasources);
    route("Dataflows_ExportDataflowAsAdmin", items::exportDataflow);
    route("Dataflows_GetDataflowUsersAsAdmin", items::dataflowUsers);

    route("Apps_GetAppsAsAdmin", tenant::apps);
    route("Apps_GetAppUsersAsAdmin", tenant::appUsers);
    route("Admin_GetCapacitiesAsAdmin", tenant::capacities);
    route("Admin_GetRefreshables", new Refreshables(s)::all);
    route("Admin_GetRefreshablesForCapacity", new Refreshables(s)::forCapacity);
    route("Admin_GetRefreshableForCapacity", new Refreshables(s)::one);
    route("Capacities_GetCapacityUsersAsAdmin", tenant::capacityUsers);
    route("Admin_GetPowerBIEncryptionKeys", tenant::tenantKeys);
    route("Imports_GetImportsAsAdmin", new Imports(s)::list);
    route("Pipelines_GetPipelinesAsAdmin", tenant::pipelines);
    route("Pipelines_GetPipelineUsersAsAdmin", tenant::pipelineUsers);
    route("Profiles_GetProfilesAsAdmin", tenant::profiles);
    route("Users_GetUserArtifactAccessAsAdmin", access::userArtifactAccess);
    route("Users_GetUserSubscriptionsAsAdmin", tenant::userSubscriptions);
    route(
        "WidelySharedArtifacts_LinksSharedToWholeOrganization",
        access::linksSharedToWholeOrganization);
    route("WidelySharedArtifacts_PublishedToWeb", access::publishedToWeb);

    route("Admin_GetActivityEvents", activity::events);
    route("WorkspaceInfo_GetModifiedWorkspaces", scanner::modified);
    route("WorkspaceInfo_PostWorkspaceInfo", scanner::getInfo);
    route("WorkspaceInfo_GetScanStatus", scanner::status);
    route("WorkspaceInfo_GetScanResult", scanner::result);

    for (Operation op : OperationCatalog.ofKind(Operation.Kind.ADMIN_USER_ONLY)) {
      if (!"GET".equals(op.method())) {
        route(op.operationId(), Routes::writeNotEmulated);
      }
    }

    route("Groups_GetGroups", myorg::groups);
    route("Reports_GetReportsInGroup", myorg::reports);
    route("Datasets_GetDatasetsInGroup", myorg::datasets);
    route("Dashboards_GetDashboardsInGroup", myorg::dashboards);
    route("Dataflows_GetDataflows", myorg::dataflows);

    for (HandlerType method :
        new HandlerType[] {
          HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE
        }) {
      app.addHttpHandler(method, "/v1.0/*", pipeline::unknownRoute);
    }
  }

  private void route(String operationId, CallHandler handler) {
    Operation op = OperationCatalog.get(operationId);
    app.addHttpHandler(
        HandlerType.valueOf(op.method()), op.fullPath(), ctx -> pipeline.serve(ctx, op, handler));
  }

  /**
   * Admin writes reach here only for a Fabric administrator with Tenant.ReadWrite.All (a service
   * principal is refused earlier, with 401, as by the real service). The emulator serves the
   * read-only APIs; it does not change content through the admin write APIs.
   */
  private static void writeNotEmulated(Call call) {
    throw PowerBiException.notEmulated(call.operation().operationId());
  }
}
