package dev.pbiadmin.cli.inventory;

import java.time.Instant;

/** A row of {@code scan_runs}, as far as planning and resuming need it. */
record RunRecord(
    long runId,
    Instant startedAt,
    String mode,
    String status,
    Instant modifiedSince,
    String options) {

  static final String RUNNING = "running";
  static final String SUCCEEDED = "succeeded";

  /** Ended with batches it could not scan; the next run resumes it. */
  static final String INCOMPLETE = "incomplete";
}
