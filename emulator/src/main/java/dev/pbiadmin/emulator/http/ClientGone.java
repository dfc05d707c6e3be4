package dev.pbiadmin.emulator.http;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;

/**
 * Recognizes a client that went away mid-response (closed or reset the connection): the normal end
 * of an impatient client, not a server fault, so it is neither logged as an error nor answered with
 * a 500 (there is nobody left to answer). Jetty reports it as its {@code EofException}, an {@link
 * EOFException}, possibly wrapping the socket's "Broken pipe" or "Connection reset", and Javalin
 * may wrap that again in an unchecked exception.
 */
public final class ClientGone {
  /** The request log's reason for a request whose client left before the answer. */
  public static final String REASON =
      "the client closed the connection before the response was complete";

  private ClientGone() {}

  /** Notes on {@code log}, at debug level, that the client of a request left mid-response. */
  public static void note(Logger log, String method, String path, String requestId) {
    log.debug("{} {}: the client went away mid-response (RequestId {})", method, path, requestId);
  }

  /**
   * Whether {@code e}, one of its causes or one of their suppressed exceptions says the client
   * closed the connection. Jetty may report a write racing the close as a plain {@code IOException}
   * ("Close SendCallback … in state PROCESSING") with the {@code EofException} only suppressed.
   */
  public static boolean is(Throwable e) {
    return is(e, 0);
  }

  private static boolean is(Throwable e, int depth) {
    for (Throwable t = e;
        t != null && depth < 8;
        t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof EOFException) {
        return true;
      }
      if (t instanceof IOException && t.getMessage() != null) {
        String m = t.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("broken pipe") || m.contains("connection reset")) {
          return true;
        }
      }
      for (Throwable s : t.getSuppressed()) {
        if (is(s, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }
}
