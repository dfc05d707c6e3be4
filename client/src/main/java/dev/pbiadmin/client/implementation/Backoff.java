package dev.pbiadmin.client.implementation;

import dev.pbiadmin.client.RetryOptions;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": half the step fixed, half random, capped at maxDelay.
 */
final class Backoff {
  private final RetryOptions options;
  private final DoubleSupplier random;

  Backoff(RetryOptions options, DoubleSupplier random) {
    this.options = options;
    this.random = random;
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  Duration delay(int attempt) {
    long base = options.baseDelay().toMillis();
    long step = base << Math.min(attempt - 1, 20);
    long capped = Math.min(step, options.maxDelay().toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
  }
}
