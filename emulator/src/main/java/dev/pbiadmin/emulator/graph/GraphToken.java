package dev.pbiadmin.emulator.graph;

import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import dev.pbiadmin.emulator.entra.TokenRejectedException;
import dev.pbiadmin.emulator.entra.ValidatedToken;
import java.util.Set;

/** The Graph permissions a bearer token carries, or Graph's 401 when it is not a Graph token. */
final class GraphToken {
  private GraphToken() {}

  /** App roles for app-only tokens, scopes for delegated ones. */
  static Set<String> permissions(AccessTokenValidator validator, String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw GraphError.invalidToken("Access token is empty.");
    }
    try {
      ValidatedToken token = validator.validate(authorization, GraphModule.AUDIENCE);
      return Set.copyOf(token.appOnly() ? token.roles() : token.scopes());
    } catch (TokenRejectedException e) {
      throw GraphError.invalidToken(
          switch (e.reason()) {
            case WRONG_AUDIENCE -> "Access token validation failure. Invalid audience.";
            case EXPIRED -> "Lifetime validation failed, the token is expired.";
            case MISSING -> "Access token is empty.";
            default -> "Access token validation failure.";
          });
    }
  }
}
