package dev.pbiadmin.emulator.powerbi;

import java.time.Instant;
import java.util.List;

/**
 * One {@code getInfo} request and its fixed timeline: it stays {@code NotStarted} until {@code
 * startsAt}, {@code Running} until {@code endsAt}, then {@code Succeeded} (or {@code Failed} if a
 * fault said so) until {@code expiresAt}, 24 emulated hours later, after which it is gone.
 *
 * @param workspaceIds the requested ids, in request order
 * @param options which parts of the result were asked for and which the settings allow
 */
record Scan(
    String id,
    String tenantId,
    Instant createdAt,
    Instant startsAt,
    Instant endsAt,
    Instant expiresAt,
    boolean fails,
    List<String> workspaceIds,
    ScanOptions options) {

  Scan {
    workspaceIds = List.copyOf(workspaceIds);
  }

  String status(Instant now) {
    if (now.isBefore(startsAt)) {
      return "NotStarted";
    }
    if (now.isBefore(endsAt)) {
      return "Running";
    }
    return fails ? "Failed" : "Succeeded";
  }

  boolean inFlight(Instant now) {
    return now.isBefore(endsAt);
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * What a scan returns.
   *
   * @param datasetSchema tables, columns and measures: requested and {@code AdminApisIncludeDetailedMetadata} applies
   * @param datasetExpressions DAX and mashup expressions: requested and {@code AdminApisIncludeExpressions} applies
   */
  record ScanOptions(
      boolean lineage,
      boolean datasourceDetails,
      boolean datasetSchema,
      boolean datasetExpressions,
      boolean artifactUsers) {}
}
