package dev.pbiadmin.emulator.entra;

/**
 * A bearer token the resource refuses. The Power BI service answers 403 {@code TokenExpired} when
 * {@link #isExpired()} and 401 otherwise.
 */
public final class TokenRejectedException extends RuntimeException {
  private final Reason reason;

  TokenRejectedException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public boolean isExpired() {
    return reason == Reason.EXPIRED;
  }

  /** Why a token was refused. */
  public enum Reason {
    MISSING,
    MALFORMED,
    BAD_SIGNATURE,
    WRONG_ISSUER,
    WRONG_AUDIENCE,
    WRONG_TENANT,
    NOT_YET_VALID,
    EXPIRED
  }
}
