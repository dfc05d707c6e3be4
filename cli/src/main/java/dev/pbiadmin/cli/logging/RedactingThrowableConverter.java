package dev.pbiadmin.cli.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.pbiadmin.cli.common.Secrets;

/**
 * The {@code %ex} of pbiadmin's log pattern: exception messages can quote a request, so mask them.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return Secrets.redact(super.throwableProxyToString(proxy));
  }
}
