package dev.pbiadmin.cli.inventory;

import java.time.Instant;
import java.util.List;

/** One planned getInfo call: up to 100 workspace ids, and the scan that covers them, if any. */
record Batch(long runId, int batchNo, List<String> workspaceIds, String status, String scanId,
    Instant requestedAt, int attempts) {

  static final String PENDING = "pending";
  static final String REQUESTED = "requested";
  static final String STORED = "stored";
  static final String FAILED = "failed";

  Batch {
    workspaceIds = List.copyOf(workspaceIds);
  }

  Batch requested(String scan, Instant at) {
    return new Batch(runId, batchNo, workspaceIds, REQUESTED, scan, at, attempts + 1);
  }
}
