package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.Sleeper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what a run costs: API calls, and the waits the client spent on rate budgets and
 * {@code Retry-After}. Wrap the client's {@link Sleeper} with {@link #counting(Sleeper)} so its
 * waits are counted.
 */
public final class Meter {
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong waits = new AtomicLong();
  private final AtomicLong waitNanos = new AtomicLong();

  void call() {
    calls.incrementAndGet();
  }

  /** A sleeper that counts every wait before delegating. */
  public Sleeper counting(Sleeper delegate) {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        waits.incrementAndGet();
        waitNanos.addAndGet(d.toNanos());
      }
      delegate.sleep(d);
    };
  }

  long calls() {
    return calls.get();
  }

  long waits() {
    return waits.get();
  }

  Duration waited() {
    return Duration.ofNanos(waitNanos.get());
  }
}
