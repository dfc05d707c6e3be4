package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  @Test
  void forms_matchMicrosoftsExamples() {
    assertThat(Timestamps.unzoned(Instant.parse("2020-06-16T08:22:49.140Z")))
        .isEqualTo("2020-06-16T08:22:49.14");
    assertThat(Timestamps.utc(Instant.parse("2020-06-16T08:27:47.783Z")))
        .isEqualTo("2020-06-16T08:27:47.783Z");
    assertThat(Timestamps.utcTicks(Instant.parse("2020-06-15T16:46:28.0487687Z")))
        .isEqualTo("2020-06-15T16:46:28.0487687Z");
    assertThat(Timestamps.utcTicks(Instant.parse("2020-06-15T16:46:28Z")))
        .isEqualTo("2020-06-15T16:46:28.0000000Z");
    assertThat(Timestamps.offset(Instant.parse("2019-05-01T04:35:15.867Z")))
        .isEqualTo("2019-04-30T21:35:15.867-07:00");
    assertThat(Timestamps.offset(Instant.parse("2019-01-13T09:46:53Z")))
        .isEqualTo("2019-01-13T01:46:53-08:00");
    assertThat(Timestamps.utc(Instant.parse("2026-01-02T03:04:05Z")))
        .isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void everyForm_readsBackAsTheSameInstant() {
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 10_000; i++) {
      Instant t =
          Instant.ofEpochSecond(
              1_500_000_000L + r.nextLong(400_000_000L), r.nextInt(10_000_000) * 100L);

      assertThat(Instant.parse(Timestamps.utc(t))).isEqualTo(t);
      assertThat(Instant.parse(Timestamps.utcTicks(t))).isEqualTo(t);
      assertThat(LocalDateTime.parse(Timestamps.unzoned(t)).toInstant(ZoneOffset.UTC)).isEqualTo(t);
      assertThat(OffsetDateTime.parse(Timestamps.offset(t)).toInstant()).isEqualTo(t);
    }
  }
}
