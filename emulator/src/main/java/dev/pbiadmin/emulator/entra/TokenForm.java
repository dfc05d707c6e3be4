package dev.pbiadmin.emulator.entra;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The form body of a token request, read with a size cap, plus HTTP Basic client credentials.
 * Anything that is not a well-formed form becomes an {@link EntraError}, never an exception page.
 */
record TokenForm(Map<String, String> params, String basicClientId, String basicSecret) {
  /** Token requests are small; anything larger is refused before parsing. */
  static final int MAX_BYTES = 64 * 1024;

  static TokenForm read(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw EntraError.malformedRequest(413);
    }
    return of(readCapped(ctx), ctx.contentType(), ctx.header("Authorization"));
  }

  /**
   * The form from a request's body, {@code Content-Type} and {@code Authorization} header (either
   * may be null). Anything malformed is an {@link EntraError}; this is the fuzzed entry point.
   */
  static TokenForm of(String body, String contentTypeHeader, String authorization) {
    String contentType =
        contentTypeHeader == null ? "" : contentTypeHeader.toLowerCase(Locale.ROOT);
    Map<String, String> params = new HashMap<>();
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
      params = parse(body);
    }
    String basicId = null;
    String basicSecret = null;
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw EntraError.malformedRequest(400);
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw EntraError.malformedRequest(400);
      }
      // RFC 6749 §2.3.1: both parts are form-urlencoded before the Base64 step.
      basicId = decode(decoded.substring(0, colon));
      basicSecret = decode(decoded.substring(colon + 1));
    }
    return new TokenForm(Map.copyOf(params), basicId, basicSecret);
  }

  String get(String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  String require(String name) {
    String value = get(name);
    if (value == null) {
      throw EntraError.missingParameter(name);
    }
    return value;
  }

  String clientId() {
    return basicClientId != null ? basicClientId : get("client_id");
  }

  String clientSecret() {
    return basicSecret != null ? basicSecret : get("client_secret");
  }

  private static String readCapped(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + n > MAX_BYTES) {
          throw EntraError.malformedRequest(413);
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw EntraError.malformedRequest(400);
    }
  }

  private static Map<String, String> parse(String body) {
    Map<String, String> params = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw EntraError.malformedRequest(400);
    }
  }

  @Override
  public String toString() {
    return "TokenForm[" + params.keySet() + "]";
  }
}
