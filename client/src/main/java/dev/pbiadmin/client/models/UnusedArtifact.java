package dev.pbiadmin.client.models;

import java.time.Instant;

/** An item not used for 30 days or more ({@code UnusedArtifactEntity}). */
public record UnusedArtifact(
    String artifactId,
    String displayName,
    String artifactType,
    Long artifactSizeInMB,
    Instant createdDateTime,
    Instant lastAccessedDateTime) {}
