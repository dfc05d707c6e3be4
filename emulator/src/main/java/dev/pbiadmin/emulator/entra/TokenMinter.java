package dev.pbiadmin.emulator.entra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Mints v1.0 access tokens the way Entra does for Power BI (reference §1.5): {@code iss} {@code
 * https://sts.windows.net/{tid}/}, {@code aud} the resource URI, {@code appid}/{@code appidacr},
 * {@code oid} = {@code sub}; {@code roles} only for admin-consented application permissions on the
 * resource; {@code scp} and user claims for delegated tokens. RS256, with {@code kid} and {@code
 * x5t} in the header.
 */
final class TokenMinter {
  /**
   * Role template id of "Fabric Administrator" (formerly Power BI administrator), sent in {@code
   * wids}.
   */
  static final String FABRIC_ADMIN_ROLE = "a9ea8996-122f-4c74-9520-8edcd192826c";

  private final SigningKeys keys;
  private final Clock clock;
  private final Duration lifetime;
  private final JWSHeader header;

  TokenMinter(SigningKeys keys, Clock clock, Duration lifetime) {
    this.keys = keys;
    this.clock = clock;
    this.lifetime = lifetime;
    this.header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(JOSEObjectType.JWT)
            .keyID(keys.keyId())
            .x509CertThumbprint(new Base64URL(keys.keyId()))
            .build();
  }

  Duration lifetime() {
    return lifetime;
  }

  /** An app-only token; {@code appidacr} is "1" for a secret, "2" for a certificate. */
  Minted appOnly(String tenantId, AppRegistration app, Resource resource, String appidacr) {
    List<String> roles =
        app.permissions().stream()
            .filter(
                p -> p.isApplication() && p.adminConsentGranted() && resource.matches(p.resource()))
            .map(p -> p.name())
            .distinct()
            .toList();
    JWTClaimsSet.Builder claims =
        common(tenantId, resource)
            .claim("appid", app.clientId())
            .claim("appidacr", appidacr)
            .claim("idtyp", "app")
            .claim("oid", app.servicePrincipalId())
            .subject(app.servicePrincipalId());
    if (!roles.isEmpty()) {
      claims.claim("roles", roles);
    }
    return sign(claims);
  }

  /** A delegated (user) token carrying {@code scp}. */
  Minted delegated(
      String tenantId,
      AppRegistration app,
      User user,
      Resource resource,
      List<String> scopes,
      String appidacr) {
    JWTClaimsSet.Builder claims =
        common(tenantId, resource)
            .claim("acr", "1")
            .claim("amr", List.of("pwd"))
            .claim("appid", app.clientId())
            .claim("appidacr", appidacr)
            .claim("idtyp", "user")
            .claim("name", user.displayName())
            .claim("oid", user.objectId())
            .claim("scp", String.join(" ", scopes))
            .subject(pairwiseSubject(user, app))
            .claim("unique_name", user.userPrincipalName())
            .claim("upn", user.userPrincipalName());
    if (user.fabricAdministrator()) {
      claims.claim("wids", List.of(FABRIC_ADMIN_ROLE));
    }
    return sign(claims);
  }

  /**
   * The v2.0 ID token Entra adds to a user grant that asked for {@code openid}: MSAL builds its
   * account (and azure-identity its authentication record) from it and {@code client_info}.
   */
  String idToken(String issuer, String tenantId, AppRegistration app, User user) {
    Instant now = clock.instant();
    Date issued = Date.from(Instant.ofEpochSecond(now.getEpochSecond()));
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .audience(app.clientId())
            .issuer(issuer)
            .issueTime(issued)
            .notBeforeTime(issued)
            .expirationTime(Date.from(issued.toInstant().plus(lifetime)))
            .claim("name", user.displayName())
            .claim("oid", user.objectId())
            .claim("preferred_username", user.userPrincipalName())
            .claim("rh", "0." + opaque(36) + ".")
            .subject(pairwiseSubject(user, app))
            .claim("tid", tenantId)
            .claim("uti", opaque(16))
            .claim("ver", "2.0");
    return sign(claims).token();
  }

  /**
   * {@code client_info}: Base64url JSON naming the user's home account, {@code uid.utid} in MSAL
   * caches.
   */
  static String clientInfo(String tenantId, User user) {
    String json = "{\"uid\":\"" + user.objectId() + "\",\"utid\":\"" + tenantId + "\"}";
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private JWTClaimsSet.Builder common(String tenantId, Resource resource) {
    Instant now = clock.instant();
    Date issued = Date.from(Instant.ofEpochSecond(now.getEpochSecond()));
    String issuer = "https://sts.windows.net/" + tenantId + "/";
    return new JWTClaimsSet.Builder()
        .audience(resource.uri())
        .issuer(issuer)
        .issueTime(issued)
        .notBeforeTime(issued)
        .expirationTime(Date.from(issued.toInstant().plus(lifetime)))
        .claim("aio", opaque(48))
        .claim("idp", issuer)
        .claim("rh", "0." + opaque(36) + ".")
        .claim("tid", tenantId)
        .claim("uti", opaque(16))
        .claim("ver", "1.0");
  }

  private Minted sign(JWTClaimsSet.Builder claims) {
    JWTClaimsSet set = claims.build();
    SignedJWT jwt = new SignedJWT(header, set);
    try {
      jwt.sign(keys.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("token signing failed", e);
    }
    return new Minted(
        jwt.serialize(), set.getNotBeforeTime().toInstant(), set.getExpirationTime().toInstant());
  }

  // Entra's sub for user tokens is pairwise: stable per user and app, unlike oid.
  private static String pairwiseSubject(User user, AppRegistration app) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (user.objectId() + "|" + app.clientId())
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 43);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String opaque(int bytes) {
    byte[] random = new byte[bytes];
    // opaque correlation values, not secrets: a fast generator is fine
    java.util.concurrent.ThreadLocalRandom.current().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** A signed token and its validity window. */
  record Minted(String token, Instant notBefore, Instant expiresOn) {
    @Override
    public String toString() {
      return "Minted[expiresOn=" + expiresOn + "]";
    }
  }
}
