package dev.pbiadmin.emulator.http;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;

/**
 * Recognizes a client that went away mid-response (closed or reset the connection): the normal
 * end of an impatient client, not a server fault, so it is neither logged as an error nor
 * answered with a 500 (there is nobody left to answer). Jetty reports it as its {@code
 * EofException}, an {@link EOFException}, possibly wrapping the socket's "Broken pipe" or
 * "Connection reset", and Javalin may wrap that again in an unchecked exception.
 */
public final class ClientGone {
  private ClientGone() {}

  /** Whether {@code e} or one of its causes says the client closed the connection. */
  public static boolean is(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException) {
        return true;
      }
      if (t instanceof IOException && t.getMessage() != null) {
        String m = t.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("broken pipe") || m.contains("connection reset")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
