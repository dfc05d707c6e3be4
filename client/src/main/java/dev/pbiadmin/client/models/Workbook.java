package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** An Excel workbook in a workspace ({@code $expand=workbooks}). */
public record Workbook(
    String name,
    String datasetId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public Workbook {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
