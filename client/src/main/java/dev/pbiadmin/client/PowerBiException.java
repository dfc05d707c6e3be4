package dev.pbiadmin.client;

import java.time.Duration;
import java.util.Optional;

/**
 * Root of the client's one unchecked exception tree: the Power BI service (or the transport to it)
 * refused or failed a request. It carries what the service said so callers can act on it without
 * parsing messages. Messages never contain tokens, secrets or continuation tokens.
 */
public class PowerBiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorCode;
  private final String requestId;
  private final Duration retryAfter;
  private final String url;

  /**
   * For the subclasses; callers use the named factories, which end every message the same way:
   * {@code " [url] (RequestId id)"}, whatever of the two is known.
   */
  PowerBiException(
      String summary,
      int statusCode,
      String errorCode,
      String requestId,
      Duration retryAfter,
      String url,
      Throwable cause) {
    super(summary + context(url, requestId), cause);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
    this.url = url;
  }

  /** The service answered {@code status} (not 2xx) and the client will not retry it. */
  public static PowerBiException httpError(
      String summary,
      int status,
      String errorCode,
      String requestId,
      Duration retryAfter,
      String url) {
    return new PowerBiException(summary, status, errorCode, requestId, retryAfter, url, null);
  }

  /** No answer: the connection failed or timed out on every attempt. */
  public static PowerBiException connectionFailed(String summary, String url, Throwable cause) {
    return new PowerBiException(summary, 0, null, null, null, url, cause);
  }

  /** The thread was interrupted while the client waited (for an answer, a slot or a scan). */
  public static PowerBiException interrupted(
      String summary, String url, InterruptedException cause) {
    return new PowerBiException(summary, 0, null, null, null, url, cause);
  }

  /** The service answered {@code status} but not with what the contract promises. */
  public static PowerBiException unexpectedResponse(
      String summary, int status, String url, Throwable cause) {
    return new PowerBiException(summary, status, null, null, null, url, cause);
  }

  /** A scan the service accepted ended {@code Failed}, with the scan's own error code if any. */
  public static PowerBiException scanFailed(String summary, String errorCode) {
    return new PowerBiException(summary, 200, errorCode, null, null, null, null);
  }

  /** The client gave up waiting: e.g. a scan still running when its time ran out. */
  public static PowerBiException timedOut(String summary) {
    return new PowerBiException(summary, 0, null, null, null, null, null);
  }

  /** The answer arrived but could not be kept (e.g. a result file could not be written). */
  public static PowerBiException localFailure(String summary, Throwable cause) {
    return new PowerBiException(summary, 0, null, null, null, null, cause);
  }

  /**
   * How every message of the tree ends: {@code " [url] (RequestId id)"}, either part left out when
   * unknown, empty when both are. For callers that replace the message but keep its context.
   */
  public String context() {
    return context(url, requestId);
  }

  private static String context(String url, String requestId) {
    StringBuilder sb = new StringBuilder();
    if (url != null) {
      sb.append(" [").append(url).append(']');
    }
    if (requestId != null) {
      sb.append(" (RequestId ").append(requestId).append(')');
    }
    return sb.toString();
  }

  /** The HTTP status, or 0 when no response was received (connection failure, timeout). */
  public int statusCode() {
    return statusCode;
  }

  /** The service's error code, e.g. {@code PowerBINotAuthorizedException}, {@code TokenExpired}. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The {@code RequestId} response header, to quote to Microsoft support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The wait the service asked for in {@code Retry-After}, if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The request URL with sensitive query values redacted. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }
}
