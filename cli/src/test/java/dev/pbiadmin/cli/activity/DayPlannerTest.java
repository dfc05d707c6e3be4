package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayPlannerTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private final DayPlanner planner = new DayPlanner(ActivityHorizon.POWER_BI);

  private DayPlan explicit(String from, String to, Set<LocalDate> complete) {
    return planner.plan(
        date(from), date(to), false, NOW, Optional.empty(), List.of(), complete::contains);
  }

  private DayPlan incremental(String lastComplete, List<LocalDate> unfinished) {
    return planner.plan(
        null, null, true, NOW, Optional.ofNullable(date(lastComplete)), unfinished, d -> false);
  }

  @Test
  void plan_noOptions_fetchesEveryFullyRetainedDayUpToYesterday() {
    DayPlan plan = explicit(null, null, Set.of());

    assertThat(plan.fetch()).first().isEqualTo(date("2026-10-29"));
    assertThat(plan.fetch()).last().isEqualTo(date("2026-11-26"));
    assertThat(plan.fetch()).hasSize(29);
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void plan_toInTheFuture_isRejected() {
    assertThatThrownBy(() -> explicit("2026-11-20", "2026-11-28", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in the future");
  }

  @Test
  void plan_fromAfterTo_isRejected() {
    assertThatThrownBy(() -> explicit("2026-11-25", "2026-11-20", Set.of()))
        .hasMessageContaining("after --to");
  }

  @Test
  void plan_todayAsTo_isAllowed() {
    assertThat(explicit("2026-11-27", "2026-11-27", Set.of()).fetch())
        .containsExactly(date("2026-11-27"));
  }

  @Test
  void plan_completeDays_areSkipped() {
    DayPlan plan = explicit("2026-11-20", "2026-11-22", Set.of(date("2026-11-21")));

    assertThat(plan.fetch()).containsExactly(date("2026-11-20"), date("2026-11-22"));
    assertThat(plan.alreadyComplete()).containsExactly(date("2026-11-21"));
  }

  @Test
  void plan_daysBeyondRetention_areListedAndWarned() {
    // now - 30 days = 2026-10-28T10:00Z: 10-27 is gone, 10-28 partly, 10-29 fully retained
    DayPlan plan = explicit("2026-10-26", "2026-10-29", Set.of());

    assertThat(plan.beyondRetention()).containsExactly(date("2026-10-26"), date("2026-10-27"));
    assertThat(plan.fetch()).containsExactly(date("2026-10-28"), date("2026-10-29"));
    assertThat(plan.warnings()).hasSize(2);
    assertThat(plan.warnings().get(0)).contains("2026-10-26 to 2026-10-27", "retention");
    assertThat(plan.warnings().get(1)).contains("2026-10-28", "partly");
  }

  @Test
  void plan_retentionBoundaryAtMidnight_keepsThatDayWhole() {
    Instant midnight = Instant.parse("2026-11-27T00:00:00Z");
    DayPlan plan =
        planner.plan(
            date("2026-10-28"),
            date("2026-10-28"),
            false,
            midnight,
            Optional.empty(),
            List.of(),
            d -> false);

    assertThat(plan.fetch()).containsExactly(date("2026-10-28"));
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void plan_justBeforeUtcMidnight_yesterdayIsStillTheDayBefore() {
    Instant late = Instant.parse("2026-11-27T23:59:59.999Z");
    DayPlan plan = planner.plan(null, null, false, late, Optional.empty(), List.of(), d -> false);

    assertThat(plan.fetch()).last().isEqualTo(date("2026-11-26"));
  }

  @Test
  void plan_incremental_startsTheDayAfterTheLastCompleteDay() {
    DayPlan plan = incremental("2026-11-23", List.of());

    assertThat(plan.fetch())
        .containsExactly(date("2026-11-24"), date("2026-11-25"), date("2026-11-26"));
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void plan_incrementalWithNothingStored_startsAtTheOldestRetainedDay() {
    assertThat(incremental(null, List.of()).fetch()).first().isEqualTo(date("2026-10-29"));
  }

  @Test
  void plan_incrementalAfterALongPause_warnsAboutTheLostDays() {
    DayPlan plan = incremental("2026-10-20", List.of());

    assertThat(plan.fetch()).first().isEqualTo(date("2026-10-29"));
    assertThat(plan.warnings())
        .singleElement()
        .asString()
        .contains("2026-10-21 to 2026-10-28", "can no longer be fetched");
  }

  @Test
  void plan_incremental_alsoRetriesEarlierUnfinishedDaysStillRetained() {
    DayPlan plan =
        incremental(
            "2026-11-25", List.of(date("2026-10-01"), date("2026-11-10"), date("2026-11-26")));

    assertThat(plan.fetch()).containsExactly(date("2026-11-10"), date("2026-11-26"));
  }

  private static LocalDate date(String value) {
    return value == null ? null : LocalDate.parse(value);
  }
}
