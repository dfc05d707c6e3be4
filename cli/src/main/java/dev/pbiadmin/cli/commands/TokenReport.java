package dev.pbiadmin.cli.commands;

import com.azure.core.credential.AccessToken;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.cli.auth.JwtClaims;
import dev.pbiadmin.cli.common.Secrets;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Prints a token's claims as aligned "name value" lines; shared by {@code token} and {@code demo}.
 */
final class TokenReport {
  private final PrintWriter out;

  TokenReport(PrintWriter out) {
    this.out = out;
  }

  void print(Connection connection, AccessToken token, boolean showToken) {
    Secrets.register(token.getToken());
    JwtClaims claims = JwtClaims.decode(token.getToken());
    out.printf("%-9s %s%n", "identity", connection.who());
    out.printf("%-9s %s%n", "scope", connection.scope());
    for (Map.Entry<String, String> claim : claims.shown().entrySet()) {
      out.printf("%-9s %s%n", claim.getKey(), claim.getValue());
    }
    Instant expires = claims.expiresAt().orElse(token.getExpiresAt().toInstant());
    out.printf(
        "%-9s %s (in %s)%n",
        "expires", expires, JwtClaims.describe(Duration.between(Instant.now(), expires)));
    out.printf(
        "%-9s %s%n", "token", showToken ? token.getToken() : "(hidden; --show-token prints it)");
    out.flush();
  }
}
