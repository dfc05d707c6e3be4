package dev.pbiadmin.cli;

/** The {@code pbiadmin} process entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // The version alone needs no command tree: building it is most of a short run's start-up.
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      for (String line : new Version().getVersion()) {
        System.out.println(line);
      }
      System.exit(0);
    }
    System.exit(PbiAdmin.commandLine(new PbiAdmin()).execute(args));
  }
}
