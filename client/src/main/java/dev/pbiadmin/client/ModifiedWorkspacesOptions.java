package dev.pbiadmin.client;

import java.time.Instant;

/**
 * Options of {@code WorkspaceInfo_GetModifiedWorkspaces}. {@code modifiedSince} must lie between 30
 * days and 30 minutes ago; null asks for every workspace.
 */
public record ModifiedWorkspacesOptions(
    Instant modifiedSince, boolean excludePersonalWorkspaces, boolean excludeInActiveWorkspaces) {

  public static ModifiedWorkspacesOptions all() {
    return new ModifiedWorkspacesOptions(null, false, false);
  }
}
