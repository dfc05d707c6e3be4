package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.fault.FaultInjector;
import dev.pbiadmin.emulator.throttle.RateLimiter;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;

/**
 * What the Power BI and the Fabric request pipelines share, so both APIs see one emulated clock,
 * one authorization rule set, one quota, one fault plan and one request log, as the real service's
 * do.
 */
public record PipelineParts(
    ScaledClock clock,
    Authorizer authorizer,
    RateLimiter limiter,
    FaultInjector faults,
    RequestLog log) {

  /**
   * Logs an answered request as both pipelines do: the path with its query, status 0 when the
   * client left before the answer, the time since {@code startedNanos} ({@link System#nanoTime}).
   */
  public void logAnswered(
      Context ctx,
      Instant at,
      String requestId,
      String operationId,
      String caller,
      boolean dropped,
      String decision,
      String reason,
      long startedNanos) {
    String target = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    log.add(
        new RequestLog.Entry(
            at,
            requestId,
            ctx.header(RequestLog.CLIENT_REQUEST_ID),
            ctx.method().name(),
            target,
            operationId,
            caller,
            dropped ? 0 : ctx.statusCode(),
            decision,
            reason,
            Duration.ofNanos(System.nanoTime() - startedNanos).toMillis()));
  }

  /** Logs a request no operation serves: a 404 with {@code decision} and {@code reason}. */
  public void logNoRoute(Context ctx, String requestId, String decision, String reason) {
    log.add(
        new RequestLog.Entry(
            clock.instant(),
            requestId,
            ctx.header(RequestLog.CLIENT_REQUEST_ID),
            ctx.method().name(),
            ctx.path(),
            null,
            null,
            404,
            decision,
            reason,
            0));
  }
}
