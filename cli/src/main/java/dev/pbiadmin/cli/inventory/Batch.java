package dev.pbiadmin.cli.inventory;

import java.time.Instant;

/**
 * One planned getInfo call over up to 100 workspaces, and the scan that covers them, if any. The
 * workspace ids stay in {@code scan_batch_workspaces} until the batch is requested, so the heap
 * does not grow with the tenant.
 */
record Batch(
    long runId,
    int batchNo,
    int workspaceCount,
    String status,
    String scanId,
    Instant requestedAt,
    int attempts) {

  static final String PENDING = "pending";
  static final String REQUESTED = "requested";
  static final String STORED = "stored";
  static final String FAILED = "failed";

  Batch requested(String scan, Instant at) {
    return new Batch(runId, batchNo, workspaceCount, REQUESTED, scan, at, attempts + 1);
  }
}
