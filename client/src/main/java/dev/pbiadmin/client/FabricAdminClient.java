package dev.pbiadmin.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.client.implementation.FabricPage;
import dev.pbiadmin.client.implementation.HttpPipeline;
import dev.pbiadmin.client.implementation.Json;
import dev.pbiadmin.client.implementation.Uris;
import dev.pbiadmin.client.models.DelegatedTenantSetting;
import dev.pbiadmin.client.models.FabricItem;
import dev.pbiadmin.client.models.FabricWorkspace;
import dev.pbiadmin.client.models.ItemAccessDetails;
import dev.pbiadmin.client.models.TenantSetting;
import dev.pbiadmin.client.models.TenantSettingOverride;
import dev.pbiadmin.client.models.UpdateTenantSettingRequest;
import dev.pbiadmin.client.models.WorkspaceAccessDetails;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Fabric admin REST API ({@code https://api.fabric.microsoft.com/v1/admin}): tenant settings,
 * their delegated overrides, and the tenant's workspaces and items. Final and thread-safe; build
 * one with {@link FabricAdminClientBuilder}. It shares {@link PowerBiAdminClient}'s request path
 * (budgets, {@code Retry-After}, token refresh) and exception tree; Fabric's {@code errorCode} and
 * {@code requestId} are in every {@link PowerBiException}. Lists are lazy {@link PagedList}s that
 * follow {@code continuationToken} only when iteration reaches the next page.
 */
public final class FabricAdminClient {
  private final HttpPipeline pipeline;
  private final Uris uris;

  FabricAdminClient(HttpPipeline pipeline, URI endpoint) {
    this.pipeline = pipeline;
    this.uris = new Uris(endpoint, Uris.FABRIC_ADMIN_ROOT);
  }

  // ---- tenant settings --------------------------------------------------------------------------

  /** Every tenant setting ({@code Tenants_ListTenantSettings}; 25/minute). */
  public PagedList<TenantSetting> listTenantSettings() {
    return paged(
        "Tenants_ListTenantSettings",
        "/tenantsettings",
        null,
        n -> Json.MAPPER.convertValue(n, TenantSetting.class).withRaw(n));
  }

  /**
   * Changes one setting ({@code Tenants_UpdateTenantSetting}, preview; 25/minute; a service
   * principal needs "Service principals can access admin APIs used for updates", a user
   * Tenant.ReadWrite.All). Returns the setting as the service now holds it.
   */
  public TenantSetting updateTenantSetting(
      String tenantSettingName, UpdateTenantSettingRequest request) {
    URI uri = uris.path("/tenantsettings/{}/update", tenantSettingName).build();
    byte[] body;
    try {
      body = Json.MAPPER.writeValueAsBytes(request);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    FabricPage page =
        read(pipeline.send("Tenants_UpdateTenantSetting", "POST", uri, body).body(), uri);
    List<JsonNode> settings = page.items();
    if (settings.isEmpty()) {
      throw PowerBiException.unexpectedResponse(
          "Tenants_UpdateTenantSetting answered without the updated setting",
          200,
          uri.getPath(),
          null);
    }
    return Json.MAPPER.convertValue(settings.get(0), TenantSetting.class).withRaw(settings.get(0));
  }

  /**
   * The settings capacity admins override ({@code Tenants_ListCapacitiesTenantSettingsOverrides},
   * preview).
   */
  public PagedList<TenantSettingOverride> listCapacityTenantSettingOverrides() {
    return overrides(
        "Tenants_ListCapacitiesTenantSettingsOverrides",
        "/capacities/delegatedTenantSettingOverrides");
  }

  /**
   * The settings domain admins override ({@code Tenants_ListDomainsTenantSettingsOverrides},
   * preview).
   */
  public PagedList<TenantSettingOverride> listDomainTenantSettingOverrides() {
    return overrides(
        "Tenants_ListDomainsTenantSettingsOverrides", "/domains/delegatedTenantSettingOverrides");
  }

  /**
   * The settings workspace admins override ({@code Tenants_ListWorkspacesTenantSettingsOverrides},
   * preview).
   */
  public PagedList<TenantSettingOverride> listWorkspaceTenantSettingOverrides() {
    return overrides(
        "Tenants_ListWorkspacesTenantSettingsOverrides",
        "/workspaces/delegatedTenantSettingOverrides");
  }

  // ---- workspaces and items ---------------------------------------------------------------------

  /**
   * Workspaces of the tenant ({@code Workspaces_ListWorkspaces}, preview; 200/hour; 10,000 a page).
   */
  public PagedList<FabricWorkspace> listWorkspaces(ListWorkspacesOptions options) {
    ListWorkspacesOptions o = options == null ? ListWorkspacesOptions.all() : options;
    return paged(
        "Workspaces_ListWorkspaces",
        "/workspaces",
        b ->
            b.query("type", o.type())
                .query("capacityId", o.capacityId())
                .query("name", o.name())
                .query("state", o.state()),
        n -> Json.MAPPER.convertValue(n, FabricWorkspace.class));
  }

  /**
   * Active Fabric and Power BI items ({@code Items_ListItems}, preview; 200/hour; 10,000 a page),
   * Fabric items first, then datamarts, reports, dashboards, semantic models, apps and dataflows.
   * Resume a long listing from a saved token with {@link PagedList#streamByPage(String)}.
   */
  public PagedList<FabricItem> listItems(ListItemsOptions options) {
    ListItemsOptions o = options == null ? ListItemsOptions.all() : options;
    return paged(
        "Items_ListItems",
        "/items",
        b ->
            b.query("workspaceId", o.workspaceId())
                .query("capacityId", o.capacityId())
                .query("type", o.type())
                .query("state", o.state()),
        n -> Json.MAPPER.convertValue(n, FabricItem.class).withRaw(n));
  }

  /**
   * Who has which role in a workspace ({@code Workspaces_ListWorkspaceAccessDetails}, preview;
   * 200/hour).
   */
  public List<WorkspaceAccessDetails> listWorkspaceAccessDetails(String workspaceId) {
    URI uri = uris.path("/workspaces/{}/users", workspaceId).build();
    return convert(
        get("Workspaces_ListWorkspaceAccessDetails", uri).items(), WorkspaceAccessDetails.class);
  }

  /**
   * Who holds which permissions on an item ({@code Items_ListItemAccessDetails}, preview;
   * 200/hour). {@code type} is required for reports, dashboards, semantic models, apps and
   * dataflows; may be null otherwise.
   */
  public List<ItemAccessDetails> listItemAccessDetails(
      String workspaceId, String itemId, String type) {
    URI uri =
        uris.path("/workspaces/{}/items/{}/users", workspaceId, itemId).query("type", type).build();
    return convert(get("Items_ListItemAccessDetails", uri).items(), ItemAccessDetails.class);
  }

  // ---- plumbing ---------------------------------------------------------------------------------

  private PagedList<TenantSettingOverride> overrides(String operationId, String path) {
    return paged(
        operationId,
        path,
        null,
        n -> {
          List<DelegatedTenantSetting> settings = new ArrayList<>();
          n.path("tenantSettings").forEach(s -> settings.add(DelegatedTenantSetting.fromJson(s)));
          return new TenantSettingOverride(n.path("id").asText(null), settings);
        });
  }

  /**
   * A list paged by {@code continuationToken}: the first request carries the filters, each next one
   * only the token (which carries them), as the service's {@code continuationUri} does.
   */
  private <T> PagedList<T> paged(
      String operationId,
      String path,
      Function<Uris.Builder, Uris.Builder> filters,
      Function<JsonNode, T> convert) {
    return new PagedList<>(
        token -> {
          Uris.Builder b = uris.path(path);
          if (token == null) {
            b = filters == null ? b : filters.apply(b);
          } else {
            b.query("continuationToken", Uris.returnedToken(token));
          }
          FabricPage page = get(operationId, b.build());
          return new Page<>(page.items().stream().map(convert).toList(), page.next());
        });
  }

  private FabricPage get(String operationId, URI uri) {
    return read(pipeline.send(operationId, "GET", uri, null).body(), uri);
  }

  private static FabricPage read(byte[] body, URI uri) {
    return PowerBiAdminClient.read(
        body, Json.MAPPER.getTypeFactory().constructType(FabricPage.class), uri);
  }

  private static <T> List<T> convert(List<JsonNode> nodes, Class<T> type) {
    return nodes.stream().map(n -> Json.MAPPER.convertValue(n, type)).toList();
  }
}
