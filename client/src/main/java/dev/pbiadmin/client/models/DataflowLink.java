package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A dataset's upstream dataflow ({@code DependentDataflow}). */
public record DataflowLink(
    String targetDataflowId,
    String groupId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public DataflowLink {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
