package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** A dataflow ({@code AdminDataflow}); {@code workspaceId} only from GetDataflowsAsAdmin. */
public record AdminDataflow(
    String objectId,
    String name,
    String description,
    String modelUrl,
    String configuredBy,
    String modifiedBy,
    Instant modifiedDateTime,
    String workspaceId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public AdminDataflow {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
