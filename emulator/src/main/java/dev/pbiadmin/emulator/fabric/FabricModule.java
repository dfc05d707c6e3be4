package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import dev.pbiadmin.emulator.powerbi.Authorizer;
import dev.pbiadmin.emulator.powerbi.PipelineParts;
import dev.pbiadmin.emulator.powerbi.PowerBiState;
import dev.pbiadmin.emulator.spi.EmulatorContext;
import dev.pbiadmin.emulator.spi.EmulatorModule;
import io.javalin.Javalin;

/**
 * The Fabric admin REST API ({@code https://api.fabric.microsoft.com/v1/admin}): tenant settings
 * and their delegated overrides from the emulator's one settings store, workspaces and items from
 * the Power BI service's content, with Fabric's audience, error envelope, continuation paging and
 * per-caller quotas, and the Power BI side's authorization rules. Shares the Power BI service's
 * quotas, fault injection and request log, so register it after the Power BI module.
 */
public final class FabricModule implements EmulatorModule {
  /** "A maximum of 10,000 records can be returned per request." */
  public static final int DEFAULT_PAGE_SIZE = 10_000;

  private final PowerBiState state;
  private final int pageSize;
  private final AccessTokenValidator tokens;

  public FabricModule(PowerBiState state, int pageSize, AccessTokenValidator tokens) {
    this.state = state;
    this.pageSize = pageSize;
    this.tokens = tokens;
  }

  @Override
  public void register(Javalin app, EmulatorContext context) {
    DemoOverrides.seedOnce(context.database(), context.settings(), state.content());
    Pages pages = new Pages(pageSize, () -> context.baseUrl().toString());
    PrincipalJson principals = new PrincipalJson(context.directory());
    WorkspacesApi workspaces = new WorkspacesApi(state.content(), principals, pages);
    FabricPipeline pipeline =
        new FabricPipeline(
            new PipelineParts(
                context.clock(),
                new Authorizer(context.directory(), context.settings()),
                state.rateLimiter(),
                state.faults(),
                state.requestLog()),
            tokens);
    new FabricRoutes(app, pipeline)
        .register(
            new TenantSettingsApi(context.settings(), context.directory(), pages),
            workspaces,
            new ItemsApi(new FabricItems(state.content()), workspaces, principals, pages));
  }
}
