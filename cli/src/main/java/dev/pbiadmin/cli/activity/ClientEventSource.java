package dev.pbiadmin.cli.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.client.ActivityEventsRequest;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.models.ActivityEvent;
import dev.pbiadmin.client.models.ActivityEventsPage;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Pages from {@link PowerBiAdminClient}, which owns retries (429/5xx with {@code Retry-After}),
 * token refresh and the 200-requests-per-hour budget.
 */
final class ClientEventSource implements ActivityEventSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PowerBiAdminClient client;

  ClientEventSource(PowerBiAdminClient client) {
    this.client = client;
  }

  @Override
  public ActivityEventPage firstPage(LocalDate day, ActivityFilter filter) {
    return convert(client.getActivityEvents(ActivityEventsRequest.day(day, filter.odata())));
  }

  @Override
  public ActivityEventPage nextPage(String continuationToken) {
    try {
      return convert(client.getActivityEventsNext(continuationToken));
    } catch (PowerBiException e) {
      // the service answers an expired or unknown token with a client error, not a retryable one
      if (e.statusCode() == 400 || e.statusCode() == 404 || e.statusCode() == 410) {
        throw new ContinuationRejectedException(
            "the service refused the continuation token (HTTP " + e.statusCode() + ")", e);
      }
      throw e;
    }
  }

  static ActivityEventPage convert(ActivityEventsPage page) {
    StringBuilder json = new StringBuilder(page.events().size() * 600 + 2).append('[');
    try {
      for (ActivityEvent event : page.events()) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append(JSON.writeValueAsString(event.raw()));
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return new ActivityEventPage(
        json.append(']').toString(),
        page.events().size(),
        page.continuationToken(),
        page.lastResultSet());
  }
}
