package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.content.ActivityEvent;
import dev.pbiadmin.emulator.content.ActivityLog;
import dev.pbiadmin.emulator.content.ContentGenerator;
import dev.pbiadmin.emulator.content.DayEvents;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.odata.ActivityFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityPagerTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
  private static final TenantContent TENANT =
      new TenantContent(
          ContentGenerator.generate(
              new ContentGenerator.Options(
                  30,
                  7,
                  NOW,
                  "contoso.com",
                  List.of(Principal.app("11111111-2222-3333-4444-555555555555", "demo")))));
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static DayEvents day(int perDay) {
    return new ActivityLog(TENANT, 42, perDay, Clock.fixed(NOW, ZoneOffset.UTC), "tenant-id")
        .eventsOn(DAY);
  }

  /**
   * Every page of the whole day, each continuation passed through its encoded form as a client
   * would.
   */
  private static List<ActivityPager.Page> chain(DayEvents day, int pageSize) {
    Instant start = DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    ActivityToken at =
        ActivityPager.first(day, start, start.plus(1, ChronoUnit.DAYS).minusMillis(1), "");
    List<ActivityPager.Page> pages = new ArrayList<>();
    while (at != null && pages.size() < 10_000) {
      ActivityPager.Page page = ActivityPager.page(day, at, ActivityFilter.parse(""), pageSize);
      pages.add(page);
      at =
          page.next() == null
              ? null
              : ActivityToken.decode(page.next().encodeForResponse(KEY), KEY);
    }
    return pages;
  }

  private static Set<Integer> hours(ActivityPager.Page page) {
    Set<Integer> hours = new HashSet<>();
    page.events().forEach(e -> hours.add(e.creationTime().atZone(ZoneOffset.UTC).getHour()));
    return hours;
  }

  @Test
  void page_quietDay_oneEmptyPageWithContinuationPerEventlessHour_andTheDayExactlyOnce() {
    DayEvents day = day(10);

    List<ActivityPager.Page> pages = chain(day, 5_000);

    assertThat(pages).hasSize(24);
    assertThat(pages.stream().filter(p -> p.events().isEmpty()).count()).isGreaterThanOrEqualTo(14);
    assertThat(pages.subList(0, 23)).allSatisfy(p -> assertThat(p.next()).isNotNull());
    assertThat(pages.get(23).next()).isNull();
    Set<String> ids = new HashSet<>();
    pages.forEach(p -> p.events().forEach(e -> assertThat(ids.add(e.id())).isTrue()));
    assertThat(ids).hasSize(10);
  }

  @Test
  void page_eachPageHoldsOneHourAtMost_busyHoursTakeSeveralPages() {
    DayEvents day = day(20_000);

    List<ActivityPager.Page> pages = chain(day, 500);

    assertThat(pages)
        .allSatisfy(
            p -> {
              assertThat(p.events()).hasSizeLessThanOrEqualTo(500);
              assertThat(hours(p)).hasSizeLessThanOrEqualTo(1);
            });
    // the 09:00 hour holds about 12/165 of the day: 1,450 events, three pages or more
    assertThat(pages.stream().filter(p -> hours(p).equals(Set.of(9))).count())
        .isGreaterThanOrEqualTo(3);
    assertThat(pages.size()).isGreaterThan(24 + 20_000 / 500 - 24);
    Set<String> ids = new HashSet<>();
    pages.forEach(p -> p.events().forEach(e -> assertThat(ids.add(e.id())).isTrue()));
    assertThat(ids).hasSize(20_000);
  }

  @Test
  void page_lastPage_carriesTheLastHoursEventsAndNoContinuation() {
    DayEvents day = day(20_000);

    List<ActivityPager.Page> pages = chain(day, 5_000);

    ActivityPager.Page last = pages.get(pages.size() - 1);
    assertThat(last.next()).isNull();
    assertThat(last.events()).isNotEmpty();
    assertThat(hours(last)).containsExactly(23);
    assertThat(pages.subList(0, pages.size() - 1))
        .allSatisfy(p -> assertThat(p.next()).isNotNull());
  }

  @Test
  void page_windowInsideAnHour_isOneSliceEndingAtTheWindowEnd() {
    DayEvents day = day(20_000);
    Instant start = Instant.parse("2026-11-26T09:10:00Z");
    Instant end = Instant.parse("2026-11-26T09:20:00Z");

    ActivityPager.Page page =
        ActivityPager.page(
            day, ActivityPager.first(day, start, end, ""), ActivityFilter.parse(""), 5_000);

    assertThat(page.next()).isNull();
    List<Instant> times = page.events().stream().map(ActivityEvent::creationTime).toList();
    assertThat(times).isNotEmpty().allSatisfy(t -> assertThat(t).isBetween(start, end));
    assertThat(times).hasSize(day.firstAtOrAfter(end.plusMillis(1)) - day.firstAtOrAfter(start));
  }

  @Test
  void page_filteredToNothing_stillWalksEveryHourToTheEnd() {
    DayEvents day = day(2_000);
    Instant start = DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    ActivityToken at =
        ActivityPager.first(
            day, start, start.plus(1, ChronoUnit.DAYS).minusMillis(1), "Activity eq 'Nothing'");
    int pages = 0;
    while (at != null) {
      ActivityPager.Page page = ActivityPager.page(day, at, ActivityFilter.parse(at.filter()), 100);
      assertThat(page.events()).isEmpty();
      at = page.next();
      pages++;
    }
    assertThat(pages).isEqualTo(24);
  }
}
