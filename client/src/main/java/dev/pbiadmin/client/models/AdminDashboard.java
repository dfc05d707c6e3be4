package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

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
    List<Tile> tiles) {}
