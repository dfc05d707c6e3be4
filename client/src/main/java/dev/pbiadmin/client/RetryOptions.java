package dev.pbiadmin.client;

import java.time.Duration;

/**
 * How hard the client tries: at most {@code maxAttempts} sends per call (first try included),
 * jittered exponential backoff from {@code baseDelay} up to {@code maxDelay} when the service gives
 * no {@code Retry-After}, and {@code maxRetryWait}: a {@code Retry-After} longer than this fails
 * the call at once with {@link ThrottledException} instead of waiting (hourly quotas can ask for ~1
 * h).
 */
public record RetryOptions(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryWait) {

  public RetryOptions {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    requirePositive(baseDelay, "baseDelay");
    requirePositive(maxDelay, "maxDelay");
    if (maxRetryWait == null || maxRetryWait.isNegative()) {
      throw new IllegalArgumentException("maxRetryWait must be zero or positive");
    }
  }

  /** 6 attempts, 1 s doubling to 60 s, waits up to one hour when the service asks for it. */
  public static RetryOptions defaults() {
    return new RetryOptions(6, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofHours(1));
  }

  public RetryOptions withMaxAttempts(int n) {
    return new RetryOptions(n, baseDelay, maxDelay, maxRetryWait);
  }

  public RetryOptions withMaxRetryWait(Duration d) {
    return new RetryOptions(maxAttempts, baseDelay, maxDelay, d);
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }
}
