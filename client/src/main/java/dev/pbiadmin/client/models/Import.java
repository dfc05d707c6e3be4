package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** An import ({@code Import}); {@code importState} e.g. Succeeded, Publishing, Failed. */
public record Import(
    String id,
    String name,
    String importState,
    Instant createdDateTime,
    Instant updatedDateTime,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public Import {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
