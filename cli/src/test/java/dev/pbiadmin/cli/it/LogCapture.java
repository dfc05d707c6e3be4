package dev.pbiadmin.cli.it;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Redirects pbiadmin's real log appender (with its redacting pattern from LogConfigurator) into
 * memory, so a test sees exactly the log lines a user would see on stderr.
 */
final class LogCapture implements AutoCloseable {
  private final OutputStreamAppender<?> appender;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  LogCapture() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    appender = (OutputStreamAppender<?>) root.getAppender("STDERR");
    appender.setOutputStream(bytes);
  }

  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    appender.setOutputStream(System.err);
  }
}
