package dev.pbiadmin.emulator.http;

import io.javalin.http.Context;
import java.util.UUID;

/**
 * The per-request GUID sent back in the {@code RequestId} header; modules reuse it in error bodies.
 */
public final class RequestIds {
  public static final String HEADER = "RequestId";
  private static final String ATTRIBUTE = "pbiadmin.requestId";

  private RequestIds() {}

  /** The request id of {@code ctx}, assigned on first use. */
  public static String of(Context ctx) {
    Object id = ctx.attribute(ATTRIBUTE);
    if (id instanceof String s) {
      return s;
    }
    String fresh = UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, fresh);
    return fresh;
  }
}
