package dev.pbiadmin.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A window of {@code Admin_GetActivityEvents}: start and end must fall in the same UTC day (the
 * service's rule); {@code filter} uses {@code Activity} and {@code UserId} with {@code eq}/{@code
 * and}.
 */
public record ActivityEventsRequest(Instant start, Instant end, String filter) {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public ActivityEventsRequest {
    if (start == null || end == null) {
      throw new IllegalArgumentException("an activity window needs both a start and an end");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "the activity window ends (" + end + ") before it starts (" + start + ")");
    }
    if (!day(start).equals(day(end))) {
      throw new IllegalArgumentException(
          "start and end must be in the same UTC day (Power BI's rule), got "
              + start
              + " and "
              + end
              + "; split the window per day");
    }
  }

  /** The whole UTC day, 00:00:00.000 to 23:59:59.999. */
  public static ActivityEventsRequest day(LocalDate day, String filter) {
    Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new ActivityEventsRequest(start, start.plus(1, ChronoUnit.DAYS).minusMillis(1), filter);
  }

  String quotedStart() {
    return "'" + FORMAT.format(start) + "'";
  }

  String quotedEnd() {
    return "'" + FORMAT.format(end) + "'";
  }

  private static LocalDate day(Instant i) {
    return i.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
