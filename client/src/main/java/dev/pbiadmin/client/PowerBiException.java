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

  public PowerBiException(
      String message,
      int statusCode,
      String errorCode,
      String requestId,
      Duration retryAfter,
      String url,
      Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
    this.url = url;
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
