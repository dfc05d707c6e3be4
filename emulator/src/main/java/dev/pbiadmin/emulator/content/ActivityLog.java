package dev.pbiadmin.emulator.content;

import dev.pbiadmin.emulator.odata.ActivityFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's generated audit log. Event {@code i} of a UTC day is computed from (seed, day, i)
 * alone, so a day of millions of events costs no memory and the same day always reads the same.
 * Events of a day are in {@code CreationTime} order, denser in working hours. Only the last 30 days
 * are kept ("Keeps activity data for 30 days"), and today's events stop at the clock's now. Items
 * and users are drawn from the content as it was when the log was created. Thread-safe.
 */
public final class ActivityLog {
  /** Retention of the activity log, per the documentation. */
  public static final int RETENTION_DAYS = 30;

  /** Most events per day the generator offers (the index is an int; far beyond any real tenant). */
  public static final int MAX_EVENTS_PER_DAY = 50_000_000;

  /** Relative activity per UTC hour: quiet nights, a working-day peak. */
  private static final double[] HOURLY = {
    1, 1, 1, 1, 2, 4, 7, 10, 12, 12, 11, 10, 9, 10, 11, 11, 10, 8, 6, 4, 3, 2, 1, 1
  };

  private static final double[] CDF = new double[25];

  static {
    double total = 0;
    for (double h : HOURLY) {
      total += h;
    }
    double run = 0;
    for (int h = 0; h < 24; h++) {
      CDF[h] = run / total;
      run += HOURLY[h];
    }
    CDF[24] = 1;
  }

  private final long seed;
  private final int eventsPerDay;
  private final Clock clock;
  final ActivityTargets targets;

  /**
   * @param eventsPerDay events per full UTC day (0 to 50,000,000)
   * @param organizationId the tenant id, the events' {@code OrganizationId}
   */
  public ActivityLog(
      TenantContent content, long seed, int eventsPerDay, Clock clock, String organizationId) {
    if (eventsPerDay < 0 || eventsPerDay > MAX_EVENTS_PER_DAY) {
      throw new IllegalArgumentException(
          "events per day must be between 0 and 50,000,000, got " + eventsPerDay);
    }
    this.seed = seed;
    this.eventsPerDay = eventsPerDay;
    this.clock = clock;
    this.targets = new ActivityTargets(content, organizationId);
  }

  /** Whether {@code day} is inside the retention window (the last 30 days up to today). */
  public boolean isRetained(LocalDate day) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return !day.isAfter(today) && !day.isBefore(today.minusDays(RETENTION_DAYS));
  }

  /** The events of one UTC day visible now: none outside retention, up to now for today. */
  public DayEvents eventsOn(LocalDate day) {
    if (!isRetained(day)) {
      return new DayEvents(this, day, 0);
    }
    Instant now = clock.instant();
    Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    if (!now.isBefore(end)) {
      return new DayEvents(this, day, eventsPerDay);
    }
    // binary search for the first event after now; creation times never decrease with the index
    int lo = 0;
    int hi = eventsPerDay;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (timeOf(day, mid).isAfter(now)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return new DayEvents(this, day, lo);
  }

  /** The events between two instants of the same UTC day, filtered; for small windows and tests. */
  public List<ActivityEvent> events(Instant from, Instant to, ActivityFilter filter) {
    DayEvents day = eventsOn(LocalDate.ofInstant(from, ZoneOffset.UTC));
    List<ActivityEvent> out = new ArrayList<>();
    for (int i = day.firstAtOrAfter(from); i < day.size() && !day.timeOf(i).isAfter(to); i++) {
      if (day.matches(i, filter)) {
        out.add(day.get(i));
      }
    }
    return out;
  }

  long seed() {
    return seed;
  }

  int eventsPerDay() {
    return eventsPerDay;
  }

  /** Event {@code i}'s time: its slot of the day's activity profile, jittered inside the slot. */
  Instant timeOf(LocalDate day, int i) {
    double jitter = (mix(seed ^ 0x5DEECE66DL, day.toEpochDay(), i) >>> 11) * 0x1.0p-53;
    double u = (i + jitter) / eventsPerDay;
    int h = 0;
    while (h < 23 && CDF[h + 1] <= u) {
      h++;
    }
    double within = (u - CDF[h]) / (CDF[h + 1] - CDF[h]);
    long millis = (long) ((h + Math.min(within, 0.999_999_999)) * 3_600_000L);
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMillis(millis));
  }

  /** A well-mixed 64-bit hash of (seed, day, index) (SplitMix64 finalizer). */
  static long mix(long seed, long day, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + day * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
