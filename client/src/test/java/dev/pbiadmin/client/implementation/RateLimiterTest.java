package dev.pbiadmin.client.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.RateBudgets.Limit;
import dev.pbiadmin.client.TestTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void acquire_groupsBudget_neverMoreThan15PerMinuteOr50PerHour() throws Exception {
    TestTime time = new TestTime();
    RateLimiter limiter = new RateLimiter(RateBudgets.documented(), time, time);
    List<Instant> sends = new ArrayList<>();

    for (int i = 0; i < 120; i++) {
      limiter.acquire("Groups_GetGroupsAsAdmin");
      sends.add(time.instant());
    }

    assertThat(maxInWindow(sends, Duration.ofMinutes(1))).isEqualTo(15);
    assertThat(maxInWindow(sends, Duration.ofHours(1))).isEqualTo(50);
    // the 101st call goes exactly when the 51st leaves the hour window, which is two hours in
    assertThat(Duration.between(sends.get(0), sends.get(100))).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void acquire_budgetsOff_neverWaits() throws Exception {
    TestTime time = new TestTime();
    RateLimiter limiter = new RateLimiter(RateBudgets.off(), time, time);
    for (int i = 0; i < 1000; i++) {
      limiter.acquire("Groups_GetGroupsAsAdmin");
    }
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void acquire_timeScaled_windowsShrink() throws Exception {
    TestTime time = new TestTime();
    RateLimiter limiter = new RateLimiter(RateBudgets.documented().timeScale(60), time, time);
    List<Instant> sends = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      limiter.acquire("WorkspaceInfo_GetModifiedWorkspaces");
      sends.add(time.instant());
    }
    // 30 per hour becomes 30 per real minute
    assertThat(Duration.between(sends.get(0), sends.get(30))).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void acquire_customLimit_replacesDocumented() throws Exception {
    TestTime time = new TestTime();
    RateLimiter limiter = appsLimitedTo(2, time);
    for (int i = 0; i < 3; i++) {
      limiter.acquire("Apps_GetAppsAsAdmin");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void acquire_afterServiceThrottled_waitsUntilRetryAfter() throws Exception {
    TestTime time = new TestTime();
    RateLimiter limiter = new RateLimiter(RateBudgets.off(), time, time);
    limiter.blockUntil("Admin_GetActivityEvents", time.instant().plusSeconds(42));
    limiter.acquire("Admin_GetActivityEvents");
    limiter.acquire("Admin_GetCapacitiesAsAdmin");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(42));
  }

  @Test
  void refused_sendLeavesTheLog_soItHoldsNoLaterCallBack() throws Exception {
    TestTime time = new TestTime();
    RateLimiter limiter = appsLimitedTo(2, time);
    limiter.answered(limiter.acquire("Apps_GetAppsAsAdmin"));
    // the service answered 429: the send did not count there, so it must not count here
    limiter.refused(limiter.acquire("Apps_GetAppsAsAdmin"));
    limiter.answered(limiter.acquire("Apps_GetAppsAsAdmin"));
    assertThat(time.sleeps()).isEmpty();

    limiter.acquire("Apps_GetAppsAsAdmin");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void answered_sendCountsFromItsAnswer_notBeforeTheServiceCountedIt() throws Exception {
    TestTime time = new TestTime();
    RateLimiter limiter = appsLimitedTo(1, time);
    RateLimiter.Permit first = limiter.acquire("Apps_GetAppsAsAdmin");
    // the answer comes 3 s after the send; the service stamped the request somewhere in between
    time.advance(Duration.ofSeconds(3));
    limiter.answered(first);

    limiter.acquire("Apps_GetAppsAsAdmin");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10));
  }

  /** GetAppsAsAdmin held to {@code requests} per 10 s instead of its documented budget. */
  private static RateLimiter appsLimitedTo(int requests, TestTime time) {
    RateBudgets budgets =
        RateBudgets.documented()
            .with("Apps_GetAppsAsAdmin", List.of(new Limit(requests, Duration.ofSeconds(10))));
    return new RateLimiter(budgets, time, time);
  }

  private static int maxInWindow(List<Instant> sends, Duration window) {
    int max = 0;
    for (int i = 0; i < sends.size(); i++) {
      int n = 0;
      for (int j = i; j < sends.size() && sends.get(j).isBefore(sends.get(i).plus(window)); j++) {
        n++;
      }
      max = Math.max(max, n);
    }
    return max;
  }
}
