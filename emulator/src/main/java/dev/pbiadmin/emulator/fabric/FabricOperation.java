package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.powerbi.Authorizer.AdminRule;

/**
 * One Fabric admin operation as contract/fabric/admin/swagger.json describes it.
 *
 * @param operationId the swagger's {@code operationId}, e.g. {@code Tenants_ListTenantSettings}
 * @param method HTTP method, upper case
 * @param path path template under {@code /v1/admin}, e.g. {@code /workspaces/{workspaceId}/users}
 * @param perMinute requests per minute from the Limitations text, 0 if none stated
 * @param perHour requests per hour from the Limitations text, 0 if none stated
 * @param rule who may call it, from the Permissions, delegated-scope and identity texts
 * @param deniedCode the {@code errorCode} the operation's "Common error codes" give for a caller
 *     without permission
 */
record FabricOperation(
    String operationId,
    String method,
    String path,
    int perMinute,
    int perHour,
    AdminRule rule,
    String deniedCode) {

  static final String BASE = "/v1/admin";

  String fullPath() {
    return BASE + path;
  }
}
