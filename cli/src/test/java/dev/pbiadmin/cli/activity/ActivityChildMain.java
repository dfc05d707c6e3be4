package dev.pbiadmin.cli.activity;

import dev.pbiadmin.cli.PbiAdmin;
import picocli.CommandLine;

/** {@code pbiadmin} with the activity command, as a separate process the kill test can SIGKILL. */
public final class ActivityChildMain {
  private ActivityChildMain() {}

  public static void main(String[] args) {
    CommandLine commandLine = PbiAdmin.commandLine(new PbiAdmin());
    if (!commandLine.getSubcommands().containsKey("activity")) {
      commandLine.addSubcommand("activity", new ActivityCommand());
    }
    System.exit(commandLine.execute(args));
  }
}
