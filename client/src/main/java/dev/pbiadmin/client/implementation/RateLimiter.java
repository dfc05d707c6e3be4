package dev.pbiadmin.client.implementation;

import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.RateBudgets.Limit;
import dev.pbiadmin.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds each operation to its {@link RateBudgets}: a sliding log of send times per operation, and a
 * "not before" instant set when the service answered 429 so other threads wait too.
 */
public final class RateLimiter {
  private final RateBudgets budgets;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public RateLimiter(RateBudgets budgets, Clock clock, Sleeper sleeper) {
    this.budgets = budgets;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Blocks until {@code operationId} may send, then records the send. */
  public void acquire(String operationId) throws InterruptedException {
    Window w = windows.computeIfAbsent(operationId, id -> new Window(budgets.limitsFor(id)));
    while (true) {
      Duration wait = w.tryAcquire(clock.instant());
      if (wait.isZero()) {
        return;
      }
      sleeper.sleep(wait);
    }
  }

  /** The service said {@code operationId} is throttled until {@code until}. */
  public void blockUntil(String operationId, Instant until) {
    windows.computeIfAbsent(operationId, id -> new Window(budgets.limitsFor(id))).blockUntil(until);
  }

  private static final class Window {
    private final List<Limit> limits;
    private final ArrayDeque<Instant> sends = new ArrayDeque<>();
    private final int keep;
    private Instant notBefore = Instant.MIN;

    Window(List<Limit> limits) {
      this.limits = limits;
      this.keep = limits.stream().mapToInt(Limit::requests).max().orElse(0);
    }

    synchronized void blockUntil(Instant until) {
      if (until.isAfter(notBefore)) {
        notBefore = until;
      }
    }

    /** Records a send and returns zero, or returns how long to wait before asking again. */
    synchronized Duration tryAcquire(Instant now) {
      if (now.isBefore(notBefore)) {
        return Duration.between(now, notBefore);
      }
      Duration wait = Duration.ZERO;
      for (Limit limit : limits) {
        // the send `requests` places back must have left the window before another may go
        if (sends.size() >= limit.requests()) {
          Instant nth = nthMostRecent(limit.requests());
          Instant free = nth.plus(limit.window());
          if (free.isAfter(now)) {
            Duration d = Duration.between(now, free);
            wait = d.compareTo(wait) > 0 ? d : wait;
          }
        }
      }
      if (!wait.isZero()) {
        return wait;
      }
      if (keep > 0) {
        sends.addLast(now);
        while (sends.size() > keep) {
          sends.removeFirst();
        }
      }
      return Duration.ZERO;
    }

    private Instant nthMostRecent(int n) {
      var it = sends.descendingIterator();
      Instant t = null;
      for (int i = 0; i < n && it.hasNext(); i++) {
        t = it.next();
      }
      return t;
    }
  }
}
