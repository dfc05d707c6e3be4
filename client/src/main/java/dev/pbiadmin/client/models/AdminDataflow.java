package dev.pbiadmin.client.models;

import java.time.Instant;

/** A dataflow ({@code AdminDataflow}); {@code workspaceId} only from GetDataflowsAsAdmin. */
public record AdminDataflow(
    String objectId,
    String name,
    String description,
    String modelUrl,
    String configuredBy,
    String modifiedBy,
    Instant modifiedDateTime,
    String workspaceId) {}
