package dev.pbiadmin.emulator.powerbi;

import java.util.List;

/**
 * One Power BI REST operation the emulator knows, as the swagger describes it.
 *
 * @param operationId the swagger's {@code operationId}, e.g. {@code Groups_GetGroupsAsAdmin}
 * @param method HTTP method, upper case
 * @param path path template under {@code /v1.0/myorg}, e.g. {@code /admin/groups/{groupId}}
 * @param kind which authorization rule applies
 * @param limits the quotas of the operation's Limitations text
 * @param delegatedScopes for non-admin operations, the delegated scopes any one of which suffices
 */
public record Operation(
    String operationId,
    String method,
    String path,
    Kind kind,
    Limits limits,
    List<String> delegatedScopes) {

  public static final String BASE = "/v1.0/myorg";

  public Operation {
    delegatedScopes = List.copyOf(delegatedScopes);
  }

  /** The full path template the service answers on, e.g. {@code /v1.0/myorg/admin/groups}. */
  public String fullPath() {
    return BASE + path;
  }

  public boolean isAdmin() {
    return kind != Kind.USER;
  }

  /** The authorization rule an operation falls under. */
  public enum Kind {
    /** Admin read whose Permissions text says "or authenticate using a service principal". */
    ADMIN_SERVICE_PRINCIPAL,
    /** Admin operation for Fabric administrators only (all writes, and GetCapacityUsersAsAdmin). */
    ADMIN_USER_ONLY,
    /** Non-admin API: Developer setting plus workspace membership. */
    USER
  }
}
