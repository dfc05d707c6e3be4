package dev.pbiadmin.client.implementation;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.pbiadmin.client.AuthenticationFailedException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bearer tokens from a {@link TokenCredential}, cached until shortly before they expire. The token
 * itself is never logged, put in a message or returned outside the transport.
 */
public final class TokenCache {
  private static final Duration REFRESH_MARGIN = Duration.ofMinutes(2);
  private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d{4,9})");

  private final TokenCredential credential;
  private final String scope;
  private final Clock clock;
  private AccessToken cached;
  private String rejected;

  public TokenCache(TokenCredential credential, String scope, Clock clock) {
    this.credential = credential;
    this.scope = scope;
    this.clock = clock;
  }

  /** A token valid for at least the refresh margin, fetching one if needed. */
  public synchronized String token() {
    if (cached == null
        || cached.getExpiresAt() == null
        || !cached.getExpiresAt().toInstant().minus(REFRESH_MARGIN).isAfter(clock.instant())) {
      cached = fetch();
    }
    return cached.getToken();
  }

  /** The service rejected {@code token} as expired: forget it so the next call fetches anew. */
  public synchronized void invalidate(String token) {
    if (cached != null && cached.getToken().equals(token)) {
      cached = null;
      rejected = token;
    }
  }

  private AccessToken fetch() {
    AccessToken t;
    try {
      t = credential.getTokenSync(new TokenRequestContext().addScopes(scope));
      if (t != null && t.getToken() != null && t.getToken().equals(rejected)) {
        // the credential's own cache (MSAL) still trusts the token the service just rejected; a
        // claims request is how azure-identity is told to skip its cache (as for a CAE challenge)
        t =
            credential.getTokenSync(
                new TokenRequestContext()
                    .addScopes(scope)
                    .setCaeEnabled(true)
                    .setClaims(
                        "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\""
                            + clock.instant().getEpochSecond()
                            + "\"}}}"));
      }
    } catch (RuntimeException e) {
      throw failure(e);
    }
    rejected = null;
    if (t == null || t.getToken() == null) {
      throw new AuthenticationFailedException(
          "the credential returned no token for scope " + scope, List.of(), null);
    }
    return t;
  }

  private AuthenticationFailedException failure(RuntimeException e) {
    List<Integer> codes = new ArrayList<>();
    LinkedHashSet<String> lines = new LinkedHashSet<>();
    for (Throwable c = e; c != null && lines.size() < 4; c = c.getCause()) {
      String m = c.getMessage();
      if (m == null) {
        continue;
      }
      Matcher matcher = AADSTS.matcher(m);
      while (matcher.find()) {
        int code = Integer.parseInt(matcher.group(1));
        if (!codes.contains(code)) {
          codes.add(code);
        }
      }
      // Entra descriptions are one sentence followed by trace lines; keep the sentence only
      String first = m.strip().split("\\R", 2)[0];
      if (first.length() > 400) {
        first = first.substring(0, 400) + "...";
      }
      lines.add(first);
    }
    String detail = lines.isEmpty() ? e.getClass().getSimpleName() : String.join(" / ", lines);
    return new AuthenticationFailedException(
        "could not get a token for " + scope + " from Microsoft Entra ID: " + detail, codes, null);
  }
}
