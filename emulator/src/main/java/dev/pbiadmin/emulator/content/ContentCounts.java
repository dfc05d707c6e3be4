package dev.pbiadmin.emulator.content;

import java.util.Map;

/**
 * Ground truth: how many of each kind the tenant holds, for tests that compare extracted row
 * counts. Items count once each, wherever they are (deleted workspaces included).
 *
 * @param workspacesByType workspace count per {@code type}
 * @param workspacesByState workspace count per {@code state}
 * @param orphanedWorkspaces workspaces without an Admin user
 * @param workspaceUsers access entries on workspaces
 */
public record ContentCounts(
    int capacities,
    int workspaces,
    Map<String, Integer> workspacesByType,
    Map<String, Integer> workspacesByState,
    int orphanedWorkspaces,
    int workspaceUsers,
    int reports,
    int dashboards,
    int tiles,
    int datasets,
    int dataflows,
    int datamarts,
    int workbooks,
    int apps,
    int datasources) {

  public ContentCounts {
    workspacesByType = Map.copyOf(workspacesByType);
    workspacesByState = Map.copyOf(workspacesByState);
  }
}
