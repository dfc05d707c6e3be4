package dev.pbiadmin.cli.activity;

import java.time.LocalDate;

/**
 * How one day ended in this run.
 *
 * @param error what stopped the day, or null when no error did (a completeness rule may still have
 *     left it incomplete); later days are not attempted after an error
 */
record DayOutcome(
    LocalDate day,
    DayStatus status,
    int pagesStored,
    long eventsStored,
    String reason,
    RuntimeException error) {

  static DayOutcome of(DayProgress progress) {
    return of(progress, null);
  }

  static DayOutcome of(DayProgress progress, RuntimeException error) {
    return new DayOutcome(
        progress.day(),
        progress.status(),
        progress.pagesStored(),
        progress.eventsStored(),
        progress.reason(),
        error);
  }

  boolean failed() {
    return error != null;
  }

  /** Complete, or provisional (every page stored, only the settling time missing). */
  boolean ok() {
    return status == DayStatus.COMPLETE || status == DayStatus.PROVISIONAL;
  }
}
