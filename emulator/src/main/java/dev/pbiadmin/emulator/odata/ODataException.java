package dev.pbiadmin.emulator.odata;

/**
 * A query option the emulator cannot accept: bad syntax, an unknown property or function, a type
 * mismatch, an out-of-range {@code $top}. The HTTP layer answers it with 400 and this message,
 * which always says what was wrong and, where it helps, where.
 */
public final class ODataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ODataException(String message) {
    super(message);
  }

  /** The HTTP status to answer with: always 400 Bad Request. */
  public int status() {
    return 400;
  }
}
