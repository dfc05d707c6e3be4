package dev.pbiadmin.client;

import java.time.Duration;

/**
 * HTTP 401 {@code PowerBINotAuthorizedException}: the token is valid but Power BI does not let this
 * service principal call the admin API. This is configuration (tenant setting, security group,
 * admin-consent permissions on the app), so it is never retried.
 */
public final class PowerBiNotAuthorizedException extends PowerBiException {
  private static final long serialVersionUID = 1L;

  static final String ADVICE =
      "Power BI refused the service principal (PowerBINotAuthorizedException). Check that the tenant"
          + " setting 'Service principals can access read-only admin APIs' is enabled for a security"
          + " group containing this service principal and that the app has no admin-consent Power BI"
          + " permissions; run 'pbiadmin doctor' to diagnose.";

  public PowerBiNotAuthorizedException(
      int statusCode, String errorCode, String requestId, Duration retryAfter, String url) {
    super(ADVICE + Messages.suffix(requestId, url), statusCode, errorCode, requestId, retryAfter, url, null);
  }
}
