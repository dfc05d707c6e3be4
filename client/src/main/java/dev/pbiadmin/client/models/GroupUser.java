package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A principal's access to a workspace; {@code groupUserAccessRight} e.g. Admin, Member, Viewer. */
public record GroupUser(
    String emailAddress,
    String displayName,
    String identifier,
    String graphId,
    String userType,
    String principalType,
    String groupUserAccessRight,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public GroupUser {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
