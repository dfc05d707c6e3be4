package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /workspaces} and {@code GET /workspaces/{workspaceId}/users} over the tenant's
 * content.
 */
final class WorkspacesApi {
  private static final Set<String> TYPES = Set.of("personal", "workspace", "adminworkspace");
  private static final Set<String> STATES = Set.of("active", "deleted");

  private final TenantContent content;
  private final PrincipalJson principals;
  private final Pages pages;

  WorkspacesApi(TenantContent content, PrincipalJson principals, Pages pages) {
    this.content = content;
    this.principals = principals;
    this.pages = pages;
  }

  /**
   * Filters {@code type} (personal, workspace, adminworkspace), {@code capacityId}, {@code name}
   * and {@code state} (active, deleted); a bad value is 400 {@code BadRequest}, as the swagger
   * documents.
   */
  Object list(FabricCall call) {
    Pages.Cursor cursor = pages.cursor(call, List.of("type", "capacityId", "name", "state"));
    String type = lower(cursor.filter("type"));
    String state = lower(cursor.filter("state"));
    if (type != null && !TYPES.contains(type)) {
      throw FabricException.badRequest(
          "BadRequest",
          "The workspace type '"
              + cursor.filter("type")
              + "' is not valid; use personal, workspace or adminworkspace.");
    }
    if (state != null && !STATES.contains(state)) {
      throw FabricException.badRequest(
          "BadRequest",
          "The workspace state '"
              + cursor.filter("state")
              + "' is not valid; use active or deleted.");
    }
    String capacityId = cursor.filter("capacityId");
    String name = cursor.filter("name");
    Predicate<Workspace> wanted =
        w ->
            (type == null || type.equals(lower(type(w))))
                && (state == null || state.equals(lower(state(w))))
                && (capacityId == null || capacityId.equalsIgnoreCase(w.capacityId()))
                && (name == null || name.equalsIgnoreCase(w.name()));
    return pages.page(
        call,
        cursor,
        content.workspaces().stream().filter(wanted),
        "workspaces",
        WorkspacesApi::json);
  }

  /** {@code accessDetails}: each principal with its workspace role. */
  Object users(FabricCall call) {
    Workspace w = workspace(call.path("workspaceId"));
    return Map.of("accessDetails", w.users().stream().map(this::access).toList());
  }

  Workspace workspace(String id) {
    if (!TenantSettingsApi.isGuid(id)) {
      throw FabricException.badRequest(
          "InvalidParameter", "The workspace id '" + id + "' is not a GUID.");
    }
    return content
        .workspace(id)
        .orElseThrow(
            () ->
                FabricException.notFound(
                    "EntityNotFound", "The workspace " + id + " does not exist.", id, "Workspace"));
  }

  private Map<String, Object> access(Access a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("principal", principals.of(a.principal()));
    m.put("workspaceAccessDetails", Map.of("type", "Workspace", "workspaceRole", a.right()));
    return m;
  }

  private static Map<String, Object> json(Workspace w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.id());
    m.put("name", w.name());
    m.put("type", type(w));
    m.put("state", state(w));
    if (w.capacityId() != null) {
      m.put("capacityId", w.capacityId());
    }
    return m;
  }

  /** Fabric's workspace type: My workspaces are {@code Personal}; V1 groups are workspaces too. */
  static String type(Workspace w) {
    return w.isPersonal() ? "Personal" : "Workspace";
  }

  /**
   * Fabric knows Active and Deleted; orphaned workspaces show as active, ones being removed as
   * deleted.
   */
  private static String state(Workspace w) {
    return w.isActive() ? "Active" : "Deleted";
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
