package dev.pbiadmin.emulator.powerbi;

import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.server.Request;

/** The headers every Power BI response carries (observed on the real service, reference §2.3). */
final class Headers {
  private Headers() {}

  static void standard(Context ctx, String requestId) {
    ctx.header("RequestId", requestId);
    ctx.header("Cache-Control", "no-store, must-revalidate, no-cache");
    ctx.header("Pragma", "no-cache");
    ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
  }

  /** Closes the client's connection without a response, as a network fault would. */
  static void dropConnection(Context ctx) {
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
