package dev.pbiadmin.client;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** What scans share: the 16-simultaneous getInfo limit, the poll interval and time. */
final class ScanSupport {
  /** PostWorkspaceInfo Limitations: "Maximum 16 simultaneous requests." */
  static final int MAX_SIMULTANEOUS = 16;

  private final Semaphore inFlight = new Semaphore(MAX_SIMULTANEOUS, true);
  final Duration pollInterval;
  final Clock clock;
  final Sleeper sleeper;

  ScanSupport(Duration pollInterval, Clock clock, Sleeper sleeper) {
    this.pollInterval = pollInterval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  <T> T concurrently(Supplier<T> call) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PowerBiException.interrupted("interrupted waiting for a scan slot", null, e);
    }
    try {
      return call.get();
    } finally {
      inFlight.release();
    }
  }
}
