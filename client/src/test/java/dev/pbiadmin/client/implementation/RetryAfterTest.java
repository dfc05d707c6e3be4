package dev.pbiadmin.client.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void parse_deltaSeconds_returnsSeconds() {
    assertThat(RetryAfter.parse("3392", clock)).isEqualTo(Duration.ofSeconds(3392));
    assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void parse_httpDate_returnsTimeUntilThen() {
    assertThat(RetryAfter.parse("Mon, 05 Jan 2026 10:01:30 GMT", clock))
        .isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void parse_pastHttpDate_returnsZero() {
    assertThat(RetryAfter.parse("Mon, 05 Jan 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void parse_absentNegativeOrGarbage_returnsNull() {
    assertThat(RetryAfter.parse(null, clock)).isNull();
    assertThat(RetryAfter.parse("-5", clock)).isNull();
    assertThat(RetryAfter.parse("soon", clock)).isNull();
  }
}
