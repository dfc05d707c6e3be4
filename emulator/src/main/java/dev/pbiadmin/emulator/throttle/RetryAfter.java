package dev.pbiadmin.emulator.throttle;

import java.time.Duration;

/**
 * Converts an emulated wait into the {@code Retry-After} seconds a real client must sleep. With
 * {@code --time-scale 3600} an emulated hour passes in one real second, so telling a client to wait
 * 3392 emulated seconds would make it sleep 56 real minutes; the emulator therefore reports real
 * seconds (rounded up, at least 1) and puts the emulated figure in {@link #EMULATED_HEADER}.
 */
public final class RetryAfter {
  public static final String EMULATED_HEADER = "x-emulator-retry-after-emulated";

  private RetryAfter() {}

  /** Real seconds a client must wait for {@code emulated} to pass at {@code scale}. */
  public static long realSeconds(Duration emulated, double scale) {
    double seconds = emulated.toNanos() / 1e9 / scale;
    return Math.max(1, (long) Math.ceil(seconds));
  }

  /** Emulated seconds, rounded up, at least 1: the figure the real service would send. */
  public static long emulatedSeconds(Duration emulated) {
    return Math.max(1, (emulated.toNanos() + 999_999_999L) / 1_000_000_000L);
  }
}
