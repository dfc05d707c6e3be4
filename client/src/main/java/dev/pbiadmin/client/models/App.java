package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** An app ({@code AdminApp}). */
public record App(
    String id,
    String name,
    String description,
    Instant lastUpdate,
    String publishedBy,
    String workspaceId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public App {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
