package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A workspace id from GetModifiedWorkspaces. */
public record ModifiedWorkspace(
    String id, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public ModifiedWorkspace {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
