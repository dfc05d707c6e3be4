package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A semantic model ({@code AdminDataset}). The swagger spells several names in PascalCase
 * ({@code CreatedDate}, {@code IsRefreshable}) while responses use camelCase; both are read.
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
    List<DataflowLink> upstreamDataflows) {}
