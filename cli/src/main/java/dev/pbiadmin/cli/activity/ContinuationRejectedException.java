package dev.pbiadmin.cli.activity;

/** The service refused a stored continuation token (expired or unknown): restart the day. */
final class ContinuationRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ContinuationRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
