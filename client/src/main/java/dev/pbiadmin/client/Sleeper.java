package dev.pbiadmin.client;

import java.time.Duration;

/**
 * How the client waits (for a rate budget, a {@code Retry-After}, a backoff, a scan poll). Injected
 * so tests and the emulator's scaled clock can make time pass without real sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** Real waiting with {@link Thread#sleep}. */
  static Sleeper system() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
      }
    };
  }
}
