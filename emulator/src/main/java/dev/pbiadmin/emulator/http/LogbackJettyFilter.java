package dev.pbiadmin.emulator.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Denies Jetty's DEBUG and TRACE events (see {@link JettyLogGuard}); also answers {@code
 * isDebugEnabled()} with false, so Jetty does not even build the messages. Loaded only when logback
 * is the SLF4J backend; re-added after a logback reconfiguration resets the context.
 */
final class LogbackJettyFilter extends TurboFilter implements LoggerContextListener {
  private static final String PREFIX = JettyLogGuard.JETTY + ".";

  private LogbackJettyFilter() {
    setName("pbiadmin-emulator-jetty-guard");
  }

  static synchronized void installOn(Object factory) {
    LoggerContext context = (LoggerContext) factory;
    if (context.getTurboFilterList().stream().anyMatch(LogbackJettyFilter.class::isInstance)) {
      return;
    }
    LogbackJettyFilter filter = new LogbackJettyFilter();
    filter.setContext(context);
    filter.start();
    context.addTurboFilter(filter);
    context.addListener(filter);
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level.levelInt < Level.INFO_INT
        && (logger.getName().startsWith(PREFIX) || logger.getName().equals(JettyLogGuard.JETTY))) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  @Override
  public boolean isResetResistant() {
    return true;
  }

  @Override
  public void onReset(LoggerContext resetContext) {
    // reset() drops turbo filters; put this one back
    if (resetContext.getTurboFilterList().stream()
        .noneMatch(LogbackJettyFilter.class::isInstance)) {
      resetContext.addTurboFilter(this);
    }
  }

  @Override
  public void onStart(LoggerContext startedContext) {}

  @Override
  public void onStop(LoggerContext stoppedContext) {}

  @Override
  public void onLevelChange(Logger logger, Level level) {}
}
