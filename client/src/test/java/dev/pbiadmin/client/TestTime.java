package dev.pbiadmin.client;

import dev.pbiadmin.emulator.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A clock that only moves when the client "sleeps": the client's waits become assertions. Public
 * for the transport's own tests in {@code client.implementation}.
 */
public final class TestTime extends MutableClock implements Sleeper {
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  public TestTime(Instant start) {
    super(start);
  }

  public TestTime() {
    this(Instant.parse("2026-01-05T10:00:00Z"));
  }

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    advance(d);
  }

  public List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }
}
