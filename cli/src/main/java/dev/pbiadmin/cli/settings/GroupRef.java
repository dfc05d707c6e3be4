package dev.pbiadmin.cli.settings;

/**
 * A security group a setting names.
 *
 * @param graphId the group's Entra object id
 * @param name the name the Fabric API gave
 * @param graphName the group's current name in Microsoft Graph, or {@code null}
 * @param inGraph whether Microsoft Graph knows the group: {@code null} when not looked up (the
 *     identity may not read groups), {@code false} when it no longer exists
 */
record GroupRef(String graphId, String name, String graphName, Boolean inGraph) {

  /** The best name known: Graph's, else Fabric's, else the id. */
  String displayName() {
    return graphName != null ? graphName : name != null && !name.isBlank() ? name : graphId;
  }
}
