package dev.pbiadmin.emulator.portal;

import dev.pbiadmin.emulator.http.HttpServer;
import dev.pbiadmin.emulator.manage.ManagementApi;
import dev.pbiadmin.emulator.spi.EmulatorContext;
import dev.pbiadmin.emulator.spi.EmulatorModule;
import dev.pbiadmin.emulator.throttle.SignInLimiter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulator's admin portal at {@code /portal}: tenant settings, app registrations, security
 * groups, workspaces and the request log, in a browser. Signing in takes the management key and
 * gives an HttpOnly, Secure, SameSite=Strict session cookie; the pages' scripts then call the
 * management API under {@code /emulator} with that cookie instead of the key, so the key never
 * reaches the page after sign-in. See docs/portal.md.
 */
public final class PortalModule implements EmulatorModule {
  static final Duration SESSION_LIFETIME = Duration.ofHours(8);

  private final Clock wallClock;

  public PortalModule() {
    this(Clock.systemUTC());
  }

  PortalModule(Clock wallClock) {
    this.wallClock = wallClock;
  }

  @Override
  public void register(Javalin app, EmulatorContext context) {
    PortalGuard guard =
        new PortalGuard(context.managementKey(), new Sessions(wallClock, SESSION_LIFETIME));
    PortalAssets assets = new PortalAssets();

    app.before(
        "/emulator/*",
        ctx -> {
          if (ctx.header(ManagementApi.KEY_HEADER) == null && guard.scriptCall(ctx)) {
            ctx.attribute(ManagementApi.AUTHENTICATED_ATTRIBUTE, Boolean.TRUE);
          }
        });
    app.before("/portal", PortalModule::securityHeaders);
    app.before("/portal/*", PortalModule::securityHeaders);

    app.get(
        "/portal",
        ctx -> assets.page(ctx, guard.signedIn(ctx) ? "app.html" : "login.html", 200, ""));
    app.get("/portal/", ctx -> ctx.redirect("/portal", HttpStatus.SEE_OTHER));
    app.post("/portal/login", ctx -> login(ctx, guard, assets, context.signInLimiter()));
    app.post(
        "/portal/logout",
        ctx -> {
          if (PortalGuard.sameOrigin(ctx)) {
            guard.signOut(ctx);
          }
          ctx.redirect("/portal", HttpStatus.SEE_OTHER);
        });
    app.get("/portal/assets/{name}", ctx -> assets.asset(ctx, ctx.pathParam("name")));
    app.get(
        "/portal/api/info",
        ctx -> {
          if (!guard.scriptCall(ctx)) {
            unauthorized(ctx);
            return;
          }
          Map<String, Object> info = new LinkedHashMap<>();
          info.put("tenantId", context.directory().tenantId());
          info.put("domain", context.directory().domains().get(0));
          info.put("propagationDelaySeconds", context.config().propagationDelay().toSeconds());
          info.put("timeScale", context.config().timeScale());
          ctx.json(info);
        });
  }

  private static void login(
      Context ctx, PortalGuard guard, PortalAssets assets, SignInLimiter limiter) {
    if (!PortalGuard.sameOrigin(ctx)) {
      assets.page(ctx, "login.html", 403, "Sign-in must come from the portal's own page.");
      return;
    }
    // refused before the key is compared, so the answer while limited says nothing about the key
    Duration wait = limiter.waitBeforeAttempt(ctx.ip());
    if (!wait.isZero()) {
      ctx.header("Retry-After", Long.toString(wait.toSeconds()));
      assets.page(
          ctx,
          "login.html",
          429,
          "Too many wrong keys from this address. Try again in " + wait.toSeconds() + " seconds.");
      return;
    }
    String key =
        ctx.contentType() != null
                && ctx.contentType().startsWith("application/x-www-form-urlencoded")
            ? ctx.formParam("key")
            : null;
    if (!guard.keyMatches(key == null ? null : key.strip())) {
      limiter.failed(ctx.ip());
      assets.page(ctx, "login.html", 401, "That is not this emulator's management key.");
      return;
    }
    guard.signIn(ctx);
    ctx.redirect("/portal", HttpStatus.SEE_OTHER);
  }

  static void unauthorized(Context ctx) {
    ctx.status(401)
        .json(
            HttpServer.errorBody(
                "Unauthorized",
                "sign in to the portal first; portal API calls need the session cookie and the "
                    + PortalGuard.CSRF_HEADER
                    + " header"));
  }

  private static void securityHeaders(Context ctx) {
    // Scripts and styles only from the portal itself: even a missed escape cannot run injected
    // code.
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on the sign-in
    // form.
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }
}
