package dev.pbiadmin.client.implementation;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Makes a request URL safe to log or put in a message. Continuation tokens are opaque cursors that
 * grant access to the rest of a result, so they are hidden together with anything named like a
 * credential.
 */
public final class UrlRedactor {
  private static final Pattern SENSITIVE =
      Pattern.compile(
          "(?i)([?&](?:continuationToken|[a-z_]*token|[a-z_]*secret|client_assertion|code|sig|signature|password|key)=)[^&#]*");

  private UrlRedactor() {}

  public static String redact(URI uri) {
    return uri == null ? null : redact(uri.toString());
  }

  public static String redact(String url) {
    return url == null ? null : SENSITIVE.matcher(url).replaceAll("$1REDACTED");
  }
}
