package dev.pbiadmin.cli.activity;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The run's plan and progress in calls: the plan line (unless {@code --quiet}) and, on a terminal,
 * one self-overwriting line with days done, calls made and the ETA against the call budget. The ETA
 * assumes the remaining days cost what the days done so far cost on average (at least 24 calls):
 * when the budget is the bottleneck, the run ends when the budget lets the last call out.
 */
final class RunProgress {
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal;
  private final CallBudget budget;
  private final Clock clock;
  private int days;
  private int daysDone;
  private long calls;
  private long callsOfDoneDays;
  private long callsBeforeThisDay;
  private Instant firstCall;
  private boolean shown;

  /**
   * @param budget the client's budget for the calls, or null when it has none
   */
  RunProgress(PrintWriter err, boolean quiet, boolean terminal, CallBudget budget, Clock clock) {
    this.err = err;
    this.quiet = quiet;
    this.terminal = terminal && !quiet;
    this.budget = budget;
    this.clock = clock;
  }

  void plan(int daysToFetch) {
    this.days = daysToFetch;
    if (quiet || daysToFetch == 0) {
      return;
    }
    long least = CallBudget.minimumCalls(daysToFetch);
    String line =
        "plan: "
            + daysToFetch
            + " day(s) to fetch, at least "
            + least
            + " GetActivityEvents call(s) (the service pages a day by the hour)";
    if (budget != null) {
      line +=
          "; at "
              + budget.requests()
              + " per "
              + CallBudget.human(budget.window())
              + " that is at least "
              + CallBudget.human(budget.floor(least));
    }
    err.println(line);
    err.flush();
  }

  /** One call to the service is about to go out. */
  void call() {
    if (firstCall == null) {
      firstCall = clock.instant();
    }
    calls++;
    show();
  }

  void dayStarted(LocalDate day) {
    callsBeforeThisDay = calls;
  }

  void dayDone() {
    daysDone++;
    callsOfDoneDays += calls - callsBeforeThisDay;
    callsBeforeThisDay = calls;
    show();
  }

  long calls() {
    return calls;
  }

  /** The line, as the terminal shows it. */
  String line() {
    String line = "activity: " + daysDone + "/" + days + " day(s) done, " + calls + " call(s) made";
    Duration eta = eta();
    return eta == null
        ? line
        : line
            + ", ETA "
            + CallBudget.human(eta)
            + " at "
            + budget.requests()
            + " calls per "
            + CallBudget.human(budget.window());
  }

  /** Time left until the budget lets the last expected call out, or null without a budget. */
  Duration eta() {
    if (budget == null || firstCall == null) {
      return null;
    }
    long perDay =
        Math.max(CallBudget.MIN_CALLS_PER_DAY, daysDone == 0 ? 0 : callsOfDoneDays / daysDone);
    long remainingDays = Math.max(0, days - daysDone);
    long expected = calls + Math.max(0, remainingDays * perDay - (calls - callsBeforeThisDay));
    Duration left = Duration.between(clock.instant(), firstCall.plus(budget.floor(expected)));
    return left.isNegative() ? Duration.ZERO : left;
  }

  void close() {
    if (shown) {
      err.print("\r\033[2K");
      err.flush();
    }
  }

  private void show() {
    if (terminal) {
      err.print("\r\033[2K" + line());
      err.flush();
      shown = true;
    }
  }
}
