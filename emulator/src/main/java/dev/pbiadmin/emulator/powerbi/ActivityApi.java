package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.ActivityEvent;
import dev.pbiadmin.emulator.content.ActivityLog;
import dev.pbiadmin.emulator.content.DayEvents;
import dev.pbiadmin.emulator.odata.ActivityFilter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Admin_GetActivityEvents (reference §6): a window inside one UTC day, in single quotes, or a
 * continuation token alone. Pages hold up to the configured page size ("around 5,000 to 10,000");
 * a sparse filter may give a page with no events but a token, as the real service does. The last
 * page has {@code continuationToken} null and {@code lastResultSet} true.
 */
final class ActivityApi {
  /** Events examined per page before answering anyway, so a sparse filter cannot stall a request. */
  private static final int SCAN_FACTOR = 20;

  private final Service s;
  private final ActivityLog log;

  ActivityApi(Service service, ActivityLog log) {
    this.s = service;
    this.log = log;
  }

  void events(Call call) throws IOException {
    ActivityToken window = window(call);
    ActivityFilter filter = ActivityFilter.parse(window.filter());
    DayEvents day = log.eventsOn(LocalDate.ofInstant(window.start(), ZoneOffset.UTC));
    int pageSize = s.state().activityPageSize();
    int i = window.offset() == 0 ? day.firstAtOrAfter(window.start()) : window.offset();
    int examined = 0;
    List<ActivityEvent> page = new ArrayList<>();
    while (i < day.size() && !day.timeOf(i).isAfter(window.end()) && page.size() < pageSize
        && examined < pageSize * SCAN_FACTOR) {
      if (day.matches(i, filter)) {
        page.add(day.get(i));
      }
      i++;
      examined++;
    }
    boolean last = i >= day.size() || day.timeOf(i).isAfter(window.end());
    String token = last ? null : new ActivityToken(window.start(), window.end(), window.filter(), i).encodeForResponse();
    s.out().stream(call.ctx(), JsonWriter.JSON, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("activityEventEntities");
      for (ActivityEvent e : page) {
        e.write(g);
      }
      g.writeEndArray();
      if (token == null) {
        g.writeNullField("continuationUri");
        g.writeNullField("continuationToken");
      } else {
        g.writeStringField("continuationUri", s.baseUrl().get() + "/v1.0/myorg/admin/activityevents?continuationToken='" + token + "'");
        g.writeStringField("continuationToken", token);
      }
      g.writeBooleanField("lastResultSet", last);
      g.writeEndObject();
    });
  }

  /** The window, filter and resume point: from the token, or from the dates and filter. */
  private static ActivityToken window(Call call) {
    String token = call.query("continuationToken");
    String startRaw = call.query("startDateTime");
    String endRaw = call.query("endDateTime");
    boolean dates = startRaw != null || endRaw != null;
    if (token != null && !token.isBlank()) {
      if (dates) {
        throw PowerBiException.badRequest("continuationToken",
            "Provide either a continuation token or both a start and end date time, not both");
      }
      ActivityToken t = ActivityToken.decode(token);
      checkWindow(t.start(), t.end());
      return t;
    }
    if (startRaw == null || endRaw == null) {
      throw PowerBiException.badRequest("startDateTime", "Provide either a continuation token or both a start and end date time");
    }
    for (String[] p : new String[][] {{"startDateTime", startRaw}, {"endDateTime", endRaw}}) {
      if (!Quoted.isQuoted(p[1].strip())) {
        throw PowerBiException.badRequest(p[0], p[0] + " must be wrapped in single quotes, e.g. '2019-08-13T07:55:00.000Z'");
      }
    }
    Instant start = Flags.instant(call, "startDateTime");
    Instant end = Flags.instant(call, "endDateTime");
    checkWindow(start, end);
    String filter = call.query("$filter");
    ActivityFilter.parse(filter);
    return new ActivityToken(start, end, filter == null ? "" : filter, 0);
  }

  private static void checkWindow(Instant start, Instant end) {
    if (!LocalDate.ofInstant(start, ZoneOffset.UTC).equals(LocalDate.ofInstant(end, ZoneOffset.UTC))) {
      throw PowerBiException.badRequest("endDateTime", "StartDateTime and EndDateTime must be in the same UTC day");
    }
    if (end.isBefore(start)) {
      throw PowerBiException.badRequest("endDateTime", "EndDateTime must not be before StartDateTime");
    }
  }
}
