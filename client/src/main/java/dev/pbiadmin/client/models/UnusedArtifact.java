package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** An item not used for 30 days or more ({@code UnusedArtifactEntity}). */
public record UnusedArtifact(
    String artifactId,
    String displayName,
    String artifactType,
    Long artifactSizeInMB,
    Instant createdDateTime,
    Instant lastAccessedDateTime,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public UnusedArtifact {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
