package dev.pbiadmin.emulator.entra;

import dev.pbiadmin.emulator.http.RequestIds;
import io.javalin.http.Context;

/** Response headers Entra's token endpoint sends (reference §1.4). */
final class TokenHeaders {
  private TokenHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Cache-Control", "no-store, no-cache");
    ctx.header("Pragma", "no-cache");
    ctx.header("Expires", "-1");
    ctx.header("x-ms-request-id", RequestIds.of(ctx));
    ctx.header("client-request-id", EntraErrorRenderer.correlationId(ctx));
  }
}
