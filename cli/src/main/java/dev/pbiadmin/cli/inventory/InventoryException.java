package dev.pbiadmin.cli.inventory;

/** An inventory run could not go on; the message says what failed and, where known, what to do. */
public final class InventoryException extends RuntimeException {
  public InventoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
