package dev.pbiadmin.cli.inventory;

import java.time.Instant;

/** A row of {@code scan_runs}, as far as planning and resuming need it. */
record RunRecord(long runId, Instant startedAt, String mode, String status, Instant modifiedSince,
    String options) {

  static final String RUNNING = "running";
  static final String SUCCEEDED = "succeeded";
  static final String FAILED = "failed";
}
