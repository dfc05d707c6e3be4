package dev.pbiadmin.emulator.powerbi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer the Power BI service gives instead of a result, carrying its HTTP status and the exact
 * JSON body the real service sends for it. Thrown from handlers, rendered by {@link PowerBiRoutes}
 * in one place. The {@code reason} is for the emulator's request log only, never for the body.
 */
public class PowerBiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Map<String, Object> body;
  private final String logCode;

  PowerBiException(int status, String code, Map<String, Object> body, String reason) {
    this(status, code, body, reason, code);
  }

  private PowerBiException(
      int status, String code, Map<String, Object> body, String reason, String logCode) {
    super(reason);
    this.status = status;
    this.code = code;
    this.body = body;
    this.logCode = logCode;
  }

  /** The code the request log shows: the error code, or a finer reason code for denials. */
  public String logCode() {
    return logCode;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> body() {
    return body;
  }

  /** 401 with the opaque body the real service gives for every authorization failure. */
  public static PowerBiException notAuthorized(String reasonCode, String reasonForLog) {
    return new PowerBiException(
        401,
        "PowerBINotAuthorizedException",
        pbiError("PowerBINotAuthorizedException", null, List.of()),
        reasonForLog,
        reasonCode);
  }

  /** 403 for an expired token (troubleshoot-rest-api: "Access token has expired…"). */
  public static PowerBiException tokenExpired() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", "TokenExpired");
    error.put("message", "Access token has expired, resubmit with a new access token");
    return new PowerBiException(
        403, "TokenExpired", Map.of("error", error), "the access token has expired");
  }

  /**
   * 400 for a bad parameter or body. The real texts are unpublished; the emulator names the
   * parameter in {@code pbi.error.details} (shape observed on the real service) and says what is
   * wrong in {@code message}.
   */
  public static PowerBiException badRequest(String target, String message) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("code", target);
    detail.put("detail", Map.of("type", 1, "value", message));
    return new PowerBiException(
        400, "InvalidRequest", pbiError("InvalidRequest", message, List.of(detail)), message);
  }

  /** 404 for an id that names nothing (the real service's {@code PowerBIEntityNotFound}). */
  public static PowerBiException notFound(String what) {
    return new PowerBiException(
        404, "PowerBIEntityNotFound", pbiError("PowerBIEntityNotFound", null, List.of()), what);
  }

  /** 404 for a path the service does not serve. */
  public static PowerBiException noRoute(String path) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", "NotFound");
    error.put("message", "No HTTP resource was found that matches the request URI");
    return new PowerBiException(404, "NotFound", Map.of("error", error), "no route for " + path);
  }

  /**
   * 405 for an admin write operation, which the emulator does not perform (it serves the read-only
   * APIs).
   */
  public static PowerBiException notEmulated(String operationId) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", "OperationNotSupportedByEmulator");
    error.put(
        "message",
        operationId
            + " changes the tenant; the emulator serves only the read-only admin APIs. "
            + "Change the tenant through the management API under /emulator instead.");
    return new PowerBiException(
        405,
        "OperationNotSupportedByEmulator",
        Map.of("error", error),
        operationId + " is not emulated");
  }

  /** 413 for a body over the size the emulator reads. */
  public static PowerBiException tooLarge(long limit) {
    String message = "The request body exceeds " + limit + " bytes";
    return new PowerBiException(
        413,
        "RequestEntityTooLarge",
        pbiError("RequestEntityTooLarge", message, List.of()),
        message);
  }

  /** 429 with the body the real service sends (not the error envelope). */
  public static PowerBiException throttled(long retryAfterSeconds, String reasonForLog) {
    String message =
        "You have exceeded the amount of requests allowed in the current time frame and further"
            + " requests will fail. Retry in "
            + retryAfterSeconds
            + " seconds.";
    return new Throttled(retryAfterSeconds, Map.of("message", message), reasonForLog);
  }

  /** 500 or 503, for injected faults and the emulator's own bugs. */
  public static PowerBiException serverError(int status, String reasonForLog) {
    String code = status == 503 ? "ServiceUnavailable" : "InternalServerError";
    return new PowerBiException(status, code, pbiError(code, null, List.of()), reasonForLog);
  }

  static Map<String, Object> pbiError(
      String code, String message, List<Map<String, Object>> details) {
    Map<String, Object> pbi = new LinkedHashMap<>();
    pbi.put("code", code);
    pbi.put("parameters", Map.of());
    pbi.put("details", details);
    pbi.put("exceptionCulprit", 1);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    if (message != null) {
      error.put("message", message);
    }
    error.put("pbi.error", pbi);
    return Map.of("error", error);
  }

  /** A 429; the caller must wait {@code retryAfterSeconds} real seconds. */
  public static final class Throttled extends PowerBiException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    Throttled(long retryAfterSeconds, Map<String, Object> body, String reason) {
      super(429, "TooManyRequests", body, reason);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
