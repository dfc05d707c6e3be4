package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScanTimesTest {
  private static final Duration INITIAL = Duration.ofSeconds(10);
  private static final Duration STEP = Duration.ofSeconds(1);

  @Test
  void firstPoll_noScanEndedYet_isTheInitialWait() {
    ScanTimes times = new ScanTimes();

    assertThat(times.learned()).isFalse();
    assertThat(times.firstPoll(INITIAL, STEP)).isEqualTo(INITIAL);
  }

  @Test
  void firstPoll_afterScansEnded_comesJustBeforeTheShortest() {
    ScanTimes times = new ScanTimes();
    times.ended(at(0), at(0), at(Duration.ofSeconds(64).toNanos()));
    times.ended(at(0), at(0), at(Duration.ofSeconds(57).toNanos()));
    times.ended(at(0), at(0), at(Duration.ofSeconds(60).toNanos()));

    assertThat(times.learned()).isTrue();
    assertThat(times.firstPoll(INITIAL, STEP))
        .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(57).minusMillis(1));
  }

  @Test
  void firstPoll_oneFastOutlierAmongMany_followsTheTypicalScan() {
    ScanTimes times = new ScanTimes();
    times.ended(at(0), at(0), at(Duration.ofSeconds(5).toNanos()));
    for (int i = 0; i < 30; i++) {
      times.ended(at(0), at(0), at(Duration.ofSeconds(57 + i % 4).toNanos()));
    }

    assertThat(times.firstPoll(INITIAL, STEP))
        .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(57).minusMillis(1));
  }

  @Test
  void firstPoll_afterALateNotice_aimsAtTheMiddleOfWhatThePollsLeftOpen() {
    ScanTimes times = new ScanTimes();
    // seen running at 30 s, seen ended at 70 s: it ended somewhere in between
    times.ended(at(0), at(Duration.ofSeconds(30).toNanos()), at(Duration.ofSeconds(70).toNanos()));

    assertThat(times.firstPoll(INITIAL, STEP))
        .isBetween(Duration.ofSeconds(48), Duration.ofSeconds(50));
  }

  @Test
  void firstPoll_onceEndsAreMeasured_leavesTheFirstWavesGuessesOut() {
    ScanTimes times = new ScanTimes();
    for (int i = 0; i < 16; i++) {
      // blind first wave: running at 30 s, ended by 70 s, so a guess of 50 s
      times.ended(
          at(0), at(Duration.ofSeconds(30).toNanos()), at(Duration.ofSeconds(70).toNanos()));
    }
    for (int i = 0; i < 16; i++) {
      // the next wave, polled in short steps: ended between 56.6 and 58.1 s
      times.ended(
          at(0), at(Duration.ofMillis(56_600).toNanos()), at(Duration.ofMillis(58_100).toNanos()));
    }

    assertThat(times.firstPoll(INITIAL, STEP))
        .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(57));
  }

  @Test
  void firstPoll_shortestBelowOneStep_waitsAtLeastOneStep() {
    ScanTimes times = new ScanTimes();
    times.ended(at(1_000), at(1_000), at(1_500));

    assertThat(times.firstPoll(INITIAL, STEP)).isEqualTo(STEP);
  }

  @Test
  void ended_clockNotAdvanced_isIgnored() {
    ScanTimes times = new ScanTimes();
    times.ended(at(5), at(5), at(5));

    assertThat(times.learned()).isFalse();
  }

  private static Instant at(long nanos) {
    return Instant.EPOCH.plusNanos(nanos);
  }
}
