package dev.pbiadmin.emulator.portal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The portal's pages, script and style sheet, read once from the classpath; nothing external. */
final class PortalAssets {
  private static final Map<String, String> TYPES =
      Map.of(
          "portal.css", "text/css; charset=utf-8",
          "portal.js", "text/javascript; charset=utf-8",
          "settings.js", "text/javascript; charset=utf-8",
          "apps.js", "text/javascript; charset=utf-8",
          "groups.js", "text/javascript; charset=utf-8",
          "workspaces.js", "text/javascript; charset=utf-8",
          "requests.js", "text/javascript; charset=utf-8",
          "app.html", "text/html; charset=utf-8",
          "login.html", "text/html; charset=utf-8");

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  /** Serves a page; {@code message} is one of the portal's own fixed texts, escaped anyway. */
  void page(Context ctx, String name, int status, String message) {
    String html =
        new String(read(name), StandardCharsets.UTF_8).replace("{{message}}", escape(message));
    ctx.status(status).contentType(TYPES.get(name)).result(html);
  }

  void asset(Context ctx, String name) {
    if (!TYPES.containsKey(name) || name.endsWith(".html")) {
      ctx.status(404)
          .json(
              dev.pbiadmin.emulator.http.HttpServer.errorBody(
                  "NotFound", "the portal has no asset with that name"));
      return;
    }
    ctx.contentType(TYPES.get(name)).result(read(name));
  }

  private byte[] read(String name) {
    return cache.computeIfAbsent(
        name,
        n -> {
          try (InputStream in = PortalAssets.class.getResourceAsStream(n)) {
            if (in == null) {
              throw new IllegalStateException(
                  "portal resource " + n + " is missing from the emulator jar");
            }
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
