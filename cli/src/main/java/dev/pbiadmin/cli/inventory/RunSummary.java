package dev.pbiadmin.cli.inventory;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run did, as printed at its end and kept in {@code scan_runs}. */
public record RunSummary(
    long runId,
    String mode,
    String status,
    boolean resumed,
    long workspacesListed,
    long workspacesScanned,
    long workspacesDeleted,
    long batches,
    long failedBatches,
    long apiCalls,
    Map<String, Long> callsByOperation,
    long throttledWaits,
    Duration throttledWait,
    Duration elapsed,
    List<String> notes) {

  public RunSummary {
    callsByOperation = Map.copyOf(callsByOperation);
    notes = List.copyOf(notes);
  }

  public boolean succeeded() {
    return RunRecord.SUCCEEDED.equals(status);
  }

  public void print(PrintWriter out) {
    out.printf(
        "Inventory run %d (%s%s): %s in %s%n",
        runId, mode, resumed ? ", resumed" : "", status, human(elapsed));
    out.printf(
        "  workspaces: %,d listed, %,d scanned, %,d removed; %,d batches%s%n",
        workspacesListed,
        workspacesScanned,
        workspacesDeleted,
        batches,
        failedBatches > 0 ? " (" + failedBatches + " failed)" : "");
    StringBuilder ops = new StringBuilder();
    new TreeMap<>(callsByOperation)
        .forEach(
            (op, n) ->
                ops.append(ops.length() == 0 ? " (" : ", ").append(op).append(' ').append(n));
    out.printf(
        "  API calls: %,d%s; throttled waits: %,d (%s)%n",
        apiCalls, ops.length() == 0 ? "" : ops + ")", throttledWaits, human(throttledWait));
    for (String n : notes) {
      out.println("  note: " + n);
    }
    out.flush();
  }

  private static String human(Duration d) {
    return d.toHours() > 0
        ? String.format("%dh%02dm%02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
        : String.format("%d.%01ds", d.toSeconds(), d.toMillisPart() / 100);
  }
}
