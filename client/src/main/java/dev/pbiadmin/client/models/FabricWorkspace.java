package dev.pbiadmin.client.models;

/**
 * A workspace as the Fabric admin API lists it ({@code Workspace}: Workspaces_ListWorkspaces).
 * {@code type} is {@code Personal}, {@code Workspace} or {@code AdminWorkspace}; {@code state}
 * {@code Active} or {@code Deleted} (both kept as strings).
 */
public record FabricWorkspace(
    String id, String name, String type, String state, String capacityId, String domainId) {}
