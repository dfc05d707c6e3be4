package dev.pbiadmin.emulator.powerbi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The timestamp forms the real service mixes (scan-result-real-shapes.md §9, from Microsoft's own
 * examples): a fraction of 0 to 7 digits with trailing zeros dropped, and then {@code Z}, an
 * offset, or no zone at all. Which form a field takes follows the example that shows that field;
 * the generator gives instants 0 to 7 fraction digits ({@code content.Randoms.stamp}), so every
 * form shows its whole range.
 */
final class Timestamps {
  /** The zone of the offset form: the example's {@code -07:00} is Pacific daylight time. */
  private static final ZoneRules SERVICE_ZONE = ZoneId.of("America/Los_Angeles").getRules();

  private Timestamps() {}

  /** {@code 2020-06-16T08:27:47.783Z} (dataflow and datamart {@code modifiedDateTime}, imports). */
  static String utc(Instant t) {
    return local(new StringBuilder(32), t, 0, false).append('Z').toString();
  }

  /**
   * {@code 2020-06-15T16:46:28.0487687Z}: always seven digits (a scan's {@code createdDateTime}).
   */
  static String utcTicks(Instant t) {
    return local(new StringBuilder(32), t, 0, true).append('Z').toString();
  }

  /** {@code 2020-06-16T08:22:49.14}: UTC wall time without a zone (a scanned report's dates). */
  static String unzoned(Instant t) {
    return local(new StringBuilder(32), t, 0, false).toString();
  }

  /**
   * {@code 2019-04-30T21:35:15.867-07:00} (a semantic model's {@code createdDate}, an app's {@code
   * lastUpdate}).
   */
  static String offset(Instant t) {
    int seconds = SERVICE_ZONE.getOffset(t).getTotalSeconds();
    StringBuilder b =
        local(new StringBuilder(40), t, seconds, false).append(seconds < 0 ? '-' : '+');
    int minutes = Math.abs(seconds) / 60;
    return two(two(b, minutes / 60).append(':'), minutes % 60).toString();
  }

  // Written by hand rather than with DateTimeFormatter: a scan result holds thousands of these.
  private static StringBuilder local(
      StringBuilder b, Instant t, int offsetSeconds, boolean allDigits) {
    LocalDateTime d =
        LocalDateTime.ofEpochSecond(
            t.getEpochSecond(), 0, ZoneOffset.ofTotalSeconds(offsetSeconds));
    b.append(d.getYear()).append('-');
    two(b, d.getMonthValue()).append('-');
    two(b, d.getDayOfMonth()).append('T');
    two(b, d.getHour()).append(':');
    two(b, d.getMinute()).append(':');
    two(b, d.getSecond());
    int ticks = t.getNano() / 100;
    if (ticks != 0 || allDigits) {
      String fraction = Integer.toString(ticks + 10_000_000).substring(1);
      int end = fraction.length();
      while (!allDigits && fraction.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(fraction, 0, end);
    }
    return b;
  }

  private static StringBuilder two(StringBuilder b, int value) {
    return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
