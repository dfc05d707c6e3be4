package dev.pbiadmin.cli.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Turns {@code --from/--to/--incremental} and the store's progress into the days to pull. */
final class DayPlanner {
  private final ActivityHorizon horizon;

  DayPlanner(ActivityHorizon horizon) {
    this.horizon = horizon;
  }

  /**
   * @param from first requested day, or null (explicit range: the oldest retained day)
   * @param to last requested day, or null (yesterday, UTC)
   * @param lastComplete the newest complete day in the store
   * @param unfinished days recorded in the store but not complete
   * @param complete whether a day is complete in the store
   * @throws IllegalArgumentException when the range is empty or in the future
   */
  DayPlan plan(
      LocalDate from,
      LocalDate to,
      boolean incremental,
      Instant now,
      Optional<LocalDate> lastComplete,
      List<LocalDate> unfinished,
      Predicate<LocalDate> complete) {
    LocalDate today = ActivityHorizon.today(now);
    LocalDate end = to != null ? to : today.minusDays(1);
    if (end.isAfter(today)) {
      throw new IllegalArgumentException(
          "--to "
              + end
              + " is in the future: the last day that has events is today, "
              + today
              + " (UTC)");
    }
    LocalDate retained = horizon.firstFullyRetained(now);
    return incremental
        ? incremental(from, end, retained, lastComplete, unfinished, complete)
        : explicit(from, end, retained, now, complete);
  }

  private DayPlan explicit(
      LocalDate from,
      LocalDate end,
      LocalDate retained,
      Instant now,
      Predicate<LocalDate> complete) {
    LocalDate start = from != null ? from : (retained.isAfter(end) ? end : retained);
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("--from " + start + " is after --to " + end);
    }
    List<LocalDate> fetch = new ArrayList<>();
    List<LocalDate> done = new ArrayList<>();
    List<LocalDate> lost = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      if (complete.test(day)) {
        done.add(day);
      } else if (horizon.fullyBeyond(day, now)) {
        lost.add(day);
      } else {
        fetch.add(day);
      }
    }
    if (!lost.isEmpty()) {
      warnings.add(beyondRetention(lost.get(0), lost.get(lost.size() - 1)));
    }
    if (!fetch.isEmpty() && horizon.partlyBeyond(fetch.get(0), now)) {
      warnings.add(
          fetch.get(0)
              + " is partly beyond the retention of "
              + horizon.retention().toDays()
              + " days: its oldest events are gone, so it will be reported incomplete");
    }
    return new DayPlan(fetch, done, lost, warnings);
  }

  private DayPlan incremental(
      LocalDate from,
      LocalDate end,
      LocalDate retained,
      Optional<LocalDate> lastComplete,
      List<LocalDate> unfinished,
      Predicate<LocalDate> complete) {
    LocalDate start = lastComplete.map(d -> d.plusDays(1)).orElse(from != null ? from : retained);
    List<String> warnings = new ArrayList<>();
    if (start.isBefore(retained)) {
      warnings.add(beyondRetention(start, retained.minusDays(1)));
      start = retained;
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      days.add(day);
    }
    // earlier days a previous run left provisional or incomplete are still worth completing
    for (LocalDate day : unfinished) {
      if (!day.isBefore(retained) && !day.isAfter(end)) {
        days.add(day);
      }
    }
    days.removeIf(complete);
    return new DayPlan(new ArrayList<>(days), List.of(), List.of(), warnings);
  }

  private String beyondRetention(LocalDate first, LocalDate last) {
    String range = first.equals(last) ? first.toString() : first + " to " + last;
    return "activity for "
        + range
        + " is beyond the service's retention of "
        + horizon.retention().toDays()
        + " days and can no longer be fetched: the log has a gap there";
  }
}
