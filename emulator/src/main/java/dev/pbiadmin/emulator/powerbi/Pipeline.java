package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.fault.Fault;
import dev.pbiadmin.emulator.http.ClientGone;
import dev.pbiadmin.emulator.http.DroppedConnection;
import dev.pbiadmin.emulator.odata.ODataException;
import dev.pbiadmin.emulator.throttle.RetryAfter;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered path of every Power BI request: request id and headers → injected fault → token →
 * authorization → quota → handler → error rendering → request log. Errors end here, rendered in the
 * real service's shapes.
 */
final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final PipelineParts parts;
  private final TokenReader tokens;
  private final JsonWriter json;

  Pipeline(PipelineParts parts, TokenReader tokens, JsonWriter json) {
    this.parts = parts;
    this.tokens = tokens;
    this.json = json;
  }

  void serve(Context ctx, Operation op, CallHandler handler) {
    long started = System.nanoTime();
    Instant at = parts.clock().instant();
    String requestId = UUID.randomUUID().toString();
    Headers.standard(ctx, requestId);
    Outcome outcome = new Outcome();
    try {
      if (!injectFault(ctx, op, outcome)) {
        return;
      }
      Caller caller = tokens.read(ctx.header("Authorization"));
      outcome.caller = caller.describe();
      Decision decision = parts.authorizer().decide(caller, op);
      outcome.decide(decision.reasonCode(), decision.reason());
      if (!decision.allowed()) {
        throw PowerBiException.notAuthorized(decision.reasonCode(), decision.reason());
      }
      checkQuota(ctx, caller, op, outcome);
      handler.handle(new Call(ctx, caller, op));
    } catch (PowerBiException e) {
      outcome.decide(e.logCode(), e.getMessage());
      render(ctx, e);
    } catch (ODataException e) {
      outcome.decide("InvalidRequest", e.getMessage());
      render(ctx, PowerBiException.badRequest("query", e.getMessage()));
    } catch (Exception e) {
      if (ClientGone.is(e)) {
        // Nobody is left to answer; the log records the request as dropped (status 0), not as a
        // 500.
        ClientGone.note(LOG, ctx.method().name(), ctx.path(), requestId);
        outcome.decide("CLIENT_GONE", ClientGone.REASON);
        outcome.dropped = true;
        return;
      }
      LOG.error("{} {} failed (RequestId {})", ctx.method(), ctx.path(), requestId, e);
      outcome.decide("EMULATOR_ERROR", e.toString());
      render(ctx, PowerBiException.serverError(500, e.toString()));
    } finally {
      parts.logAnswered(
          ctx,
          at,
          requestId,
          op.operationId(),
          outcome.caller,
          outcome.dropped,
          outcome.code,
          outcome.reason,
          started);
    }
  }

  /** Any path under {@code /v1.0} that no operation serves: 404, logged like every request. */
  void unknownRoute(Context ctx) {
    String requestId = UUID.randomUUID().toString();
    Headers.standard(ctx, requestId);
    PowerBiException e = PowerBiException.noRoute(ctx.path());
    render(ctx, e);
    parts.logNoRoute(ctx, requestId, e.logCode(), e.getMessage());
  }

  /**
   * Applies an injected fault; false when the connection was dropped and nothing more may happen.
   */
  private boolean injectFault(Context ctx, Operation op, Outcome outcome)
      throws InterruptedException {
    Fault fault = parts.faults().decide(op.operationId(), ctx.path());
    if (fault.latencyMillis() > 0) {
      Thread.sleep(fault.latencyMillis());
    }
    if (fault instanceof Fault.Drop) {
      outcome.decide("FAULT_DROP", "fault injection closed the connection");
      outcome.dropped = true;
      DroppedConnection.drop(ctx);
      return false;
    }
    if (fault instanceof Fault.ServerError error) {
      throw PowerBiException.serverError(error.status(), "fault injection: " + error.status());
    }
    if (fault instanceof Fault.Throttle storm) {
      throw PowerBiException.throttled(
          storm.retryAfterSeconds(), "fault injection: forced 429 storm");
    }
    return true;
  }

  private void checkQuota(Context ctx, Caller caller, Operation op, Outcome outcome) {
    Limits limits = op.limits();
    Optional<Duration> wait =
        parts
            .limiter()
            .tryAcquire(
                caller.tenantId() + "|" + op.operationId(), limits.perHour(), limits.perMinute());
    if (wait.isPresent()) {
      throw throttled(
          ctx,
          parts.clock(),
          wait.get(),
          "quota of "
              + op.operationId()
              + " ("
              + limits.perHour()
              + "/hour, "
              + limits.perMinute()
              + "/minute) exhausted");
    }
  }

  /** A 429 telling a real client to wait {@code emulatedWait} of emulated time, in real seconds. */
  static PowerBiException throttled(
      Context ctx, ScaledClock clock, Duration emulatedWait, String reason) {
    ctx.header(RetryAfter.EMULATED_HEADER, Long.toString(RetryAfter.emulatedSeconds(emulatedWait)));
    return PowerBiException.throttled(RetryAfter.realSeconds(emulatedWait, clock.scale()), reason);
  }

  /**
   * Answers with {@code e}'s status and its one JSON body. A handler that failed mid-response may
   * have written part of a body already: that part is discarded while nothing has been sent, and
   * once the response is committed no error can be rendered any more (the client sees a cut body).
   */
  void render(Context ctx, PowerBiException e) {
    if (ctx.res().isCommitted()) {
      LOG.warn(
          "{} {}: {} after the response was committed; the body is cut short",
          ctx.method(),
          ctx.path(),
          e.code());
      return;
    }
    ctx.res().resetBuffer();
    ctx.status(e.status());
    if (e instanceof PowerBiException.Throttled throttled) {
      ctx.header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
    }
    json.write(ctx, e.body());
  }

  /** What the request log records; filled in as the request moves along. */
  private static final class Outcome {
    String caller;
    String code;
    String reason;
    boolean dropped;

    void decide(String code, String reason) {
      this.code = code;
      this.reason = reason;
    }
  }
}
