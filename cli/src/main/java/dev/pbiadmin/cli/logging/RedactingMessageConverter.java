package dev.pbiadmin.cli.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.pbiadmin.cli.common.Secrets;

/** The {@code %msg} of pbiadmin's log pattern: the formatted message with every secret masked. */
public final class RedactingMessageConverter extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return Secrets.redact(super.convert(event));
  }
}
