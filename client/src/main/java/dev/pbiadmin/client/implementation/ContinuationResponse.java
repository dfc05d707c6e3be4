package dev.pbiadmin.client.implementation;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * The continuation-token responses (ArtifactAccessResponse, UnusedArtifactsResponse,
 * ActivityEventResponse): the entities under their operation-specific name, and the token.
 */
public record ContinuationResponse<T>(
    @JsonAlias({
          "artifactAccessEntities",
          "unusedArtifactEntities",
          "activityEventEntities",
          "subscriptionEntities"
        })
        List<T> entities,
    String continuationUri,
    String continuationToken,
    Boolean lastResultSet) {

  public List<T> items() {
    return entities == null ? List.of() : entities;
  }

  /** The token to continue with, or null on the last page (an empty string also ends the list). */
  public String next() {
    return continuationToken == null || continuationToken.isBlank() ? null : continuationToken;
  }
}
