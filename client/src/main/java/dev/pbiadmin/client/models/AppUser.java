package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A principal's access to an app; {@code appUserAccessRight} e.g. Owner, ReadExplore. */
public record AppUser(
    String emailAddress,
    String displayName,
    String identifier,
    String graphId,
    String principalType,
    String appUserAccessRight,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public AppUser {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
