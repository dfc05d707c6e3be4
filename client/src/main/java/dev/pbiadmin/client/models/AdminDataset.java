package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A semantic model ({@code AdminDataset}). The swagger spells several names in PascalCase ({@code
 * CreatedDate}, {@code IsRefreshable}) while responses use camelCase; both are read.
 */
public record AdminDataset(
    String id,
    String name,
    String configuredBy,
    Instant createdDate,
    String contentProviderType,
    String description,
    String webUrl,
    @JsonProperty("isRefreshable") Boolean isRefreshable,
    @JsonProperty("isEffectiveIdentityRequired") Boolean isEffectiveIdentityRequired,
    @JsonProperty("isEffectiveIdentityRolesRequired") Boolean isEffectiveIdentityRolesRequired,
    @JsonProperty("isOnPremGatewayRequired") Boolean isOnPremGatewayRequired,
    @JsonProperty("isInPlaceSharingEnabled") Boolean isInPlaceSharingEnabled,
    Boolean addRowsAPIEnabled,
    String targetStorageMode,
    String workspaceId,
    List<DataflowLink> upstreamDataflows,
    String configuredById,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public AdminDataset {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
