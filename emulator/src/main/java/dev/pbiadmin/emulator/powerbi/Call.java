package dev.pbiadmin.emulator.powerbi;

import io.javalin.http.Context;

/** One authorized request as a handler sees it. */
record Call(Context ctx, Caller caller, Operation operation) {

  String pathParam(String name) {
    return ctx.pathParam(name);
  }

  String query(String name) {
    return ctx.queryParam(name);
  }
}
