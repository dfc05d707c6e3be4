package dev.pbiadmin.cli.activity;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code activity_days}. */
record DayProgress(
    LocalDate day,
    String filter,
    DayStatus status,
    int pagesStored,
    long eventsReceived,
    long eventsStored,
    String continuationToken,
    Instant tokenObtainedAt,
    Instant chainStartedAt,
    int restarts,
    String reason) {

  static DayProgress pending(LocalDate day, String filter) {
    return new DayProgress(day, filter, DayStatus.PENDING, 0, 0, 0, null, null, null, 0, null);
  }

  boolean resumable() {
    return continuationToken != null
        && (status == DayStatus.IN_PROGRESS || status == DayStatus.INCOMPLETE);
  }
}
