package dev.pbiadmin.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A clock that only moves when the client "sleeps": the client's waits become assertions. */
final class TestTime extends Clock implements Sleeper {
  private volatile Instant now;
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  TestTime(Instant start) {
    this.now = start;
  }

  TestTime() {
    this(Instant.parse("2026-01-05T10:00:00Z"));
  }

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    now = now.plus(d);
  }

  List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
