package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A capacity ({@code Capacity}); {@code state} e.g. Active, Suspended (kept as a string). */
public record Capacity(
    String id,
    String displayName,
    List<String> admins,
    String sku,
    String state,
    String capacityUserAccessRight,
    String region,
    String tenantKeyId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public Capacity {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
