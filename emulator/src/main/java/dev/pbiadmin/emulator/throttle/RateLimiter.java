package dev.pbiadmin.emulator.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window request quotas ("Maximum 50 requests per hour or 15 requests per minute, per
 * tenant"), measured on the emulator's scaled clock. A refused request does not count against the
 * quota; the answer is how long until the oldest counted request leaves its window, the figure the
 * real service puts in {@code Retry-After}.
 */
public final class RateLimiter {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final Clock clock;
  private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();
  private volatile boolean enabled;

  public RateLimiter(Clock clock, boolean enabled) {
    this.clock = clock;
    this.enabled = enabled;
  }

  /**
   * Counts one request under {@code key} (e.g. tenant and operation) if both quotas allow it.
   *
   * @param perHour requests allowed in any hour, 0 for no limit
   * @param perMinute requests allowed in any minute, 0 for no limit
   * @return empty if admitted, else the emulated time to wait
   */
  public Optional<Duration> tryAcquire(String key, int perHour, int perMinute) {
    if (!enabled || (perHour <= 0 && perMinute <= 0)) {
      return Optional.empty();
    }
    Deque<Instant> log = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (log) {
      Instant now = clock.instant();
      while (!log.isEmpty() && !log.peekFirst().isAfter(now.minus(HOUR))) {
        log.pollFirst();
      }
      Duration wait = Duration.ZERO;
      if (perHour > 0 && log.size() >= perHour) {
        wait = max(wait, waitFor(log, log.size() - perHour, HOUR, now));
      }
      if (perMinute > 0) {
        long inLastMinute = log.stream().filter(t -> t.isAfter(now.minus(MINUTE))).count();
        if (inLastMinute >= perMinute) {
          wait = max(wait, waitFor(log, (int) (log.size() - perMinute), MINUTE, now));
        }
      }
      if (!wait.isZero()) {
        return Optional.of(wait);
      }
      log.addLast(now);
      return Optional.empty();
    }
  }

  /** Forgets every counted request, e.g. between tests. */
  public void reset() {
    windows.clear();
  }

  /** Turns quotas on or off (off for benchmarks). */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Time until the entry at {@code index} (0 = oldest) leaves a window of {@code length}. */
  private static Duration waitFor(Deque<Instant> log, int index, Duration length, Instant now) {
    Instant entry = log.stream().skip(Math.max(0, index)).findFirst().orElse(now);
    Duration wait = Duration.between(now, entry.plus(length));
    return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
