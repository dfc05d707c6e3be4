package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

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

class ActivityPullerTest {
  private static final LocalDate DAY = LocalDate.parse("2026-11-20");
  private static final Clock SETTLED =
      Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private ActivityStore store;
  private final ScriptedSource source = new ScriptedSource();

  @BeforeEach
  void open() {
    store = ActivityStore.open(dir.resolve("inventory.duckdb"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private DayOutcome pull(Clock clock) {
    return new ActivityPuller(source, store, ActivityHorizon.POWER_BI, clock)
        .pull(DAY, ActivityFilter.NONE);
  }

  @Test
  void pull_multiPageDay_storesEveryPageAndCompletes() {
    source.day(DAY, 4, 25);

    DayOutcome outcome = pull(SETTLED);

    assertThat(outcome.status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(outcome.pagesStored()).isEqualTo(4);
    assertThat(outcome.eventsStored()).isEqualTo(100);
    assertThat(store.countEvents(DAY)).isEqualTo(100);
    assertThat(source.calls)
        .containsExactly(
            "first " + DAY, "next " + DAY + "/1", "next " + DAY + "/2", "next " + DAY + "/3");
  }

  @Test
  void pull_dayWithoutEvents_isCompleteWithZeroEvents() {
    DayOutcome outcome = pull(SETTLED);

    assertThat(outcome.status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(outcome.pagesStored()).isEqualTo(1);
    assertThat(outcome.eventsStored()).isZero();
  }

  @Test
  void pull_finalPageWithNullTokenButLastResultSetFalse_endsTheChain() {
    source.day(DAY, 2, 3).finalPageLastResultSetFalse();

    assertThat(pull(SETTLED).status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(source.calls).hasSize(2);
  }

  @Test
  void pull_lastResultSetTrueWithAToken_followsTheTokenAndStoresTheLastPagesEvents() {
    new ActivityPuller(
            new ActivityEventSource() {
              @Override
              public ActivityEventPage firstPage(LocalDate day, ActivityFilter filter) {
                return new ActivityEventPage("[{\"Id\":\"a\"}]", 1, "more", true);
              }

              @Override
              public ActivityEventPage nextPage(String token) {
                assertThat(token).isEqualTo("more");
                return new ActivityEventPage("[{\"Id\":\"b\"},{\"Id\":\"c\"}]", 2, null, false);
              }
            },
            store,
            ActivityHorizon.POWER_BI,
            SETTLED)
        .pull(DAY, ActivityFilter.NONE);

    DayProgress progress = store.progress(DAY, "").orElseThrow();
    assertThat(progress.status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(progress.pagesStored()).isEqualTo(2);
    assertThat(store.countEvents(DAY)).isEqualTo(3);
  }

  @Test
  void pull_faultMidChain_isIncompleteThenResumesFromTheStoredToken() {
    source.day(DAY, 5, 10).failOnce(DAY, 3, new IllegalStateException("503 Service Unavailable"));

    DayOutcome failed = pull(SETTLED);

    assertThat(failed.status()).isEqualTo(DayStatus.INCOMPLETE);
    assertThat(failed.failed()).isTrue();
    assertThat(failed.reason()).contains("3 stored page(s)", "503");
    assertThat(store.countEvents(DAY)).isEqualTo(30);

    source.calls.clear();
    DayOutcome resumed = pull(SETTLED);

    assertThat(resumed.status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(source.calls).containsExactly("next " + DAY + "/3", "next " + DAY + "/4");
    assertThat(store.countEvents(DAY)).isEqualTo(50);
    assertThat(resumed.eventsStored()).isEqualTo(50);
    assertThat(resumed.pagesStored()).isEqualTo(5);
  }

  @Test
  void pull_storedTokenRefused_restartsTheDayAndStoresEachEventOnce() {
    source.day(DAY, 4, 10).failOnce(DAY, 2, new IllegalStateException("timeout"));
    pull(SETTLED);
    source.rejectToken(DAY, 2, 1);

    DayOutcome outcome = pull(SETTLED);

    assertThat(outcome.status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(store.countEvents(DAY)).isEqualTo(40);
    assertThat(outcome.eventsStored()).isEqualTo(40);
    assertThat(store.progress(DAY, "").orElseThrow().restarts()).isEqualTo(1);
  }

  @Test
  void pull_freshTokenRefusedTwice_givesUpAsIncomplete() {
    source.day(DAY, 3, 1).rejectToken(DAY, 1, 2);

    DayOutcome outcome = pull(SETTLED);

    assertThat(outcome.status()).isEqualTo(DayStatus.INCOMPLETE);
    assertThat(outcome.reason()).contains("token refused");
  }

  @Test
  void pull_beforeTheDaySettled_isProvisionalAndFetchedAgainLater() {
    source.day(DAY, 2, 5);
    Clock nextMorning = Clock.fixed(Instant.parse("2026-11-21T06:00:00Z"), ZoneOffset.UTC);

    DayOutcome early = pull(nextMorning);
    source.page(DAY, List.of(ScriptedSource.event("late", "2026-11-20T23:59:00")));
    source.calls.clear();
    DayOutcome later = pull(SETTLED);

    assertThat(early.status()).isEqualTo(DayStatus.PROVISIONAL);
    assertThat(early.reason()).contains("24 h");
    assertThat(later.status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(source.calls).first().isEqualTo("first " + DAY);
    assertThat(store.countEvents(DAY)).isEqualTo(11);
  }

  @Test
  void pull_dayPartlyBeyondRetention_isIncompleteEvenThoughTheChainEnded() {
    source.day(DAY, 1, 5);
    Clock monthLater = Clock.fixed(Instant.parse("2026-12-20T12:00:00Z"), ZoneOffset.UTC);

    DayOutcome outcome = pull(monthLater);

    assertThat(outcome.status()).isEqualTo(DayStatus.INCOMPLETE);
    assertThat(outcome.failed()).isFalse();
    assertThat(outcome.reason()).contains("retention");
  }

  @Test
  void pull_completeDay_isNotFetchedAgain() {
    source.day(DAY, 2, 5);
    pull(SETTLED);
    source.calls.clear();

    assertThat(pull(SETTLED).status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(source.calls).isEmpty();
  }

  @Test
  void pull_pageWithAnEventWithoutId_leavesTheDayIncompleteAtTheLastGoodPage() {
    source
        .page(DAY, List.of(ScriptedSource.event("a", "2026-11-20T01:00:00")))
        .page(DAY, List.of("{\"CreationTime\":\"2026-11-20T02:00:00\"}"));

    DayOutcome outcome = pull(SETTLED);

    assertThat(outcome.status()).isEqualTo(DayStatus.INCOMPLETE);
    assertThat(outcome.reason()).contains("1 stored page(s)", "DuckDB");
    assertThat(store.countEvents(DAY)).isEqualTo(1);
  }
}
