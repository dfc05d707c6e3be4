package dev.pbiadmin.client.models;

/** One principal's access to a workspace (Workspaces_ListWorkspaceAccessDetails). */
public record WorkspaceAccessDetails(FabricPrincipal principal, Detail workspaceAccessDetails) {

  /**
   * {@code type} is the workspace type; {@code workspaceRole} {@code Admin}, {@code Member}, …
   * (strings).
   */
  public record Detail(String type, String workspaceRole) {}
}
