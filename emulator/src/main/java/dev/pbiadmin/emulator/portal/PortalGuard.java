package dev.pbiadmin.emulator.portal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may use the portal: a browser holding a session cookie it got by presenting the management
 * key. Calls from the portal's scripts must also be same-origin (the SameSite=Strict cookie, plus
 * the {@link #CSRF_HEADER} a cross-site form cannot send and a cross-site script cannot send
 * without a CORS preflight the emulator never grants, plus the Origin and Sec-Fetch-Site headers
 * when the browser sends them).
 */
final class PortalGuard {
  static final String COOKIE = "pbiadmin_portal";
  static final String CSRF_HEADER = "X-Portal-Request";

  private final String key;
  private final Sessions sessions;

  PortalGuard(String key, Sessions sessions) {
    this.key = key;
    this.sessions = sessions;
  }

  boolean keyMatches(String presented) {
    return presented != null
        && MessageDigest.isEqual(
            presented.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
  }

  boolean signedIn(Context ctx) {
    return sessions.isValid(ctx.cookie(COOKIE));
  }

  /** A call from the portal's own scripts: signed in, marked, and not sent from another site. */
  boolean scriptCall(Context ctx) {
    return signedIn(ctx) && "1".equals(ctx.header(CSRF_HEADER)) && sameOrigin(ctx);
  }

  /** False when the browser says the request comes from another origin or site. */
  static boolean sameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return false;
    }
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    return origin == null || (host != null && origin.equalsIgnoreCase(ctx.scheme() + "://" + host));
  }

  String signIn(Context ctx) {
    String id = sessions.create();
    ctx.header("Set-Cookie", cookie(ctx, id, sessions.lifetime().toSeconds()));
    return id;
  }

  void signOut(Context ctx) {
    sessions.end(ctx.cookie(COOKIE));
    ctx.header("Set-Cookie", cookie(ctx, "", 0));
  }

  private static String cookie(Context ctx, String value, long maxAgeSeconds) {
    // Path=/ because the scripts call the management API under /emulator with this cookie.
    String secure = "https".equals(ctx.scheme()) ? "; Secure" : "";
    return COOKIE
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly"
        + secure
        + "; SameSite=Strict";
  }
}
