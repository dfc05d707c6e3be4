package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A dashboard ({@code AdminDashboard}); {@code tiles} only with {@code $expand=tiles}. */
public record AdminDashboard(
    String id,
    String displayName,
    @JsonProperty("isReadOnly") Boolean isReadOnly,
    String appId,
    String webUrl,
    String embedUrl,
    String workspaceId,
    String dataClassification,
    List<Tile> tiles,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public AdminDashboard {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
