package dev.pbiadmin.client.models;

import java.util.List;

/** A whole scan result ({@code WorkspaceInfoResponse}). */
public record WorkspaceInfoResponse(
    List<WorkspaceInfo> workspaces,
    List<Datasource> datasourceInstances,
    List<Datasource> misconfiguredDatasourceInstances) {}
