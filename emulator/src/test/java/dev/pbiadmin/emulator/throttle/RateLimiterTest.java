package dev.pbiadmin.emulator.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.clock.ScaledClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final ScaledClock clock =
      new ScaledClock(Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC), 1);
  private final RateLimiter limiter = new RateLimiter(clock, true);

  @Test
  void tryAcquire_withinHourlyQuota_admitted() {
    assertThat(IntStream.range(0, 30).mapToObj(i -> limiter.tryAcquire("t|op", 30, 0)))
        .allMatch(Optional::isEmpty);
  }

  @Test
  void tryAcquire_overHourlyQuota_waitUntilOldestLeavesWindow() {
    limiter.tryAcquire("t|op", 2, 0);
    clock.advance(Duration.ofMinutes(10));
    limiter.tryAcquire("t|op", 2, 0);
    Optional<Duration> wait = limiter.tryAcquire("t|op", 2, 0);
    assertThat(wait).contains(Duration.ofMinutes(50));
    clock.advance(Duration.ofMinutes(50));
    assertThat(limiter.tryAcquire("t|op", 2, 0)).isEmpty();
  }

  @Test
  void tryAcquire_overMinuteQuota_waitsSecondsNotAnHour() {
    IntStream.range(0, 15).forEach(i -> limiter.tryAcquire("t|groups", 50, 15));
    assertThat(limiter.tryAcquire("t|groups", 50, 15)).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.tryAcquire("t|groups", 50, 15)).isEmpty();
  }

  @Test
  void tryAcquire_refusedRequests_doNotCount() {
    limiter.tryAcquire("k", 1, 0);
    IntStream.range(0, 10).forEach(i -> limiter.tryAcquire("k", 1, 0));
    clock.advance(Duration.ofHours(1));
    assertThat(limiter.tryAcquire("k", 1, 0)).isEmpty();
  }

  @Test
  void tryAcquire_keysAreIndependent() {
    limiter.tryAcquire("a", 1, 0);
    assertThat(limiter.tryAcquire("b", 1, 0)).isEmpty();
  }

  @Test
  void tryAcquire_disabledOrReset_admitted() {
    limiter.tryAcquire("k", 1, 0);
    limiter.reset();
    assertThat(limiter.tryAcquire("k", 1, 0)).isEmpty();
    limiter.setEnabled(false);
    assertThat(limiter.tryAcquire("k", 1, 0)).isEmpty();
  }

  @Test
  void realSeconds_scaled_roundedUpAtLeastOne() {
    assertThat(RetryAfter.realSeconds(Duration.ofSeconds(3392), 1)).isEqualTo(3392);
    assertThat(RetryAfter.realSeconds(Duration.ofSeconds(3392), 3600)).isEqualTo(1);
    assertThat(RetryAfter.realSeconds(Duration.ofSeconds(3600), 60)).isEqualTo(60);
    assertThat(RetryAfter.emulatedSeconds(Duration.ofMillis(1500))).isEqualTo(2);
  }
}
