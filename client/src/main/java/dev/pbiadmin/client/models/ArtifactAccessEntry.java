package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One access grant or share ({@code ArtifactAccessEntry}): GetUserArtifactAccessAsAdmin and the
 * widely-shared-artifact reports. {@code sharer} is set for shared links.
 */
public record ArtifactAccessEntry(
    String artifactId,
    String displayName,
    String artifactType,
    String accessRight,
    String shareType,
    Sharer sharer,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public ArtifactAccessEntry {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }

  /** The user who shared ({@code User}). */
  public record Sharer(
      String emailAddress,
      String displayName,
      String identifier,
      String graphId,
      String principalType,
      String userType,
      @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
    public Sharer {
      additionalProperties = AdditionalProperties.copy(additionalProperties);
    }
  }
}
