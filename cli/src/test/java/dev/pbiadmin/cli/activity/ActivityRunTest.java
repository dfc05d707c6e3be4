package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityRunTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate D20 = LocalDate.parse("2026-11-20");
  private static final LocalDate D21 = LocalDate.parse("2026-11-21");
  private static final LocalDate D22 = LocalDate.parse("2026-11-22");

  @TempDir Path dir;
  private ActivityStore store;
  private final ScriptedSource source = new ScriptedSource();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void open() {
    store = ActivityStore.open(dir.resolve("inventory.duckdb"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<DayOutcome> run(LocalDate from, LocalDate to, boolean incremental, Path parquet) {
    return new ActivityRun(
            source,
            store,
            ActivityHorizon.POWER_BI,
            NOW,
            new PrintWriter(out),
            new PrintWriter(err),
            false,
            false,
            null)
        .run(from, to, incremental, ActivityFilter.NONE, parquet);
  }

  @Test
  void run_failedDay_stopsAndLeavesLaterDaysIncompleteNotAttempted() {
    source
        .day(D20, 2, 3)
        .day(D21, 3, 3)
        .day(D22, 1, 3)
        .failOnce(D21, 1, new IllegalStateException("429 Too Many Requests after 5 retries"));

    List<DayOutcome> outcomes = run(D20, D22, false, null);

    assertThat(outcomes)
        .extracting(DayOutcome::status)
        .containsExactly(DayStatus.COMPLETE, DayStatus.INCOMPLETE, DayStatus.INCOMPLETE);
    assertThat(outcomes.get(2).reason()).contains("not attempted", "2026-11-21");
    assertThat(source.calls).doesNotContain("first " + D22);
    assertThat(err.toString()).contains("incomplete: 2026-11-21", "429");
  }

  @Test
  void run_incrementalAfterAFailure_resumesTheFailedDayAndPullsTheRest() {
    source
        .day(D20, 2, 3)
        .day(D21, 3, 3)
        .day(D22, 1, 3)
        .failOnce(D21, 2, new IllegalStateException("503"));
    run(D20, D22, false, null);
    source.calls.clear();

    List<DayOutcome> outcomes = run(null, D22, true, null);

    assertThat(outcomes).extracting(DayOutcome::day).containsExactly(D21, D22);
    assertThat(outcomes).extracting(DayOutcome::status).containsOnly(DayStatus.COMPLETE);
    assertThat(source.calls).startsWith("next " + D21 + "/2");
    assertThat(store.countEvents(D20) + store.countEvents(D21) + store.countEvents(D22))
        .isEqualTo(18);
  }

  @Test
  void run_daysBeyondRetention_areRecordedIncompleteWithoutARequest() {
    LocalDate old = LocalDate.parse("2026-10-01");

    List<DayOutcome> outcomes = run(old, old, false, null);

    assertThat(outcomes)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo(DayStatus.INCOMPLETE);
              assertThat(o.reason()).contains("retention");
            });
    assertThat(source.calls).isEmpty();
    assertThat(err.toString()).contains("warning:", "retention");
  }

  @Test
  void run_withParquet_exportsTheCompleteDaysAndSaysSo() {
    source.day(D20, 2, 3).day(D21, 1, 4);

    run(D20, D21, false, dir.resolve("pq"));

    assertThat(out.toString()).contains("parquet: 10 event(s) of 2 day(s)");
    assertThat(dir.resolve("pq").resolve("date=2026-11-21")).isDirectory();
  }
}
