package dev.pbiadmin.cli.inventory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The timestamp forms of a scan result (docs/reference/scan-result-real-shapes.md §9): 0 to 7
 * fraction digits, with {@code Z} ({@code 2020-06-15T16:46:28.0487687Z}), an offset ({@code
 * 2019-04-30T21:35:15.867-07:00}) or no zone at all ({@code 2020-06-16T08:22:49.14}).
 */
final class Times {
  /**
   * ISO date-time, 0 to 9 fraction digits, then {@code Z}, {@code +01:00}, {@code +0100} or
   * nothing.
   */
  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private Times() {}

  /**
   * The time in UTC, or null when it is none of the forms. A zoned time is converted; a time
   * without a zone is taken as UTC, the zone the service keeps times in; a bare date is midnight
   * UTC. DuckDB keeps microseconds, so a seventh fraction digit is cut when stored.
   */
  static LocalDateTime utc(String s) {
    try {
      TemporalAccessor t = TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      return t instanceof OffsetDateTime o
          ? o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
          : (LocalDateTime) t;
    } catch (DateTimeParseException notADateTime) {
      try {
        return LocalDate.parse(s).atStartOfDay();
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }
}
