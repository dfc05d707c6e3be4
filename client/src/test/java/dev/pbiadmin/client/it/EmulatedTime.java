package dev.pbiadmin.client.it;

import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.emulator.clock.ScaledClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The client's waits move the emulator's clock instead of sleeping, and are recorded. */
final class EmulatedTime implements Sleeper {
  private final ScaledClock clock;
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  EmulatedTime(ScaledClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration d) {
    waits.add(d);
    clock.advance(d);
  }

  List<Duration> waits() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }
}
