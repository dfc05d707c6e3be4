package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.testing.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RunProgressTest {
  private static final CallBudget HOURLY_200 = new CallBudget(200, Duration.ofHours(1));

  @Test
  void floor_thirtyDaysAtTheLeast_isThreeWindowsAfterTheFirstCall() {
    long calls = CallBudget.minimumCalls(30);

    assertThat(calls).isEqualTo(720);
    assertThat(HOURLY_200.floor(calls)).isEqualTo(Duration.ofHours(3));
    assertThat(HOURLY_200.floor(200)).isZero();
    assertThat(HOURLY_200.floor(201)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void plan_thirtyDays_saysTheCallsAndTheTimeTheBudgetNeeds() {
    StringWriter err = new StringWriter();

    new RunProgress(new PrintWriter(err), false, false, HOURLY_200, Clock.systemUTC()).plan(30);

    assertThat(err.toString())
        .contains(
            "30 day(s)",
            "at least 720 GetActivityEvents call(s)",
            "at 200 per 1h 0m that is at least 3h 0m");
  }

  @Test
  void eta_afterOneBusyDay_expectsTheRestToCostAsMuch() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    RunProgress progress =
        new RunProgress(new PrintWriter(new StringWriter()), false, false, HOURLY_200, clock);
    progress.plan(10);
    progress.dayStarted(LocalDate.of(2026, 11, 1));
    for (int i = 0; i < 40; i++) {
      progress.call();
    }
    progress.dayDone();

    // 10 days of 40 calls: the 400th call goes out one window after the first
    assertThat(progress.eta()).isEqualTo(Duration.ofHours(1));
    clock.advance(Duration.ofMinutes(45));
    assertThat(progress.eta()).isEqualTo(Duration.ofMinutes(15));
    assertThat(progress.line())
        .isEqualTo(
            "activity: 1/10 day(s) done, 40 call(s) made, ETA 15m 0s at 200 calls per 1h 0m");
  }

  @Test
  void line_onATerminal_overwritesItself_andStaysSilentOtherwise() {
    StringWriter terminal = new StringWriter();
    StringWriter piped = new StringWriter();
    for (boolean isTerminal : new boolean[] {true, false}) {
      RunProgress p =
          new RunProgress(
              new PrintWriter(isTerminal ? terminal : piped),
              true,
              isTerminal,
              HOURLY_200,
              Clock.systemUTC());
      p.plan(2);
      p.call();
      p.close();
    }
    // --quiet wins even on a terminal
    assertThat(terminal.toString()).isEmpty();
    assertThat(piped.toString()).isEmpty();

    StringWriter shown = new StringWriter();
    RunProgress p =
        new RunProgress(new PrintWriter(shown), false, true, HOURLY_200, Clock.systemUTC());
    p.plan(2);
    p.call();
    assertThat(shown.toString())
        .contains("\r\033[2Kactivity: 0/2 day(s) done, 1 call(s) made, ETA ");
  }
}
