package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The timestamp forms the real service mixes (scan-result-real-shapes.md §9, from Microsoft's own
 * examples): a fraction of 0 to 7 digits with trailing zeros dropped, and then {@code Z}, an
 * offset, or no zone at all. Which form a field takes follows the example that shows that field;
 * the generator gives instants 0 to 7 fraction digits ({@code Randoms.stamp}), so every form shows
 * its whole range.
 */
public final class Timestamps {
  /** The zone of the offset form: the example's {@code -07:00} is Pacific daylight time. */
  private static final ZoneId SERVICE_ZONE = ZoneId.of("America/Los_Angeles");

  private Timestamps() {}

  /** {@code 2020-06-16T08:27:47.783Z} (dataflow and datamart {@code modifiedDateTime}, imports). */
  public static String utc(Instant t) {
    return unzoned(t) + "Z";
  }

  /** {@code 2020-06-15T16:46:28.0487687Z}: always seven digits (a scan's {@code createdDateTime}). */
  public static String utcTicks(Instant t) {
    LocalDateTime local = LocalDateTime.ofInstant(t, ZoneOffset.UTC).withNano(0);
    String ticks = Integer.toString(t.getNano() / 100 + 10_000_000).substring(1);
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local) + "." + ticks + "Z";
  }

  /** {@code 2020-06-16T08:22:49.14}: UTC wall time without a zone (a scanned report's dates). */
  public static String unzoned(Instant t) {
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
  }

  /** {@code 2019-04-30T21:35:15.867-07:00} (a semantic model's {@code createdDate}, an app's {@code lastUpdate}). */
  public static String offset(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(SERVICE_ZONE));
  }
}
