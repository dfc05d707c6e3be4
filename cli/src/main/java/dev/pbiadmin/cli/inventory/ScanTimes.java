package dev.pbiadmin.cli.inventory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long scans of this run took, so later scans are first polled about when earlier ones ended
 * instead of on a fixed schedule: with fixed 5-6 s polls a 57 s scan is noticed up to 6 s late,
 * and every wave of 16 scans pays that again. Durations are measured in real time (scans run on
 * the service's clock, which a time-scaled emulator makes faster than the sleeper's).
 */
final class ScanTimes {
  /** Shortest real request-to-noticed-end so far, in nanoseconds; MAX_VALUE until one ended. */
  private final AtomicLong shortest = new AtomicLong(Long.MAX_VALUE);

  void ended(long requestedNanos, long noticedNanos) {
    long took = noticedNanos - requestedNanos;
    if (took > 0) {
      shortest.accumulateAndGet(took, Math::min);
    }
  }

  /**
   * The real time to wait before a scan's first poll: a little less than the shortest scan seen,
   * or {@code initial} before any scan has ended (and never less than {@code step}).
   */
  Duration firstPoll(Duration initial, Duration step) {
    long s = shortest.get();
    if (s == Long.MAX_VALUE) {
      return initial;
    }
    Duration learned = Duration.ofNanos(s - s / 32);
    return learned.compareTo(step) < 0 ? step : learned;
  }

  boolean learned() {
    return shortest.get() != Long.MAX_VALUE;
  }
}
