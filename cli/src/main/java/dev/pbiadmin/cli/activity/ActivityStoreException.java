package dev.pbiadmin.cli.activity;

/** The DuckDB file could not be opened, read or written. */
final class ActivityStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ActivityStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
