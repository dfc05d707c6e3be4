package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.powerbi.Authorizer;
import dev.pbiadmin.emulator.powerbi.Authorizer.AdminRule;
import java.util.List;
import java.util.Set;

/**
 * The Fabric admin operations the emulator serves, with each one's limits and permissions as the
 * swagger states them (FabricOperationsTest reads them back out of the swagger). Service principals
 * are admitted to reads through "Service principals can access read-only admin APIs" and to the
 * update through "Service principals can access admin APIs used for updates" (reference: catalogue
 * §2, §3); Fabric administrators need the delegated scope the operation names.
 */
final class FabricOperations {
  private static final AdminRule READ =
      new AdminRule(TenantSetting.READ_ONLY_ADMIN_APIS, Authorizer.TENANT_SCOPES);
  private static final AdminRule UPDATE =
      new AdminRule(TenantSetting.WRITE_ADMIN_APIS, Set.of("Tenant.ReadWrite.All"));

  static final List<FabricOperation> ALL =
      List.of(
          settings("Tenants_ListTenantSettings", "GET", "/tenantsettings", READ),
          settings(
              "Tenants_UpdateTenantSetting",
              "POST",
              "/tenantsettings/{tenantSettingName}/update",
              UPDATE),
          settings(
              "Tenants_ListCapacitiesTenantSettingsOverrides",
              "GET",
              "/capacities/delegatedTenantSettingOverrides",
              READ),
          settings(
              "Tenants_ListDomainsTenantSettingsOverrides",
              "GET",
              "/domains/delegatedTenantSettingOverrides",
              READ),
          settings(
              "Tenants_ListWorkspacesTenantSettingsOverrides",
              "GET",
              "/workspaces/delegatedTenantSettingOverrides",
              READ),
          content("Workspaces_ListWorkspaces", "/workspaces"),
          content("Items_ListItems", "/items"),
          content("Workspaces_ListWorkspaceAccessDetails", "/workspaces/{workspaceId}/users"),
          content("Items_ListItemAccessDetails", "/workspaces/{workspaceId}/items/{itemId}/users"));

  private FabricOperations() {}

  static FabricOperation get(String operationId) {
    return ALL.stream()
        .filter(o -> o.operationId().equals(operationId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no Fabric operation " + operationId));
  }

  /** "Maximum 25 requests per minute"; a caller without permission gets "Forbidden". */
  private static FabricOperation settings(String id, String method, String path, AdminRule rule) {
    return new FabricOperation(id, method, path, 25, 0, rule, "Forbidden");
  }

  /** "Maximum 200 requests per hour"; a caller without permission gets "InsufficientPrivileges". */
  private static FabricOperation content(String id, String path) {
    return new FabricOperation(id, "GET", path, 0, 200, READ, "InsufficientPrivileges");
  }
}
