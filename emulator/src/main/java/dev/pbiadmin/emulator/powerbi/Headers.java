package dev.pbiadmin.emulator.powerbi;

import io.javalin.http.Context;

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
}
