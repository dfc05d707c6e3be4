package dev.pbiadmin.emulator.fault;

/**
 * Faults to inject on the routes a rule matches. Rates are probabilities in [0, 1], drawn from the
 * injector's seeded random source so a test run is repeatable.
 *
 * @param route an {@code operationId}, a path prefix starting with {@code /}, or {@code *}
 * @param errorRate share of requests answered with {@code errorStatus}
 * @param errorStatus 500 or 503
 * @param latencyMillis real milliseconds added before the request is served
 * @param dropRate share of requests whose connection is closed without any response
 * @param throttleCount the next this-many requests get 429 (a forced storm), 0 for none
 * @param throttleRetryAfterSeconds the {@code Retry-After} the storm's 429s carry
 */
public record FaultRule(
    String route,
    double errorRate,
    int errorStatus,
    long latencyMillis,
    double dropRate,
    int throttleCount,
    long throttleRetryAfterSeconds) {

  public FaultRule {
    if (route == null || route.isBlank()) {
      throw new IllegalArgumentException(
          "a fault rule needs a route: an operationId, a path prefix or *");
    }
    requireRate("errorRate", errorRate);
    requireRate("dropRate", dropRate);
    if (errorStatus == 0) {
      errorStatus = 503;
    }
    if (errorStatus != 500 && errorStatus != 503) {
      throw new IllegalArgumentException("errorStatus must be 500 or 503, got " + errorStatus);
    }
    if (latencyMillis < 0 || latencyMillis > 120_000) {
      throw new IllegalArgumentException(
          "latencyMillis must be between 0 and 120000, got " + latencyMillis);
    }
    if (throttleCount < 0) {
      throw new IllegalArgumentException("throttleCount must not be negative");
    }
    if (throttleRetryAfterSeconds <= 0) {
      throttleRetryAfterSeconds = 1;
    }
  }

  boolean matches(String operationId, String path) {
    return "*".equals(route)
        || route.equals(operationId)
        || (route.startsWith("/") && path.startsWith(route));
  }

  private static void requireRate(String name, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, got " + rate);
    }
  }
}
