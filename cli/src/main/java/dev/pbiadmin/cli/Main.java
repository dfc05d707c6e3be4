package dev.pbiadmin.cli;

/** The {@code pbiadmin} process entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(PbiAdmin.commandLine(new PbiAdmin()).execute(args));
  }
}
