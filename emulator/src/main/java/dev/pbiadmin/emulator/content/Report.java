package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;

/**
 * A report. {@code datasetWorkspaceId} is set only when its dataset lives in another workspace, as
 * the scanner reports it.
 *
 * @param reportType {@code PowerBIReport} or {@code PaginatedReport}
 * @param appId id of the app whose copy this is, or {@code null}: an app copy has its own id and
 *     appears in the workspace beside the original (scan-result-real-shapes.md §10)
 * @param originalReportObjectId on an app copy, the id of the workspace report it copies
 * @param datasourceUsages data sources a paginated report reads (ids of {@link
 *     DatasourceInstance}s)
 */
public record Report(
    String id,
    String name,
    String description,
    String reportType,
    String datasetId,
    String datasetWorkspaceId,
    String appId,
    String originalReportObjectId,
    String createdBy,
    String createdById,
    String modifiedBy,
    String modifiedById,
    Instant createdDateTime,
    Instant modifiedDateTime,
    Endorsement endorsement,
    List<String> datasourceUsages,
    List<Access> users) {

  public Report {
    datasourceUsages = List.copyOf(datasourceUsages);
    users = List.copyOf(users);
  }

  public boolean isPaginated() {
    return "PaginatedReport".equals(reportType);
  }

  /** An app's copy of this report: a new id, the app's id, and this report's id as the original. */
  public Report appCopy(String copyId, String app) {
    return new Report(
        copyId,
        name,
        description,
        reportType,
        datasetId,
        datasetWorkspaceId,
        app,
        id,
        createdBy,
        createdById,
        modifiedBy,
        modifiedById,
        createdDateTime,
        modifiedDateTime,
        endorsement,
        datasourceUsages,
        users);
  }
}
