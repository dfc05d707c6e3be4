package dev.pbiadmin.emulator.content;

import dev.pbiadmin.emulator.odata.ActivityFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.SplittableRandom;

/**
 * The events of one UTC day, computed on access: {@link #get(int)} builds event {@code i}, nothing
 * is stored. Indexes run in {@code CreationTime} order, so a time window is an index range ({@link
 * #firstAtOrAfter}) and a page is a sub-range.
 */
public final class DayEvents extends AbstractList<ActivityEvent> {
  private final ActivityLog log;
  private final LocalDate day;
  private final int size;

  DayEvents(ActivityLog log, LocalDate day, int size) {
    this.log = log;
    this.day = day;
    this.size = size;
  }

  public LocalDate day() {
    return day;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public ActivityEvent get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("event " + i + " of " + size);
    }
    return log.targets.event(random(i), day, i, timeOf(i));
  }

  public Instant timeOf(int i) {
    return log.timeOf(day, i);
  }

  /** Index of the first event at or after {@code t} ({@link #size()} if none). */
  public int firstAtOrAfter(Instant t) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (timeOf(mid).isBefore(t)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether event {@code i} passes the filter, without building the whole event. */
  public boolean matches(int i, ActivityFilter filter) {
    if (filter.activity() == null && filter.userId() == null) {
      return true;
    }
    SplittableRandom r = random(i);
    return filter.matches(log.targets.kind(r).activity, log.targets.user(r).identifier());
  }

  private SplittableRandom random(int i) {
    return new SplittableRandom(ActivityLog.mix(log.seed(), day.toEpochDay(), i));
  }
}
