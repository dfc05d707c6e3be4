package dev.pbiadmin.client.implementation;

import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.RateBudgets.Limit;
import dev.pbiadmin.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds each operation to its {@link RateBudgets}: a sliding log of sends per operation, and a "not
 * before" instant set when the service answered 429 so other threads wait too.
 *
 * <p>The log counts a send as a sliding-window quota does. The service stamps a request when it
 * arrives, somewhere between our send and its answer, so a send is logged at its answer: logged at
 * the send, the next call of the hour could go a few milliseconds before the service's window lets
 * it. A call refused with 429 or {@code TokenExpired} is taken out of the log: the emulator does
 * not count it (Microsoft documents nothing either way), and kept here, each refusal would hold
 * every later call of that operation back a little more.
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

  /**
   * One logged send; the caller reports how it ended with {@link #answered} or {@link #refused}.
   */
  public static final class Permit {
    private final Window window;
    private Instant at;

    private Permit(Window window, Instant at) {
      this.window = window;
      this.at = at;
    }
  }

  /** Blocks until {@code operationId} may send, then logs the send. */
  public Permit acquire(String operationId) throws InterruptedException {
    Window w = window(operationId);
    while (true) {
      Instant now = clock.instant();
      Duration wait = w.tryAcquire(now);
      if (wait.isZero()) {
        return new Permit(w, now);
      }
      sleeper.sleep(wait);
    }
  }

  /** The service answered (or the send failed on the way): the send counts from now. */
  public void answered(Permit permit) {
    permit.window.move(permit, clock.instant());
  }

  /** The service refused the send with 429: it did not count against the service's quota. */
  public void refused(Permit permit) {
    permit.window.move(permit, null);
  }

  /** The service said {@code operationId} is throttled until {@code until}. */
  public void blockUntil(String operationId, Instant until) {
    window(operationId).blockUntil(until);
  }

  private Window window(String operationId) {
    return windows.computeIfAbsent(operationId, id -> new Window(budgets.limitsFor(id)));
  }

  private static final class Window {
    private final List<Limit> limits;

    /** Send instants as a multiset, so a send can be moved or removed by its instant. */
    private final TreeMap<Instant, Integer> sends = new TreeMap<>();

    private final int keep;
    private int size;
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

    /** Logs a send and returns zero, or returns how long to wait before asking again. */
    synchronized Duration tryAcquire(Instant now) {
      if (now.isBefore(notBefore)) {
        return Duration.between(now, notBefore);
      }
      Duration wait = Duration.ZERO;
      for (Limit limit : limits) {
        // the send `requests` places back must have left the window before another may go
        if (size >= limit.requests()) {
          Instant free = nthMostRecent(limit.requests()).plus(limit.window());
          if (free.isAfter(now)) {
            Duration d = Duration.between(now, free);
            wait = d.compareTo(wait) > 0 ? d : wait;
          }
        }
      }
      if (!wait.isZero()) {
        return wait;
      }
      add(now);
      return Duration.ZERO;
    }

    /** Moves a logged send to {@code to}, or drops it when {@code to} is null. */
    synchronized void move(Permit permit, Instant to) {
      // a send already trimmed as too old to matter stays out
      if (!remove(permit.at)) {
        return;
      }
      if (to != null) {
        add(to);
        permit.at = to;
      }
    }

    private void add(Instant t) {
      if (keep == 0) {
        return;
      }
      sends.merge(t, 1, Integer::sum);
      size++;
      while (size > keep) {
        remove(sends.firstKey());
      }
    }

    private boolean remove(Instant t) {
      Integer n = sends.get(t);
      if (n == null) {
        return false;
      }
      if (n == 1) {
        sends.remove(t);
      } else {
        sends.put(t, n - 1);
      }
      size--;
      return true;
    }

    private Instant nthMostRecent(int n) {
      int seen = 0;
      for (Map.Entry<Instant, Integer> e : sends.descendingMap().entrySet()) {
        seen += e.getValue();
        if (seen >= n) {
          return e.getKey();
        }
      }
      throw new IllegalStateException("fewer than " + n + " sends logged");
    }
  }
}
