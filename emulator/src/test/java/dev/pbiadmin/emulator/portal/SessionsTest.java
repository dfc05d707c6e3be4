package dev.pbiadmin.emulator.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-27T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final Sessions sessions = new Sessions(clock, Duration.ofHours(8));

  @Test
  void isValid_freshSession_true() {
    assertThat(sessions.isValid(sessions.create())).isTrue();
  }

  @Test
  void isValid_afterLifetime_false() {
    String id = sessions.create();
    clock.now = clock.now.plus(Duration.ofHours(8));

    assertThat(sessions.isValid(id)).isFalse();
  }

  @Test
  void isValid_unknownNullOrMalformed_false() {
    sessions.create();

    assertThat(sessions.isValid(null)).isFalse();
    assertThat(sessions.isValid("")).isFalse();
    assertThat(sessions.isValid("x".repeat(43))).isFalse();
    assertThat(sessions.isValid("x".repeat(10_000))).isFalse();
  }

  @Test
  void end_signedOutSession_false() {
    String id = sessions.create();
    sessions.end(id);

    assertThat(sessions.isValid(id)).isFalse();
  }

  @Test
  void create_manySessions_distinctIdsAndBoundedMemory() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < Sessions.MAX_SESSIONS + 50; i++) {
      ids.add(sessions.create());
    }

    assertThat(ids).hasSize(Sessions.MAX_SESSIONS + 50);
    assertThat(ids.stream().filter(sessions::isValid).count()).isEqualTo(Sessions.MAX_SESSIONS);
  }
}
