package dev.pbiadmin.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets how much the libraries underneath say. Quiet by default because azure-identity and MSAL log
 * warnings that are noise to a user who gets a clear error message anyway.
 */
public final class Logging {
  private Logging() {}

  public static void configure(boolean verbose, boolean quiet) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(verbose && !quiet ? Level.DEBUG : Level.OFF);
    // Javalin and Jetty at DEBUG drown everything else; their INFO is enough with --verbose.
    level("org.eclipse.jetty", verbose ? Level.INFO : Level.WARN);
    level("io.javalin", verbose ? Level.INFO : Level.WARN);
    level("dev.pbiadmin", quiet ? Level.OFF : verbose ? Level.DEBUG : Level.WARN);
  }

  private static void level(String name, Level level) {
    ((Logger) LoggerFactory.getLogger(name)).setLevel(level);
  }
}
