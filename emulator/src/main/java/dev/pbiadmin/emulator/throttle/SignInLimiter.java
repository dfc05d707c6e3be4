package dev.pbiadmin.emulator.throttle;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits wrong management keys per client address (portal sign-in and the management API share one
 * limiter), so the key cannot be guessed at line rate: a token bucket of {@code burst} failures per
 * address, refilled by one every {@code refill}. While an address's bucket is empty every attempt
 * from it, right key or wrong, is refused before the key is compared, so a refusal says nothing
 * about the key. A correct key costs nothing. Real (wall-clock) time, not the emulated clock.
 */
public final class SignInLimiter {
  /** Ten wrong keys at once, then one every six seconds: ten guesses a minute. */
  public static final int DEFAULT_BURST = 10;

  public static final Duration DEFAULT_REFILL = Duration.ofSeconds(6);

  /** Addresses tracked at most; beyond that, addresses whose bucket has refilled are forgotten. */
  private static final int MAX_ADDRESSES = 10_000;

  private final Clock clock;
  private final int burst;
  private final long refillNanos;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public SignInLimiter(Clock clock, int burst, Duration refill) {
    if (burst < 1 || refill.isNegative() || refill.isZero()) {
      throw new IllegalArgumentException(
          "sign-in limit needs a burst of at least 1 and a positive refill");
    }
    this.clock = clock;
    this.burst = burst;
    this.refillNanos = refill.toNanos();
  }

  /**
   * Zero if {@code address} may try a key now, else how long it must wait (at least one second, as
   * a {@code Retry-After} counts whole seconds).
   */
  public Duration waitBeforeAttempt(String address) {
    Bucket b = buckets.get(key(address));
    if (b == null) {
      return Duration.ZERO;
    }
    synchronized (b) {
      long now = nanos();
      b.refill(now, burst, refillNanos);
      if (b.tokens >= 1) {
        return Duration.ZERO;
      }
      long nanosToNext = refillNanos - (now - b.updated);
      return Duration.ofSeconds(Math.max(1, (nanosToNext + 999_999_999L) / 1_000_000_000L));
    }
  }

  /** Records a wrong key from {@code address}. */
  public void failed(String address) {
    if (buckets.size() >= MAX_ADDRESSES) {
      long now = nanos();
      buckets
          .values()
          .removeIf(
              b -> {
                synchronized (b) {
                  b.refill(now, burst, refillNanos);
                  return b.tokens >= burst;
                }
              });
    }
    Bucket b = buckets.computeIfAbsent(key(address), a -> new Bucket(burst, nanos()));
    synchronized (b) {
      b.refill(nanos(), burst, refillNanos);
      b.tokens = Math.max(0, b.tokens - 1);
    }
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }

  private long nanos() {
    Duration d = Duration.between(java.time.Instant.EPOCH, clock.instant());
    return d.toNanos();
  }

  private static final class Bucket {
    long tokens;
    long updated;

    Bucket(long tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }

    void refill(long now, int burst, long refillNanos) {
      if (tokens >= burst) {
        updated = now;
        return;
      }
      long add = (now - updated) / refillNanos;
      if (add > 0) {
        tokens = Math.min(burst, tokens + add);
        updated = tokens >= burst ? now : updated + add * refillNanos;
      }
    }
  }
}
