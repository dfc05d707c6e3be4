package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.Workspace;
import java.time.Instant;
import java.util.List;

/**
 * One {@code getInfo} request and its fixed timeline: it stays {@code NotStarted} until {@code
 * startsAt}, {@code Running} until {@code endsAt}, then {@code Succeeded} (or {@code Failed} if a
 * fault said so) until {@code expiresAt}, 24 emulated hours later, after which it is gone.
 *
 * @param workspaceIds the requested ids, in request order
 * @param workspaces the requested workspaces that exist, as they were when the scan was requested
 * @param options which parts of the result were asked for and which the settings allowed when it
 *     was requested
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
    List<Workspace> workspaces,
    ScanOptions options) {

  Scan {
    workspaceIds = List.copyOf(workspaceIds);
    workspaces = List.copyOf(workspaces);
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
}
