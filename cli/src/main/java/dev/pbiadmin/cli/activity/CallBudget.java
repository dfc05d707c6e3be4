package dev.pbiadmin.cli.activity;

import java.time.Duration;

/**
 * What a run costs in {@code GetActivityEvents} calls, against the client's budget for them
 * ("Maximum 200 requests per hour", time-scaled against an emulator). The service pages a day by
 * the hour, so a day costs at least 24 calls and a busy hour more; a 30-day backfill is 720 calls
 * or more, over three and a half hours of budget.
 *
 * @param requests calls the budget allows in any {@code window}
 */
record CallBudget(int requests, Duration window) {
  /** One page per hour slice of the day, at least (reference §11). */
  static final int MIN_CALLS_PER_DAY = 24;

  CallBudget {
    if (requests < 1 || window == null || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException(
          "a call budget needs at least one request in a positive window");
    }
  }

  /**
   * The earliest the {@code calls}-th call can go out after the first, starting with a full budget:
   * the first {@code requests} calls at once, each next batch one window later.
   */
  Duration floor(long calls) {
    return calls <= 0 ? Duration.ZERO : window.multipliedBy((calls - 1) / requests);
  }

  /** Calls a run of {@code days} days needs, at least. */
  static long minimumCalls(int days) {
    return (long) days * MIN_CALLS_PER_DAY;
  }

  /** "3h 36m", "12m 5s", "40s": a duration as a person reads it. */
  static String human(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s >= 3600) {
      return (s / 3600) + "h " + (s % 3600) / 60 + "m";
    }
    if (s >= 60) {
      return (s / 60) + "m " + s % 60 + "s";
    }
    return s + "s";
  }
}
