package dev.pbiadmin.emulator.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:00:00Z"));
  private final Sessions sessions = new Sessions(clock, Duration.ofHours(8));

  @Test
  void isValid_freshSession_true() {
    assertThat(sessions.isValid(sessions.create())).isTrue();
  }

  @Test
  void isValid_afterLifetime_false() {
    String id = sessions.create();
    clock.advance(Duration.ofHours(8));

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
