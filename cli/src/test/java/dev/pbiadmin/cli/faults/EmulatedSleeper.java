package dev.pbiadmin.cli.faults;

import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.emulator.clock.ScaledClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Waits the client asks for are in service (emulated) time: sleeping them for real divided by the
 * emulator's time scale keeps a 20-minute {@code Retry-After} to two real seconds at scale 600,
 * while the emulator, whose clock runs that much faster, sees the full wait pass.
 */
final class EmulatedSleeper implements Sleeper {
  private final ScaledClock clock;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  EmulatedSleeper(ScaledClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    waits.add(duration);
    Duration real = clock.toReal(duration);
    Thread.sleep(real.toMillis(), (int) (real.toNanos() % 1_000_000));
  }

  /** Every wait asked for, in emulated time. */
  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
