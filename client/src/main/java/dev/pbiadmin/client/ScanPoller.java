package dev.pbiadmin.client;

import dev.pbiadmin.client.models.ScanRequest;
import dev.pbiadmin.client.models.WorkspaceInfoResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A started workspace scan. {@link #waitForCompletion} polls {@code WorkspaceInfo_GetScanStatus}
 * every poll interval (Microsoft recommends 30-60 s; configurable on the builder) until the scan
 * succeeds or fails; the result is then fetched in memory or streamed. Not thread-safe.
 */
public final class ScanPoller {
  private final PowerBiAdminClient client;
  private final ScanSupport support;
  private ScanRequest latest;

  ScanPoller(PowerBiAdminClient client, ScanRequest started, ScanSupport support) {
    if (started == null || started.id() == null) {
      throw PowerBiException.unexpectedResponse(
          "the service accepted the scan but returned no scan id", 202, null, null);
    }
    this.client = client;
    this.latest = started;
    this.support = support;
  }

  public String scanId() {
    return latest.id();
  }

  /** The last status seen (the one from the start until {@link #poll()} is called). */
  public ScanRequest latest() {
    return latest;
  }

  /** One status call. */
  public ScanRequest poll() {
    latest = client.getScanStatus(scanId());
    return latest;
  }

  /**
   * Polls until the scan succeeds or fails, or {@code timeout} (measured on the client's clock)
   * passes; then throws a {@link PowerBiException} saying the scan is still running.
   */
  public ScanRequest waitForCompletion(Duration timeout) {
    Instant deadline = support.clock.instant().plus(timeout);
    while (!latest.isTerminal()) {
      if (!support.clock.instant().isBefore(deadline)) {
        throw PowerBiException.timedOut(
            "scan "
                + scanId()
                + " is still "
                + latest.status()
                + " after "
                + timeout.toSeconds()
                + " s");
      }
      try {
        support.sleeper.sleep(support.pollInterval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw PowerBiException.interrupted(
            "interrupted while waiting for scan " + scanId(), null, e);
      }
      poll();
    }
    return latest;
  }

  /** Waits (up to one hour) and returns the result in memory; throws if the scan failed. */
  public WorkspaceInfoResponse getResult() {
    requireSucceeded();
    return client.getScanResult(scanId());
  }

  /**
   * Waits (up to one hour) and streams the result one workspace at a time; throws if the scan
   * failed.
   */
  public void streamResult(ScanResultVisitor visitor) {
    requireSucceeded();
    client.streamScanResult(scanId(), visitor);
  }

  private void requireSucceeded() {
    ScanRequest done = waitForCompletion(Duration.ofHours(1));
    if (!done.isSucceeded()) {
      String why =
          done.error() == null ? "" : ": " + done.error().code() + " " + done.error().message();
      throw PowerBiException.scanFailed(
          "scan " + scanId() + " ended " + done.status() + why,
          done.error() == null ? null : done.error().code());
    }
  }
}
