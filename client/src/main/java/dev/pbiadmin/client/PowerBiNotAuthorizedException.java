package dev.pbiadmin.client;

import dev.pbiadmin.client.implementation.ServiceDialect;
import java.time.Duration;

/**
 * The token is valid but the service does not let this caller call the admin API: Power BI's HTTP
 * 401 {@code PowerBINotAuthorizedException}, or Fabric's 403 ({@code Forbidden},
 * {@code InsufficientPrivileges}). This is configuration (tenant setting, security group,
 * admin-consent permissions on the app, administrator role), so it is never retried.
 */
public final class PowerBiNotAuthorizedException extends PowerBiException {
  private static final long serialVersionUID = 1L;

  public PowerBiNotAuthorizedException(
      int statusCode, String errorCode, String requestId, Duration retryAfter, String url) {
    this(ServiceDialect.POWER_BI.notAuthorizedAdvice(), statusCode, errorCode, requestId, retryAfter, url);
  }

  /** {@code advice} says what to check; the request id and URL are added. */
  public PowerBiNotAuthorizedException(
      String advice, int statusCode, String errorCode, String requestId, Duration retryAfter, String url) {
    super(advice + Messages.suffix(requestId, url), statusCode, errorCode, requestId, retryAfter, url, null);
  }
}
