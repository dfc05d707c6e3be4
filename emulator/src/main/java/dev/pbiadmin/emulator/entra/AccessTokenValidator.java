package dev.pbiadmin.emulator.entra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.directory.Directory;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Validates bearer tokens the way the Power BI service does: RS256 signature by the emulator's key
 * (no {@code alg=none}, no HMAC, no unknown {@code kid}), {@code iss} {@code
 * https://sts.windows.net/{tid}/}, the resource's {@code aud}, this tenant's {@code tid}, and
 * {@code nbf}/{@code exp} against the emulated clock with a small skew.
 */
public final class AccessTokenValidator {
  /** Power BI's audience, the default of {@link #validate(String)}. */
  public static final String POWER_BI_AUDIENCE = Resource.POWER_BI.uri();

  /** The Fabric REST API's audience ({@code https://api.fabric.microsoft.com/.default} tokens). */
  public static final String FABRIC_AUDIENCE = Resource.FABRIC.uri();

  /** Tolerated clock difference for {@code nbf} and {@code exp}. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  private final String keyId;
  private final JWSVerifier verifier;
  private final Directory directory;
  private final Clock clock;

  public AccessTokenValidator(SigningKeys keys, Directory directory, Clock clock) {
    this.keyId = keys.keyId();
    try {
      this.verifier = new RSASSAVerifier(keys.publicJwk());
    } catch (JOSEException e) {
      throw new IllegalStateException("unusable signing key", e);
    }
    this.directory = directory;
    this.clock = clock;
  }

  /** Validates a token for Power BI. The token may carry a {@code Bearer } prefix. */
  public ValidatedToken validate(String token) {
    return validate(token, POWER_BI_AUDIENCE);
  }

  /** Validates a token for the resource whose application id URI is {@code audience}. */
  public ValidatedToken validate(String token, String audience) {
    if (token == null || token.isBlank()) {
      throw new TokenRejectedException(TokenRejectedException.Reason.MISSING, "no bearer token");
    }
    String raw = token.strip();
    if (raw.regionMatches(true, 0, "Bearer ", 0, 7)) {
      raw = raw.substring(7).strip();
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(raw);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException | RuntimeException e) {
      throw new TokenRejectedException(TokenRejectedException.Reason.MALFORMED, "not a signed JWT");
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
        || !keyId.equals(jwt.getHeader().getKeyID())) {
      throw new TokenRejectedException(
          TokenRejectedException.Reason.BAD_SIGNATURE, "unknown signing key or algorithm");
    }
    try {
      if (!jwt.verify(verifier)) {
        throw new TokenRejectedException(
            TokenRejectedException.Reason.BAD_SIGNATURE, "signature does not verify");
      }
    } catch (JOSEException e) {
      throw new TokenRejectedException(
          TokenRejectedException.Reason.BAD_SIGNATURE, "signature does not verify");
    }
    String tenantId = directory.tenantId();
    if (!("https://sts.windows.net/" + tenantId + "/").equals(claims.getIssuer())) {
      throw new TokenRejectedException(
          TokenRejectedException.Reason.WRONG_ISSUER, "issuer is not this tenant");
    }
    String wanted = Resource.normalize(audience);
    if (claims.getAudience().stream().noneMatch(a -> Resource.normalize(a).equals(wanted))) {
      throw new TokenRejectedException(
          TokenRejectedException.Reason.WRONG_AUDIENCE, "token is for another audience");
    }
    String tid = stringClaim(claims, "tid");
    if (tid == null || !tid.equalsIgnoreCase(tenantId)) {
      throw new TokenRejectedException(
          TokenRejectedException.Reason.WRONG_TENANT, "token is for another tenant");
    }
    Instant now = clock.instant();
    if (claims.getExpirationTime() == null
        || now.isAfter(claims.getExpirationTime().toInstant().plus(CLOCK_SKEW))) {
      throw new TokenRejectedException(TokenRejectedException.Reason.EXPIRED, "token has expired");
    }
    if (claims.getNotBeforeTime() != null
        && now.plus(CLOCK_SKEW).isBefore(claims.getNotBeforeTime().toInstant())) {
      throw new TokenRejectedException(
          TokenRejectedException.Reason.NOT_YET_VALID, "token is not valid yet");
    }
    String scp = stringClaim(claims, "scp");
    List<String> scopes =
        scp == null || scp.isBlank() ? List.of() : Arrays.asList(scp.trim().split("\\s+"));
    List<String> roles = listClaim(claims, "roles");
    String idtyp = stringClaim(claims, "idtyp");
    boolean appOnly =
        idtyp != null ? idtyp.toLowerCase(Locale.ROOT).equals("app") : scopes.isEmpty();
    return new ValidatedToken(
        stringClaim(claims, "appid"),
        stringClaim(claims, "oid"),
        tid,
        roles,
        scopes,
        appOnly,
        stringClaim(claims, "upn"),
        claims.getExpirationTime().toInstant(),
        claims.getClaims());
  }

  private static String stringClaim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String s ? s : null;
  }

  private static List<String> listClaim(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    if (value instanceof List<?> list) {
      return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }
}
