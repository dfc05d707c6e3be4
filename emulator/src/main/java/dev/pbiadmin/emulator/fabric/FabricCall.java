package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.powerbi.Caller;
import io.javalin.http.Context;

/** One authorized request, as a handler sees it. */
record FabricCall(Context ctx, Caller caller, FabricOperation operation) {

  /** A query parameter, {@code null} when absent or blank. */
  String query(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  String path(String name) {
    return ctx.pathParam(name);
  }
}
