package dev.pbiadmin.client.models;

import java.time.Instant;

/** A report ({@code AdminReport}); {@code workspaceId} only from GetReportsAsAdmin. */
public record AdminReport(
    String id,
    String name,
    String datasetId,
    String appId,
    String description,
    String reportType,
    String originalReportId,
    String webUrl,
    String embedUrl,
    String createdBy,
    String modifiedBy,
    Instant createdDateTime,
    Instant modifiedDateTime,
    String workspaceId) {}
