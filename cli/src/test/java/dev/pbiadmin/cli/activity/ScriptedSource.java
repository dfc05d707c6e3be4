package dev.pbiadmin.cli.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory stand-in for the service in unit tests: each day is a fixed list of pages of events;
 * tokens name the next page. Faults are scripted per token.
 */
final class ScriptedSource implements ActivityEventSource {
  private final Map<LocalDate, List<List<String>>> days = new HashMap<>();
  private final Map<String, RuntimeException> failOnce = new HashMap<>();
  private final Map<String, Integer> rejected = new HashMap<>();
  private boolean lastResultSetOnFinalPage = true;
  final List<String> calls = new ArrayList<>();

  /** A day of {@code pages} pages with {@code perPage} events each, ids unique per day. */
  ScriptedSource day(LocalDate day, int pages, int perPage) {
    List<List<String>> content = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      List<String> events = new ArrayList<>();
      for (int e = 0; e < perPage; e++) {
        events.add(event(day + "-" + p + "-" + e, day + "T0" + (p % 10) + ":00:0" + (e % 10)));
      }
      content.add(events);
    }
    days.put(day, content);
    return this;
  }

  ScriptedSource page(LocalDate day, List<String> events) {
    days.computeIfAbsent(day, d -> new ArrayList<>()).add(events);
    return this;
  }

  /** Mimics Microsoft's own example: the final page says lastResultSet false, token null. */
  ScriptedSource finalPageLastResultSetFalse() {
    lastResultSetOnFinalPage = false;
    return this;
  }

  ScriptedSource failOnce(LocalDate day, int page, RuntimeException fault) {
    failOnce.put(token(day, page), fault);
    return this;
  }

  /** The token of that page is refused the next {@code times} times it is presented. */
  ScriptedSource rejectToken(LocalDate day, int page, int times) {
    rejected.put(token(day, page), times);
    return this;
  }

  static String event(String id, String creationTime) {
    return "{\"Id\":\""
        + id
        + "\",\"CreationTime\":\""
        + creationTime
        + "\",\"Activity\":\"ViewReport\",\"Operation\":\"ViewReport\",\"UserId\":\"u@contoso.com\","
        + "\"WorkSpaceName\":\"Sales\",\"IsSuccess\":true,\"RecordType\":20}";
  }

  static String token(LocalDate day, int page) {
    return day + "/" + page;
  }

  @Override
  public ActivityEventPage firstPage(LocalDate day, ActivityFilter filter) {
    calls.add("first " + day);
    return page(day, 0);
  }

  @Override
  public ActivityEventPage nextPage(String continuationToken) {
    calls.add("next " + continuationToken);
    if (rejected.getOrDefault(continuationToken, 0) > 0) {
      rejected.merge(continuationToken, -1, Integer::sum);
      throw new ContinuationRejectedException("token refused", null);
    }
    RuntimeException fault = failOnce.remove(continuationToken);
    if (fault != null) {
      throw fault;
    }
    String[] parts = continuationToken.split("/");
    return page(LocalDate.parse(parts[0]), Integer.parseInt(parts[1]));
  }

  private ActivityEventPage page(LocalDate day, int index) {
    List<List<String>> pages = days.getOrDefault(day, List.of(List.of()));
    List<String> events = pages.get(index);
    boolean last = index == pages.size() - 1;
    return new ActivityEventPage(
        "[" + String.join(",", events) + "]",
        events.size(),
        last ? null : token(day, index + 1),
        last ? lastResultSetOnFinalPage : false);
  }
}
