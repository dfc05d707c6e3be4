package dev.pbiadmin.emulator.store;

/** The emulator's database could not be read or written; a server fault, never a client mistake. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
