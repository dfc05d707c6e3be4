package dev.pbiadmin.emulator.entra;

import dev.pbiadmin.emulator.http.RequestIds;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Renders {@link EntraError}s in Entra's exact body shape (reference §1.6). */
final class EntraErrorRenderer {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final Clock clock;

  EntraErrorRenderer(Clock clock) {
    this.clock = clock;
  }

  void render(EntraError e, Context ctx) {
    String traceId = RequestIds.of(ctx);
    String correlationId = correlationId(ctx);
    String timestamp = TIMESTAMP.format(clock.instant());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", e.error());
    body.put(
        "error_description",
        e.description()
            + "\r\nTrace ID: "
            + traceId
            + "\r\nCorrelation ID: "
            + correlationId
            + "\r\nTimestamp: "
            + timestamp);
    body.put("error_codes", List.of(e.code()));
    body.put("timestamp", timestamp);
    body.put("trace_id", traceId);
    body.put("correlation_id", correlationId);
    body.put("error_uri", "https://login.microsoftonline.com/error?code=" + e.code());
    TokenHeaders.apply(ctx);
    ctx.status(e.status()).json(body);
  }

  /**
   * Entra echoes a GUID {@code client-request-id} as the correlation id; otherwise it makes one.
   */
  static String correlationId(Context ctx) {
    String given = ctx.header("client-request-id");
    if (given != null) {
      try {
        return UUID.fromString(given).toString();
      } catch (IllegalArgumentException ignored) {
        // not a GUID: Entra ignores it too
      }
    }
    Object cached = ctx.attribute("pbiadmin.correlationId");
    if (cached instanceof String s) {
      return s;
    }
    String fresh = UUID.randomUUID().toString();
    ctx.attribute("pbiadmin.correlationId", fresh);
    return fresh;
  }
}
