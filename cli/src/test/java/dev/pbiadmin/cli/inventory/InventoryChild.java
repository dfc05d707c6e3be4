package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.cli.PbiAdmin;
import picocli.CommandLine;

/** {@code pbiadmin inventory ...} in a child JVM, so a test can kill it with SIGKILL. */
public final class InventoryChild {
  private InventoryChild() {}

  public static void main(String[] args) {
    CommandLine cl = PbiAdmin.commandLine(new PbiAdmin());
    // inventory is registered in PbiAdmin itself
    System.exit(cl.execute(args));
  }
}
