package dev.pbiadmin.cli.activity;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One {@code pbiadmin activity} run: plan the days, pull them in order, export, summarise. */
final class ActivityRun {
  private final ActivityStore store;
  private final ActivityPuller puller;
  private final DayPlanner planner;
  private final Clock clock;
  private final PrintWriter out;
  private final PrintWriter err;
  private final RunProgress progress;

  /**
   * @param terminal whether stderr is a terminal: then one progress line (days, calls, ETA)
   *     replaces the per-page lines, which scripts and logs get otherwise
   * @param budget the client's budget for GetActivityEvents, for the plan and the ETA; null if none
   */
  ActivityRun(
      ActivityEventSource source,
      ActivityStore store,
      ActivityHorizon horizon,
      Clock clock,
      PrintWriter out,
      PrintWriter err,
      boolean quiet,
      boolean terminal,
      CallBudget budget) {
    this.store = store;
    this.progress = new RunProgress(err, quiet, terminal, budget, clock);
    this.puller =
        new ActivityPuller(
            counted(source, progress),
            store,
            horizon,
            clock,
            quiet || terminal
                ? line -> {}
                : line -> {
                  err.println(line);
                  err.flush();
                });
    this.planner = new DayPlanner(horizon);
    this.clock = clock;
    this.out = out;
    this.err = err;
  }

  /** The days of this run and how each ended; every requested day not complete is listed. */
  List<DayOutcome> run(
      LocalDate from, LocalDate to, boolean incremental, ActivityFilter filter, Path parquet) {
    String key = filter.key();
    Instant now = clock.instant();
    DayPlan plan =
        planner.plan(
            from,
            to,
            incremental,
            now,
            store.lastCompleteDay(key),
            store.unfinishedDays(key),
            day ->
                store.progress(day, key).map(p -> p.status() == DayStatus.COMPLETE).orElse(false));
    plan.warnings().forEach(w -> err.println("warning: " + w));
    List<DayOutcome> outcomes = new ArrayList<>();
    for (LocalDate day : plan.beyondRetention()) {
      store.markIncomplete(
          day, key, "beyond the service's retention: no event is served any more", now);
      outcomes.add(DayOutcome.of(store.progress(day, key).orElseThrow()));
    }
    progress.plan(plan.fetch().size());
    DayOutcome failure = null;
    for (LocalDate day : plan.fetch()) {
      if (failure != null) {
        store.markIncomplete(
            day, key, "not attempted: " + failure.day() + " failed first", clock.instant());
        outcomes.add(DayOutcome.of(store.progress(day, key).orElseThrow()));
        continue;
      }
      progress.dayStarted(day);
      DayOutcome outcome = puller.pull(day, filter);
      progress.dayDone();
      outcomes.add(outcome);
      progress.close();
      print(outcome);
      if (outcome.failed()) {
        failure = outcome;
      }
    }
    progress.close();
    if (parquet != null) {
      export(parquet, plan, key);
    }
    summarise(plan, outcomes);
    return outcomes;
  }

  /** Counts every call that goes to the service, for the progress line and the summary. */
  private static ActivityEventSource counted(ActivityEventSource source, RunProgress progress) {
    return new ActivityEventSource() {
      @Override
      public ActivityEventPage firstPage(LocalDate day, ActivityFilter filter) {
        progress.call();
        return source.firstPage(day, filter);
      }

      @Override
      public ActivityEventPage nextPage(String continuationToken) {
        progress.call();
        return source.nextPage(continuationToken);
      }
    };
  }

  private void export(Path dir, DayPlan plan, String key) {
    List<LocalDate> days = new ArrayList<>(plan.alreadyComplete());
    for (LocalDate day : plan.fetch()) {
      store
          .progress(day, key)
          .filter(p -> p.status() == DayStatus.COMPLETE || p.status() == DayStatus.PROVISIONAL)
          .ifPresent(p -> days.add(day));
    }
    long written = new ParquetExporter(store.connection()).export(dir, days);
    out.printf(
        "parquet: %d event(s) of %d day(s) written to %s and read back%n",
        written, days.size(), dir);
  }

  private void print(DayOutcome o) {
    out.printf(
        "%s  %-11s %5d page(s) %10d new event(s)%s%n",
        o.day(),
        o.status().sql(),
        o.pagesStored(),
        o.eventsStored(),
        o.reason() == null ? "" : "  " + o.reason());
    out.flush();
  }

  private void summarise(DayPlan plan, List<DayOutcome> outcomes) {
    long incomplete = outcomes.stream().filter(o -> !o.ok()).count();
    out.printf(
        "%d day(s) pulled, %d already complete, %d incomplete (%d GetActivityEvents call(s))%n",
        plan.fetch().size(), plan.alreadyComplete().size(), incomplete, progress.calls());
    for (DayOutcome o : outcomes) {
      if (!o.ok()) {
        err.println("incomplete: " + o.day() + ": " + o.reason());
      }
    }
    out.flush();
    err.flush();
  }
}
