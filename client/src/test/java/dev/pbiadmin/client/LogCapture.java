package dev.pbiadmin.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of every logger at TRACE (message, arguments, stack traces) while open,
 * so a test can prove a value never reaches any log line at any verbosity.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<String> lines = new ArrayList<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Level previous = root.getLevel();

  LogCapture() {
    setContext(root.getLoggerContext());
    start();
    root.addAppender(this);
    root.setLevel(Level.TRACE);
  }

  @Override
  protected synchronized void append(ILoggingEvent e) {
    StringBuilder sb = new StringBuilder(e.getFormattedMessage());
    if (e.getArgumentArray() != null) {
      for (Object a : e.getArgumentArray()) {
        sb.append(" | ").append(a);
      }
    }
    for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
      sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
    }
    lines.add(sb.toString());
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void close() {
    root.detachAppender(this);
    root.setLevel(previous);
    stop();
  }
}
