package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.ActivityEvent;
import dev.pbiadmin.emulator.content.ActivityLog;
import dev.pbiadmin.emulator.content.DayEvents;
import dev.pbiadmin.emulator.odata.ActivityFilter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Admin_GetActivityEvents (reference §6, §11): a window inside one UTC day, in single quotes, or a
 * continuation token alone. {@link ActivityPager} serves the window an hour slice at a time, in
 * pages of up to the configured page size ("around 5,000 to 10,000"). Only the last page has {@code
 * continuationToken} and {@code continuationUri} null and {@code lastResultSet} true.
 */
final class ActivityApi {
  private final Service s;
  private final ActivityLog log;
  private final byte[] tokenKey;

  ActivityApi(Service service, ActivityLog log, byte[] tokenKey) {
    this.s = service;
    this.log = log;
    this.tokenKey = tokenKey.clone();
  }

  void events(Call call) throws IOException {
    ActivityToken at = position(call);
    DayEvents day = log.eventsOn(LocalDate.ofInstant(at.start(), ZoneOffset.UTC));
    ActivityPager.Page page =
        ActivityPager.page(
            day, at, ActivityFilter.parse(at.filter()), s.state().activityPageSize());
    String token = page.next() == null ? null : page.next().encodeForResponse(tokenKey);
    s.out().stream(
        call.ctx(),
        JsonWriter.JSON,
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("activityEventEntities");
          for (ActivityEvent e : page.events()) {
            e.write(g);
          }
          g.writeEndArray();
          if (token == null) {
            g.writeNullField("continuationUri");
            g.writeNullField("continuationToken");
          } else {
            g.writeStringField(
                "continuationUri",
                s.baseUrl().get()
                    + "/v1.0/myorg/admin/activityevents?continuationToken='"
                    + token
                    + "'");
            g.writeStringField("continuationToken", token);
          }
          g.writeBooleanField("lastResultSet", token == null);
          g.writeEndObject();
        });
  }

  /** Where the page starts: from the token, or the first slice of the dates and filter. */
  private ActivityToken position(Call call) {
    String token = call.query("continuationToken");
    String startRaw = call.query("startDateTime");
    String endRaw = call.query("endDateTime");
    boolean dates = startRaw != null || endRaw != null;
    if (token != null && !token.isBlank()) {
      if (dates) {
        throw PowerBiException.badRequest(
            "continuationToken",
            "Provide either a continuation token or both a start and end date time, not both");
      }
      ActivityToken t = ActivityToken.decode(token, tokenKey);
      checkWindow(t.start(), t.end());
      if (t.slice().isBefore(t.start()) || t.slice().isAfter(t.end())) {
        throw PowerBiException.badRequest(
            "continuationToken", "The continuation token is not valid");
      }
      return t;
    }
    if (startRaw == null || endRaw == null) {
      throw PowerBiException.badRequest(
          "startDateTime", "Provide either a continuation token or both a start and end date time");
    }
    for (String[] p : new String[][] {{"startDateTime", startRaw}, {"endDateTime", endRaw}}) {
      if (!Quoted.isQuoted(p[1].strip())) {
        throw PowerBiException.badRequest(
            p[0], p[0] + " must be wrapped in single quotes, e.g. '2019-08-13T07:55:00.000Z'");
      }
    }
    Instant start = Flags.instant(call, "startDateTime");
    Instant end = Flags.instant(call, "endDateTime");
    checkWindow(start, end);
    String filter = call.query("$filter");
    ActivityFilter.parse(filter);
    DayEvents day = log.eventsOn(LocalDate.ofInstant(start, ZoneOffset.UTC));
    return ActivityPager.first(day, start, end, filter == null ? "" : filter);
  }

  private static void checkWindow(Instant start, Instant end) {
    if (!LocalDate.ofInstant(start, ZoneOffset.UTC)
        .equals(LocalDate.ofInstant(end, ZoneOffset.UTC))) {
      throw PowerBiException.badRequest(
          "endDateTime", "StartDateTime and EndDateTime must be in the same UTC day");
    }
    if (end.isBefore(start)) {
      throw PowerBiException.badRequest(
          "endDateTime", "EndDateTime must not be before StartDateTime");
    }
  }
}
