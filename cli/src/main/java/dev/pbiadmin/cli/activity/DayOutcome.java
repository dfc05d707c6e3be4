package dev.pbiadmin.cli.activity;

import java.time.LocalDate;

/**
 * How one day ended in this run.
 *
 * @param failed whether an error (not a completeness rule) stopped the day: later days are not
 *     attempted after one
 */
record DayOutcome(
    LocalDate day, DayStatus status, int pagesStored, long eventsStored, String reason, boolean failed) {

  static DayOutcome of(DayProgress progress, boolean failed) {
    return new DayOutcome(
        progress.day(),
        progress.status(),
        progress.pagesStored(),
        progress.eventsStored(),
        progress.reason(),
        failed);
  }
}
