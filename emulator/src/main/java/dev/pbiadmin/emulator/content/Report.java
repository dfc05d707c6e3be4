package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;

/**
 * A report. {@code datasetWorkspaceId} is set only when its dataset lives in another workspace, as
 * the scanner reports it.
 *
 * @param reportType {@code PowerBIReport} or {@code PaginatedReport}
 * @param appId id of the app that publishes it, or {@code null}
 */
public record Report(
    String id,
    String name,
    String description,
    String reportType,
    String datasetId,
    String datasetWorkspaceId,
    String appId,
    String createdBy,
    String createdById,
    String modifiedBy,
    String modifiedById,
    Instant createdDateTime,
    Instant modifiedDateTime,
    Endorsement endorsement,
    List<Access> users) {

  public Report {
    users = List.copyOf(users);
  }
}
