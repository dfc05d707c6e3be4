package dev.pbiadmin.emulator.entra;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A bearer token that passed {@link AccessTokenValidator}.
 *
 * @param appId the client application ({@code appid})
 * @param objectId the principal: service principal for app-only tokens, user otherwise ({@code
 *     oid})
 * @param tenantId {@code tid}
 * @param roles application permissions ({@code roles}); empty when absent
 * @param scopes delegated permissions ({@code scp}); empty for app-only tokens
 * @param appOnly true for an app-only token ({@code idtyp} "app", or no {@code scp})
 * @param upn the user's principal name, {@code null} for app-only tokens
 * @param expiresAt {@code exp}
 * @param claims every claim, for anything else a module needs
 */
public record ValidatedToken(
    String appId,
    String objectId,
    String tenantId,
    List<String> roles,
    List<String> scopes,
    boolean appOnly,
    String upn,
    Instant expiresAt,
    Map<String, Object> claims) {

  public ValidatedToken {
    roles = List.copyOf(roles);
    scopes = List.copyOf(scopes);
    claims = Map.copyOf(claims);
  }

  @Override
  public String toString() {
    return "ValidatedToken[appId="
        + appId
        + ", objectId="
        + objectId
        + ", appOnly="
        + appOnly
        + "]";
  }
}
