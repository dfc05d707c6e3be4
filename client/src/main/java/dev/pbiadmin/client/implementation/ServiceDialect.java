package dev.pbiadmin.client.implementation;

/**
 * What differs between the services one {@link HttpPipeline} talks to: how each says "your token is
 * stale, get another" and "this caller is not allowed", and its name in messages. Everything else
 * (budgets, retries, Retry-After, logging) is the same path.
 */
public enum ServiceDialect {
  /**
   * Power BI: 401 {@code PowerBINotAuthorizedException} is configuration and never retried; any
   * other 401, and 403 {@code TokenExpired}, mean the token (reference §0.6, §2.3).
   */
  POWER_BI(
      "Power BI",
      "Power BI refused the service principal (PowerBINotAuthorizedException). Check that the"
          + " tenant setting 'Service principals can access read-only admin APIs' is enabled for a"
          + " security group containing this service principal and that the app has no"
          + " admin-consent Power BI permissions; run 'pbiadmin doctor' to diagnose.") {
    @Override
    public boolean staleToken(int status, String code) {
      return (status == 401 && !NOT_AUTHORIZED.equals(code))
          || (status == 403 && TOKEN_EXPIRED.equals(code));
    }

    @Override
    public boolean notAuthorized(int status, String code, boolean refreshed) {
      return status == 401 && NOT_AUTHORIZED.equals(code);
    }
  },

  /**
   * Fabric: 401 is about the token (refresh it once; still 401 afterwards means Fabric will not
   * take this identity's tokens), 403 about permissions (Microsoft's Fabric API troubleshooting
   * article).
   */
  FABRIC(
      "Fabric",
      "Fabric refused the caller. For a service principal, check that the tenant setting 'Service"
          + " principals can access read-only admin APIs' (for updates: 'Service principals can"
          + " access admin APIs used for updates') is enabled for a security group containing it"
          + " and that the app has no admin-consent Power BI permissions; a signed-in user must be"
          + " a Fabric administrator; run 'pbiadmin doctor' to diagnose.") {
    @Override
    public boolean staleToken(int status, String code) {
      return status == 401 || (status == 403 && TOKEN_EXPIRED.equals(code));
    }

    @Override
    public boolean notAuthorized(int status, String code, boolean refreshed) {
      return (status == 403 && !TOKEN_EXPIRED.equals(code)) || (status == 401 && refreshed);
    }
  };

  private static final String NOT_AUTHORIZED = "PowerBINotAuthorizedException";
  private static final String TOKEN_EXPIRED = "TokenExpired";

  private final String serviceName;
  private final String notAuthorizedAdvice;

  ServiceDialect(String serviceName, String notAuthorizedAdvice) {
    this.serviceName = serviceName;
    this.notAuthorizedAdvice = notAuthorizedAdvice;
  }

  /** Whether the answer means "get a new token and try once more". */
  public abstract boolean staleToken(int status, String code);

  /** Whether the answer means the caller is not allowed: configuration, never retried. */
  public abstract boolean notAuthorized(int status, String code, boolean refreshed);

  public String serviceName() {
    return serviceName;
  }

  /** The first sentence of a not-authorized failure: what to check. */
  public String notAuthorizedAdvice() {
    return notAuthorizedAdvice;
  }
}
