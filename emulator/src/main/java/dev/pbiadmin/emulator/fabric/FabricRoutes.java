package dev.pbiadmin.emulator.fabric;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;

/**
 * The Fabric admin API's table of contents: every operation of {@link FabricOperations}, by its
 * operationId, mapped to one short handler. Literal paths come before parameterised siblings.
 */
final class FabricRoutes {
  private final Javalin app;
  private final FabricPipeline pipeline;

  FabricRoutes(Javalin app, FabricPipeline pipeline) {
    this.app = app;
    this.pipeline = pipeline;
  }

  void register(TenantSettingsApi settings, WorkspacesApi workspaces, ItemsApi items) {
    route("Tenants_ListTenantSettings", settings::list);
    route("Tenants_UpdateTenantSetting", settings::update);
    route("Tenants_ListCapacitiesTenantSettingsOverrides", settings::capacityOverrides);
    route("Tenants_ListDomainsTenantSettingsOverrides", settings::domainOverrides);
    route("Tenants_ListWorkspacesTenantSettingsOverrides", settings::workspaceOverrides);

    route("Workspaces_ListWorkspaces", workspaces::list);
    route("Workspaces_ListWorkspaceAccessDetails", workspaces::users);
    route("Items_ListItems", items::list);
    route("Items_ListItemAccessDetails", items::users);

    for (HandlerType method :
        new HandlerType[] {
          HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE
        }) {
      app.addHttpHandler(method, "/v1/*", pipeline::unknownRoute);
    }
  }

  private void route(String operationId, FabricHandler handler) {
    FabricOperation op = FabricOperations.get(operationId);
    app.addHttpHandler(
        HandlerType.valueOf(op.method()), op.fullPath(), ctx -> pipeline.serve(ctx, op, handler));
  }
}
