package dev.pbiadmin.emulator.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.server.Request;

/** Closes a client's connection without a response, as a network fault would (fault injection). */
public final class DroppedConnection {
  private DroppedConnection() {}

  public static void drop(Context ctx) {
    Request base = Request.getBaseRequest(ctx.req());
    if (base != null) {
      base.getHttpChannel().getEndPoint().close();
      base.setHandled(true);
    } else {
      try {
        ctx.res().getOutputStream().close();
      } catch (IOException ignored) {
        // the point is that the client sees the connection end
      }
    }
  }
}
