package dev.pbiadmin.client;

import java.time.Duration;

/**
 * HTTP 429 after the client gave up: retries were exhausted, or the service asked for a wait longer
 * than the configured maximum. {@link #retryAfter()} says when the service will accept calls again.
 */
public final class ThrottledException extends PowerBiException {
  private static final long serialVersionUID = 1L;

  private ThrottledException(String summary, String requestId, Duration retryAfter, String url) {
    super(summary, 429, null, requestId, retryAfter, url, null);
  }

  /**
   * {@code summary} says who throttled and why the client stopped; the request id and URL are
   * added.
   */
  public static ThrottledException of(
      String summary, String requestId, Duration retryAfter, String url) {
    return new ThrottledException(summary, requestId, retryAfter, url);
  }
}
