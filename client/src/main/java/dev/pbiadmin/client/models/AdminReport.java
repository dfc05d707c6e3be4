package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * A report ({@code AdminReport}); {@code workspaceId} only from GetReportsAsAdmin. An app's copy of
 * a report carries {@code appId} and names its original in {@code originalReportId}, which real
 * scan results spell {@code originalReportObjectId} (docs/reference/scan-result-real-shapes.md
 * §5.1): both are read. Fields without a component (a paginated report's {@code datasourceUsages},
 * {@code users}, {@code relations}, ...) are kept in {@code additionalProperties}.
 */
public record AdminReport(
    String id,
    String name,
    String datasetId,
    String appId,
    String description,
    String reportType,
    @JsonAlias("originalReportObjectId") String originalReportId,
    String webUrl,
    String embedUrl,
    String createdBy,
    String modifiedBy,
    Instant createdDateTime,
    Instant modifiedDateTime,
    String workspaceId,
    String datasetWorkspaceId,
    String createdById,
    String modifiedById,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public AdminReport {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
