package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.ActivityEvent;
import dev.pbiadmin.emulator.content.DayEvents;
import dev.pbiadmin.emulator.odata.ActivityFilter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a window of one UTC day into pages the way the real service does (reference §11): one hour
 * slice at a time, each slice taking as many pages of at most {@code pageSize} events as it needs.
 * An hour without events is still a page (empty, with a continuation), so a day costs at least one
 * call per hour it spans; only the page that finishes the window's last slice has no continuation,
 * and it may carry events.
 */
final class ActivityPager {
  /**
   * Events examined per page before answering anyway, so a sparse filter cannot stall a request.
   */
  private static final int SCAN_FACTOR = 20;

  /** One page: its events, and where the next page starts ({@code null} on the last page). */
  record Page(List<ActivityEvent> events, ActivityToken next) {}

  private ActivityPager() {}

  /** The first position of a window: its first slice, at its first event. */
  static ActivityToken first(DayEvents day, Instant start, Instant end, String filter) {
    return new ActivityToken(start, end, start, filter, day.firstAtOrAfter(start));
  }

  static Page page(DayEvents day, ActivityToken at, ActivityFilter filter, int pageSize) {
    Instant windowEnd = at.end().plusMillis(1);
    Instant nextHour = at.slice().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    Instant sliceEnd = nextHour.isBefore(windowEnd) ? nextHour : windowEnd;
    int i = at.offset();
    int examined = 0;
    List<ActivityEvent> events = new ArrayList<>();
    while (i < day.size()
        && day.timeOf(i).isBefore(sliceEnd)
        && events.size() < pageSize
        && examined < pageSize * SCAN_FACTOR) {
      if (day.matches(i, filter)) {
        events.add(day.get(i));
      }
      i++;
      examined++;
    }
    boolean sliceDone = i >= day.size() || !day.timeOf(i).isBefore(sliceEnd);
    if (!sliceDone) {
      return new Page(events, new ActivityToken(at.start(), at.end(), at.slice(), at.filter(), i));
    }
    if (!sliceEnd.isBefore(windowEnd)) {
      return new Page(events, null);
    }
    return new Page(events, new ActivityToken(at.start(), at.end(), sliceEnd, at.filter(), i));
  }
}
