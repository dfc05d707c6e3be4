package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A dashboard tile ({@code AdminTile}). */
public record Tile(
    String id,
    String title,
    String reportId,
    String datasetId,
    Integer rowSpan,
    Integer colSpan,
    String embedUrl,
    String embedData,
    String datasetWorkspaceId,
    String subTitle,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public Tile {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
