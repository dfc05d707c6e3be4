package dev.pbiadmin.emulator.fabric;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import dev.pbiadmin.emulator.entra.TokenRejectedException;
import dev.pbiadmin.emulator.entra.ValidatedToken;
import dev.pbiadmin.emulator.fault.Fault;
import dev.pbiadmin.emulator.http.ClientGone;
import dev.pbiadmin.emulator.http.DroppedConnection;
import dev.pbiadmin.emulator.http.RequestIds;
import dev.pbiadmin.emulator.powerbi.Caller;
import dev.pbiadmin.emulator.powerbi.Decision;
import dev.pbiadmin.emulator.powerbi.PipelineParts;
import dev.pbiadmin.emulator.throttle.RetryAfter;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered path of every Fabric admin request, as Power BI's: request id and headers → injected
 * fault → token (Fabric's audience) → authorization (the Power BI side's rules) → per-caller quota
 * → handler → Fabric's error envelope → request log (the one the portal shows).
 */
final class FabricPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(FabricPipeline.class);
  private static final String JSON = "application/json; charset=utf-8";

  private final PipelineParts parts;
  private final AccessTokenValidator tokens;
  private final ObjectMapper mapper = new ObjectMapper();

  FabricPipeline(PipelineParts parts, AccessTokenValidator tokens) {
    this.parts = parts;
    this.tokens = tokens;
  }

  void serve(Context ctx, FabricOperation op, FabricHandler handler) {
    long started = System.nanoTime();
    Instant at = parts.clock().instant();
    String requestId = RequestIds.of(ctx);
    headers(ctx, requestId);
    String caller = null;
    String code = null;
    String reason = null;
    boolean dropped = false;
    try {
      Fault fault = parts.faults().decide(op.operationId(), ctx.path());
      if (fault.latencyMillis() > 0) {
        Thread.sleep(fault.latencyMillis());
      }
      if (fault instanceof Fault.Drop) {
        code = "FAULT_DROP";
        reason = "fault injection closed the connection";
        dropped = true;
        DroppedConnection.drop(ctx);
        return;
      }
      if (fault instanceof Fault.ServerError error) {
        throw FabricException.serverError(error.status(), "fault injection: " + error.status());
      }
      if (fault instanceof Fault.Throttle storm) {
        // the storm's Retry-After is in real seconds already, as on the Power BI side
        throw FabricException.throttled(
            storm.retryAfterSeconds(),
            parts
                .clock()
                .instant()
                .plusMillis((long) (storm.retryAfterSeconds() * 1000 * parts.clock().scale())),
            "fault injection: forced 429 storm");
      }
      Caller who = read(ctx.header("Authorization"));
      caller = who.describe();
      Decision decision = parts.authorizer().decideAdmin(who, op.operationId(), op.rule());
      code = decision.reasonCode();
      reason = decision.reason();
      if (!decision.allowed()) {
        throw FabricException.denied(op.deniedCode(), decision.reasonCode(), decision.reason());
      }
      Optional<Duration> wait =
          parts
              .limiter()
              .tryAcquire(
                  who.tenantId() + "|" + who.objectId() + "|" + op.operationId(),
                  op.perHour(),
                  op.perMinute());
      if (wait.isPresent()) {
        throw throttled(
            ctx,
            wait.get(),
            "quota of "
                + op.operationId()
                + " ("
                + op.perHour()
                + "/hour, "
                + op.perMinute()
                + "/minute per caller) exhausted");
      }
      write(ctx, 200, handler.handle(new FabricCall(ctx, who, op)));
    } catch (FabricException e) {
      code = e.logCode;
      reason = e.logReason;
      render(ctx, e, requestId);
    } catch (Exception e) {
      if (ClientGone.is(e)) {
        ClientGone.note(LOG, ctx.method().name(), ctx.path(), requestId);
        code = "CLIENT_GONE";
        reason = ClientGone.REASON;
        dropped = true;
        return;
      }
      LOG.error("{} {} failed (RequestId {})", ctx.method(), ctx.path(), requestId, e);
      code = "EMULATOR_ERROR";
      reason = e.toString();
      render(ctx, FabricException.serverError(500, e.toString()), requestId);
    } finally {
      parts.logAnswered(
          ctx, at, requestId, op.operationId(), caller, dropped, code, reason, started);
    }
  }

  /** Any other path under {@code /v1}: 404 in Fabric's envelope, logged like every request. */
  void unknownRoute(Context ctx) {
    String requestId = RequestIds.of(ctx);
    headers(ctx, requestId);
    FabricException e =
        FabricException.notFound(
            "EntityNotFound",
            "The requested resource was not found: " + ctx.method() + " " + ctx.path(),
            null,
            null);
    render(ctx, e, requestId);
    parts.logNoRoute(ctx, requestId, "NO_ROUTE", e.getMessage());
  }

  /**
   * Validates the bearer token for Fabric's audience; expired → 401 TokenExpired, anything else →
   * 401.
   */
  private Caller read(String authorization) {
    try {
      ValidatedToken token = tokens.validate(authorization, AccessTokenValidator.FABRIC_AUDIENCE);
      return Caller.of(token);
    } catch (TokenRejectedException e) {
      if (e.isExpired()) {
        throw FabricException.tokenExpired();
      }
      throw FabricException.unauthenticated(
          "TOKEN_" + e.reason().name(),
          switch (e.reason()) {
            case MISSING -> "no bearer token was sent";
            case WRONG_AUDIENCE ->
                "the token is not for the Fabric API (request it for"
                    + " https://api.fabric.microsoft.com/.default)";
            default -> "the bearer token is not valid";
          });
    }
  }

  /** A 429 telling a real client to wait {@code emulatedWait} of emulated time, in real seconds. */
  private FabricException throttled(Context ctx, Duration emulatedWait, String reason) {
    ctx.header(RetryAfter.EMULATED_HEADER, Long.toString(RetryAfter.emulatedSeconds(emulatedWait)));
    return FabricException.throttled(
        RetryAfter.realSeconds(emulatedWait, parts.clock().scale()),
        parts.clock().instant().plus(emulatedWait),
        reason);
  }

  private void render(Context ctx, FabricException e, String requestId) {
    if (e.retryAfterSeconds > 0) {
      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds));
    }
    write(ctx, e.status, e.body(requestId));
  }

  private void write(Context ctx, int status, Object body) {
    ctx.status(status).contentType(JSON);
    try (OutputStream out = ctx.outputStream()) {
      mapper.writeValue(out, body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * What api.fabric.microsoft.com sends with every answer, as a public 401 report shows it: the
   * request id also in a header, exposed to browsers.
   */
  private static void headers(Context ctx, String requestId) {
    ctx.header(RequestIds.HEADER, requestId);
    ctx.header("Access-Control-Expose-Headers", RequestIds.HEADER);
    ctx.header("Cache-Control", "no-store, must-revalidate, no-cache");
    ctx.header("Pragma", "no-cache");
    ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    ctx.header("X-Frame-Options", "deny");
    ctx.header("X-Content-Type-Options", "nosniff");
  }
}
