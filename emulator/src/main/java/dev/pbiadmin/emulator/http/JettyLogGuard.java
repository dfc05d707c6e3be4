package dev.pbiadmin.emulator.http;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Jetty's DEBUG and TRACE output off. At those levels Jetty logs raw request buffers and
 * parsed headers, which carry bearer tokens, client secrets, passwords and client assertions; the
 * emulator is a library, so it cannot rely on its host's logging configuration to be safe. Under
 * logback a turbo filter drops those events whatever levels are set later; under any other backend
 * the emulator warns when Jetty debug logging is on. {@value #ALLOW_PROPERTY}{@code =true} lifts
 * the guard, for debugging the HTTP layer with throwaway credentials only.
 */
final class JettyLogGuard {
  static final String ALLOW_PROPERTY = "pbiadmin.emulator.allowJettyDebugLogging";
  static final String JETTY = "org.eclipse.jetty";

  private static final Logger log = LoggerFactory.getLogger(JettyLogGuard.class);

  private JettyLogGuard() {}

  static void install() {
    if (Boolean.getBoolean(ALLOW_PROPERTY)) {
      log.warn(
          "{}=true: Jetty debug logging may write tokens and secrets to the log", ALLOW_PROPERTY);
      return;
    }
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory.getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
      LogbackJettyFilter.installOn(factory);
    } else if (LoggerFactory.getLogger(JETTY).isDebugEnabled()) {
      log.warn(
          "Jetty debug logging is on ({}); it writes request headers and bodies, including tokens"
              + " and secrets. Set {} to INFO.",
          factory.getClass().getName(),
          JETTY);
    }
  }
}
