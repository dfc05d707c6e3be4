package dev.pbiadmin.client;

/**
 * Filters of Workspaces_ListWorkspaces; each may be null. {@code type}: personal, workspace or
 * adminworkspace; {@code state}: active or deleted.
 */
public record ListWorkspacesOptions(String type, String capacityId, String name, String state) {

  public static ListWorkspacesOptions all() {
    return new ListWorkspacesOptions(null, null, null, null);
  }
}
