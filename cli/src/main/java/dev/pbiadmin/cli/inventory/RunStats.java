package dev.pbiadmin.cli.inventory;

import java.util.List;

/** The counters a run records in {@code scan_runs} and prints in its summary. */
record RunStats(
    long workspacesScanned,
    long workspacesDeleted,
    long apiCalls,
    long throttledWaits,
    double throttledWaitSeconds,
    List<String> notes,
    String unrecognised) {
  RunStats {
    notes = List.copyOf(notes);
  }
}
