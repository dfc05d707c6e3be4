package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A whole scan result ({@code WorkspaceInfoResponse}). */
public record WorkspaceInfoResponse(
    List<WorkspaceInfo> workspaces,
    List<Datasource> datasourceInstances,
    List<Datasource> misconfiguredDatasourceInstances,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public WorkspaceInfoResponse {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
