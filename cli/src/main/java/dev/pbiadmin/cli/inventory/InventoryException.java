package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;

/** An inventory run could not go on; the message says what failed and, where known, what to do. */
public final class InventoryException extends CliException {
  private static final long serialVersionUID = 1L;

  public InventoryException(String message, Throwable cause) {
    super(ExitCode.FAILURE, message, cause);
  }
}
