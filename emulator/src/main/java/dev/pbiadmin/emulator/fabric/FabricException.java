package dev.pbiadmin.emulator.fabric;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Fabric API error, rendered once by {@link FabricPipeline} as Fabric's {@code ErrorResponse}
 * ({@code errorCode}, {@code message}, {@code moreDetails}, {@code relatedResource}, {@code
 * requestId}; contract/fabric/common/definitions.json). The factory names say which documented
 * {@code errorCode} each answer carries.
 */
final class FabricException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter BLOCKED_UNTIL =
      DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

  final int status;
  final String errorCode;
  final List<Map<String, Object>> moreDetails = new ArrayList<>();
  final long retryAfterSeconds;
  private Map<String, Object> relatedResource;

  /** The decision code and reason the request log records; the caller never sees them. */
  final String logCode;

  final String logReason;

  private FabricException(
      int status, String errorCode, String message, long retryAfterSeconds, String logCode) {
    this(status, errorCode, message, retryAfterSeconds, logCode, message);
  }

  private FabricException(
      int status,
      String errorCode,
      String message,
      long retryAfterSeconds,
      String logCode,
      String logReason) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.retryAfterSeconds = retryAfterSeconds;
    this.logCode = logCode;
    this.logReason = logReason;
  }

  /**
   * The bearer token is missing, malformed, for another audience or tenant (troubleshooting: 401).
   */
  static FabricException unauthenticated(String logCode, String why) {
    return new FabricException(
        401, "Unauthorized", "The caller is not authenticated: " + why + ".", 0, logCode);
  }

  static FabricException tokenExpired() {
    return new FabricException(
        401,
        "TokenExpired",
        "Access token has expired, resubmit with a new access token.",
        0,
        "TOKEN_EXPIRED");
  }

  /**
   * Authorization refused (403), with the code the operation's "Common error codes" name: {@code
   * Forbidden} for the tenant-settings operations, {@code InsufficientPrivileges} for the workspace
   * and item lists. The real reason goes only to the request log.
   */
  static FabricException denied(String errorCode, String logCode, String logReason) {
    return new FabricException(
        403,
        errorCode,
        "The caller does not have permissions to call the API.",
        0,
        logCode,
        logReason);
  }

  /**
   * 429 as consumer code parses it: "Request is blocked by the upstream service until: … (UTC)".
   */
  static FabricException throttled(long retryAfterSeconds, Instant until, String logReason) {
    return new FabricException(
        429,
        "RequestBlocked",
        "Request is blocked by the upstream service until: "
            + BLOCKED_UNTIL.format(until)
            + " (UTC)",
        retryAfterSeconds,
        "THROTTLED",
        logReason);
  }

  static FabricException badRequest(String errorCode, String message) {
    return new FabricException(400, errorCode, message, 0, errorCode);
  }

  /** 400 {@code InvalidInput} with one {@code moreDetails} entry per problem found. */
  static FabricException invalidInput(List<Map<String, Object>> details) {
    FabricException e =
        new FabricException(
            400, "InvalidInput", "The request has invalid input.", 0, "InvalidInput");
    e.moreDetails.addAll(details);
    return e;
  }

  static FabricException notFound(
      String errorCode, String message, String resourceId, String resourceType) {
    return new FabricException(404, errorCode, message, 0, errorCode)
        .about(resourceId, resourceType);
  }

  static FabricException serverError(int status, String logReason) {
    return new FabricException(
        status,
        status == 500 ? "InternalServerError" : "ServiceUnavailable",
        "The service encountered an error; try again later.",
        0,
        "SERVER_ERROR",
        logReason);
  }

  /** One {@code ErrorResponseDetails} entry. */
  static Map<String, Object> detail(
      String errorCode, String message, String resourceId, String resourceType) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("errorCode", errorCode);
    d.put("message", message);
    if (resourceId != null) {
      d.put("relatedResource", Map.of("resourceId", resourceId, "resourceType", resourceType));
    }
    return d;
  }

  private FabricException about(String resourceId, String resourceType) {
    if (resourceId != null) {
      relatedResource = new LinkedHashMap<>();
      relatedResource.put("resourceId", resourceId);
      relatedResource.put("resourceType", resourceType);
    }
    return this;
  }

  /**
   * The {@code ErrorResponse} body, in the order Microsoft's troubleshooting article lists the
   * fields.
   */
  Map<String, Object> body(String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errorCode", errorCode);
    body.put("message", getMessage());
    if (!moreDetails.isEmpty()) {
      body.put("moreDetails", moreDetails);
    }
    if (relatedResource != null) {
      body.put("relatedResource", relatedResource);
    }
    body.put("requestId", requestId);
    return body;
  }
}
