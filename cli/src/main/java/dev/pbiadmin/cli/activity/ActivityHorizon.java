package dev.pbiadmin.cli.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The two time limits that decide whether a day's events can be complete: the service keeps
 * activity for 30 days, and "it can take up to 24 hours for all events to show up" (Microsoft,
 * "Access the Power BI activity log"). A day fetched before it settled may still gain events.
 */
record ActivityHorizon(Duration retention, Duration settle) {

  static final ActivityHorizon POWER_BI =
      new ActivityHorizon(Duration.ofDays(30), Duration.ofHours(24));

  ActivityHorizon {
    if (retention.isNegative() || retention.isZero() || settle.isNegative()) {
      throw new IllegalArgumentException("retention must be positive and settle not negative");
    }
  }

  static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  /** The oldest day whose every event is still retained at {@code now}. */
  LocalDate firstFullyRetained(Instant now) {
    Instant oldest = now.minus(retention);
    LocalDate day = LocalDate.ofInstant(oldest, ZoneOffset.UTC);
    return start(day).equals(oldest) ? day : day.plusDays(1);
  }

  /** No event of the day is retained any more. */
  boolean fullyBeyond(LocalDate day, Instant now) {
    return !start(day.plusDays(1)).isAfter(now.minus(retention));
  }

  /** Some of the day's events may already have been dropped. */
  boolean partlyBeyond(LocalDate day, Instant now) {
    return day.isBefore(firstFullyRetained(now));
  }

  /** Whether a chain started at {@code chainStart} saw every event the day will ever have. */
  boolean settled(LocalDate day, Instant chainStart) {
    return !chainStart.isBefore(start(day.plusDays(1)).plus(settle));
  }

  static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
