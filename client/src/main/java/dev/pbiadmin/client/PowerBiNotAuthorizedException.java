package dev.pbiadmin.client;

import dev.pbiadmin.client.implementation.ServiceDialect;
import java.time.Duration;

/**
 * The token is valid but the service does not let this caller call the admin API: Power BI's HTTP
 * 401 {@code PowerBINotAuthorizedException}, or Fabric's 403 ({@code Forbidden}, {@code
 * InsufficientPrivileges}). This is configuration (tenant setting, security group, admin-consent
 * permissions on the app, administrator role), so it is never retried.
 */
public final class PowerBiNotAuthorizedException extends PowerBiException {
  private static final long serialVersionUID = 1L;

  private PowerBiNotAuthorizedException(
      String advice, int status, String code, String requestId, Duration retryAfter, String url) {
    super(advice, status, code, requestId, retryAfter, url, null);
  }

  /** Power BI's 401 {@code PowerBINotAuthorizedException}, with Power BI's advice. */
  public static PowerBiNotAuthorizedException powerBi(String requestId, String url) {
    return refused(
        ServiceDialect.POWER_BI.notAuthorizedAdvice(),
        401,
        "PowerBINotAuthorizedException",
        requestId,
        null,
        url);
  }

  /** {@code advice} says what to check; the request id and URL are added. */
  public static PowerBiNotAuthorizedException refused(
      String advice,
      int statusCode,
      String errorCode,
      String requestId,
      Duration retryAfter,
      String url) {
    return new PowerBiNotAuthorizedException(
        advice, statusCode, errorCode, requestId, retryAfter, url);
  }
}
