package dev.pbiadmin.cli.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Removes secrets from any text before it reaches a terminal, a log line or an error message. Two
 * layers: every secret the CLI reads (client secret, certificate password, user password, acquired
 * token) is registered and replaced wherever it appears, and shapes that are secret by nature
 * (JWTs, bearer headers, secret form parameters) are masked even when nobody registered them.
 * Process-wide because the logging layer has no other way to reach it.
 */
public final class Secrets {
  public static final String MASK = "***";

  // A JWT (header.payload[.signature]) of any length: access tokens and client assertions.
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}(\\.[A-Za-z0-9_-]*)?");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
  private static final Pattern FORM_SECRET =
      Pattern.compile(
          "(?i)((?:client_secret|client_assertion|password|access_token|refresh_token)[\"']?\\s*[=:]\\s*[\"']?)[^&\\s\"',}]+");
  // Shorter strings would mask ordinary words; real secrets are far longer.
  private static final int MIN_REGISTERED_LENGTH = 6;

  private static final Set<String> registered = ConcurrentHashMap.newKeySet();

  private Secrets() {}

  /** Registers a secret value so that {@link #redact(String)} masks it wherever it appears. */
  public static String register(String secret) {
    if (secret != null && secret.length() >= MIN_REGISTERED_LENGTH) {
      registered.add(secret);
    }
    return secret;
  }

  /** Returns {@code text} with every registered secret and secret-shaped string masked. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : registered) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    result = JWT.matcher(result).replaceAll(MASK);
    result = BEARER.matcher(result).replaceAll("$1" + MASK);
    return FORM_SECRET.matcher(result).replaceAll("$1" + MASK);
  }
}
