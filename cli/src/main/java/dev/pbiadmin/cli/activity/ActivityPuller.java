package dev.pbiadmin.cli.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls one UTC day's continuation chain into the store, page by page, so a day of any size is
 * never held in memory and a killed run resumes from the last stored page.
 */
final class ActivityPuller {
  private static final Logger log = LoggerFactory.getLogger(ActivityPuller.class);

  private final ActivityEventSource source;
  private final ActivityStore store;
  private final ActivityHorizon horizon;
  private final Clock clock;
  private final Consumer<String> progress;

  ActivityPuller(
      ActivityEventSource source, ActivityStore store, ActivityHorizon horizon, Clock clock) {
    this(source, store, horizon, clock, line -> {});
  }

  /** {@code progress} hears one line per stored page. */
  ActivityPuller(
      ActivityEventSource source,
      ActivityStore store,
      ActivityHorizon horizon,
      Clock clock,
      Consumer<String> progress) {
    this.source = source;
    this.store = store;
    this.horizon = horizon;
    this.clock = clock;
    this.progress = progress;
  }

  DayOutcome pull(LocalDate day, ActivityFilter filter) {
    String key = filter.key();
    DayProgress before = store.progress(day, key).orElse(DayProgress.pending(day, key));
    if (before.status() == DayStatus.COMPLETE) {
      return DayOutcome.of(before);
    }
    try {
      chain(day, filter, before);
      return DayOutcome.of(progress(day, key));
    } catch (RuntimeException e) {
      // includes a page DuckDB refused (an event without Id): that page and its token were rolled
      // back
      String reason =
          "stopped after " + progress(day, key).pagesStored() + " stored page(s): " + describe(e);
      store.markIncomplete(day, key, reason, clock.instant());
      return DayOutcome.of(progress(day, key), e);
    }
  }

  private void chain(LocalDate day, ActivityFilter filter, DayProgress before) {
    String key = filter.key();
    boolean restarted = false;
    Instant chainStart;
    ActivityEventPage page;
    if (before.resumable()) {
      chainStart = before.chainStartedAt() != null ? before.chainStartedAt() : clock.instant();
      try {
        log.debug("{}: resuming after {} stored page(s)", day, before.pagesStored());
        page = source.nextPage(before.continuationToken());
      } catch (ContinuationRejectedException e) {
        log.info("{}: the stored continuation token was refused, restarting the day", day);
        restarted = true;
        chainStart = restart(day, key, true);
        page = source.firstPage(day, filter);
      }
    } else {
      chainStart = restart(day, key, before.pagesStored() > 0);
      page = source.firstPage(day, filter);
    }
    while (!page.endsChain()) {
      store.storePage(day, key, page, DayStatus.IN_PROGRESS, null, clock.instant());
      stored(day, key);
      try {
        page = source.nextPage(page.continuationToken());
      } catch (ContinuationRejectedException e) {
        if (restarted) {
          throw e;
        }
        // a token that just came from the service was refused: start over once, dedup keeps it
        // exact
        log.info("{}: a fresh continuation token was refused, restarting the day", day);
        restarted = true;
        chainStart = restart(day, key, true);
        page = source.firstPage(day, filter);
      }
    }
    Instant now = clock.instant();
    if (horizon.partlyBeyond(day, now)) {
      store.storePage(
          day,
          key,
          page,
          DayStatus.INCOMPLETE,
          "partly beyond the "
              + horizon.retention().toDays()
              + "-day retention: its oldest events are no longer served",
          now);
    } else if (!horizon.settled(day, chainStart)) {
      store.storePage(
          day,
          key,
          page,
          DayStatus.PROVISIONAL,
          "fetched less than "
              + horizon.settle().toHours()
              + " h after the day ended; late events may still arrive, --incremental fetches it"
              + " again",
          now);
    } else {
      store.storePage(day, key, page, DayStatus.COMPLETE, null, now);
    }
  }

  private void stored(LocalDate day, String key) {
    DayProgress now = progress(day, key);
    progress.accept(
        day
            + ": page "
            + now.pagesStored()
            + " stored, "
            + now.eventsStored()
            + " event(s) so far");
  }

  private Instant restart(LocalDate day, String key, boolean again) {
    Instant start = clock.instant();
    store.startChain(day, key, start, again);
    return start;
  }

  private DayProgress progress(LocalDate day, String key) {
    return store.progress(day, key).orElseThrow();
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
