package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.entra.ValidatedToken;
import java.util.Set;

/**
 * Who is calling, as a validated access token says.
 *
 * @param tenantId the {@code tid} claim
 * @param appId the {@code appid} (v1) or {@code azp} (v2) claim
 * @param objectId the {@code oid} claim: the service principal's or the user's object id
 * @param roles the {@code roles} claim (application permissions), empty if absent
 * @param scopes the {@code scp} claim split on spaces, empty for app-only tokens
 * @param userPrincipalName the {@code upn} claim of delegated tokens, or {@code null}
 */
public record Caller(
    String tenantId,
    String appId,
    String objectId,
    Set<String> roles,
    Set<String> scopes,
    String userPrincipalName) {

  public Caller {
    roles = Set.copyOf(roles);
    scopes = Set.copyOf(scopes);
  }

  /** The caller a validated token names; app-only tokens have no scopes, whatever they carry. */
  public static Caller of(ValidatedToken token) {
    return new Caller(
        token.tenantId(),
        token.appId(),
        token.objectId(),
        Set.copyOf(token.roles()),
        token.appOnly() ? Set.of() : Set.copyOf(token.scopes()),
        token.upn());
  }

  /** An app-only token carries no {@code scp} claim (access-token claims reference). */
  public boolean isAppOnly() {
    return scopes.isEmpty();
  }

  /** Names the caller for the request log: the user's UPN or the app id. Never a token. */
  public String describe() {
    return isAppOnly() ? "app " + appId : "user " + userPrincipalName + " via app " + appId;
  }
}
