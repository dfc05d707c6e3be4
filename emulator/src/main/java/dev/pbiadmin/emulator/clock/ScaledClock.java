package dev.pbiadmin.emulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock whose time runs {@code scale} times faster than the base clock from a fixed origin, so a
 * two-hour extraction against hourly rate limits can be exercised in seconds. Every emulator
 * component that measures time (rate-limit windows, scan durations, retention, token lifetimes)
 * reads this clock, never the system clock. {@link #advance(Duration)} jumps forward, for tests.
 */
public final class ScaledClock extends Clock {
  private final Clock base;
  private final double scale;
  private final Instant origin;
  private final Instant baseOrigin;
  private volatile long offsetNanos;

  public ScaledClock(Clock base, double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("time scale must be a positive number, got " + scale);
    }
    this.base = base;
    this.scale = scale;
    this.baseOrigin = base.instant();
    this.origin = baseOrigin;
  }

  public static ScaledClock system(double scale) {
    return new ScaledClock(Clock.systemUTC(), scale);
  }

  public double scale() {
    return scale;
  }

  /** Moves emulated time forward by {@code amount}, independent of the scale. */
  public void advance(Duration amount) {
    offsetNanos += amount.toNanos();
  }

  /** Converts an emulated duration to the real (base clock) duration it takes to pass. */
  public Duration toReal(Duration emulated) {
    return Duration.ofNanos((long) (emulated.toNanos() / scale));
  }

  @Override
  public Instant instant() {
    long realNanos = Duration.between(baseOrigin, base.instant()).toNanos();
    return origin.plusNanos((long) (realNanos * scale) + offsetNanos);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the emulator's clock is always UTC");
  }
}
