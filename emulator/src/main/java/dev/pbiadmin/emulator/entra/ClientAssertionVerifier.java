package dev.pbiadmin.emulator.entra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.directory.AppCertificate;
import dev.pbiadmin.emulator.directory.AppCertificates;
import dev.pbiadmin.emulator.directory.AppRegistration;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Verifies certificate-signed client assertions (reference §1.3): RS256 with {@code x5t} (SHA-1
 * thumbprint) or PS256 with {@code x5t#S256}, signed by a certificate registered on the app; {@code
 * iss} = {@code sub} = client id; {@code aud} = this tenant's token endpoint; {@code exp}/{@code
 * nbf} with five minutes of skew; each {@code jti} accepted once. Times are checked against the
 * real clock, because clients stamp assertions with theirs even when the emulated clock runs
 * faster.
 */
final class ClientAssertionVerifier {
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final Duration SKEW = Duration.ofMinutes(5);

  private final Clock realClock;
  private final Map<String, Instant> seenJtis = new ConcurrentHashMap<>();

  ClientAssertionVerifier(Clock realClock) {
    this.realClock = realClock;
  }

  /**
   * Checks {@code assertion} for {@code app}; {@code audienceOk} decides whether an {@code aud}
   * value names this tenant's token endpoint.
   */
  void verify(AppRegistration app, String assertion, Predicate<String> audienceOk) {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(assertion);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException | RuntimeException e) {
      throw EntraError.assertionMalformed("The client assertion is not a signed JWT.");
    }
    JWSHeader header = jwt.getHeader();
    AppCertificate certificate = findCertificate(app, header);
    Instant now = realClock.instant();
    if (now.isAfter(certificate.notAfter())) {
      throw EntraError.assertionSignature("The key used is expired.");
    }
    RSAPublicKey key;
    try {
      key = (RSAPublicKey) AppCertificates.parse(certificate.pem()).getPublicKey();
    } catch (ClassCastException e) {
      throw EntraError.assertionSignature("The certificate's key is not an RSA key.");
    }
    try {
      if (!jwt.verify(new RSASSAVerifier(key))) {
        throw EntraError.assertionSignature("Signature is invalid.");
      }
    } catch (JOSEException e) {
      throw EntraError.assertionSignature("Signature is invalid.");
    }
    if (!app.clientId().equalsIgnoreCase(claims.getIssuer())
        || !app.clientId().equalsIgnoreCase(claims.getSubject())) {
      throw EntraError.assertionClientMismatch();
    }
    if (claims.getAudience().isEmpty() || claims.getAudience().stream().noneMatch(audienceOk)) {
      throw EntraError.assertionMalformed(
          "The audience of the client assertion is not this tenant's token endpoint.");
    }
    checkTimes(claims, now);
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank()) {
      throw EntraError.assertionMalformed("The client assertion has no 'jti' claim.");
    }
    forgetExpired(now);
    Instant keepUntil = claims.getExpirationTime().toInstant().plus(SKEW);
    if (seenJtis.putIfAbsent(app.clientId() + "|" + jti, keepUntil) != null) {
      throw EntraError.assertionMalformed("The client assertion's 'jti' has already been used.");
    }
  }

  private static AppCertificate findCertificate(AppRegistration app, JWSHeader header) {
    JWSAlgorithm alg = header.getAlgorithm();
    if (!JWSAlgorithm.RS256.equals(alg) && !JWSAlgorithm.PS256.equals(alg)) {
      throw EntraError.assertionSignature(
          "The signing algorithm " + alg + " is not supported; use RS256 or PS256.");
    }
    String sha1 =
        header.getX509CertThumbprint() == null
            ? null
            : urlSafe(header.getX509CertThumbprint().toString());
    String sha256 =
        header.getX509CertSHA256Thumbprint() == null
            ? null
            : urlSafe(header.getX509CertSHA256Thumbprint().toString());
    if (sha1 == null && sha256 == null) {
      throw EntraError.assertionSignature(
          "The client assertion header has no 'x5t' or 'x5t#S256'.");
    }
    for (AppCertificate cert : app.certificates()) {
      if (cert.thumbprintSha1().equals(sha1) || cert.thumbprintSha256().equals(sha256)) {
        return cert;
      }
    }
    throw EntraError.assertionSignature(
        "The key was not found. Thumbprint of key used by client: '"
            + (sha256 != null ? sha256 : sha1)
            + "'. Please visit the Azure Portal to verify the certificate is"
            + " registered on application '"
            + app.clientId()
            + "'.");
  }

  /**
   * MSAL4J sends thumbprints in standard Base64 ({@code +/=}); the JOSE spec says base64url. Accept
   * both.
   */
  private static String urlSafe(String thumbprint) {
    return thumbprint.replace('+', '-').replace('/', '_').replace("=", "");
  }

  private static void checkTimes(JWTClaimsSet claims, Instant now) {
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw EntraError.assertionMalformed("The client assertion has no 'exp' claim.");
    }
    if (now.isAfter(exp.toInstant().plus(SKEW))) {
      throw EntraError.assertionTime(
          "Current time: " + now + ", expiry time of assertion " + exp.toInstant() + ".");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.plus(SKEW).isBefore(nbf.toInstant())) {
      throw EntraError.assertionTime(
          "Current time: " + now + ", assertion valid from " + nbf.toInstant() + ".");
    }
  }

  private void forgetExpired(Instant now) {
    if (seenJtis.size() < 1024) {
      return;
    }
    for (Iterator<Instant> it = seenJtis.values().iterator(); it.hasNext(); ) {
      if (it.next().isBefore(now)) {
        it.remove();
      }
    }
  }

  /**
   * Whether {@code aud} is {@code <scheme>://<host>:<port>/<tenant>/oauth2[/v2.0]/token} for this
   * server.
   */
  static boolean isTokenEndpoint(String aud, URI baseUrl, Predicate<String> isThisTenant) {
    URI uri;
    try {
      uri = URI.create(aud);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (uri.getScheme() == null || uri.getHost() == null || uri.getPath() == null) {
      return false;
    }
    boolean sameServer =
        uri.getScheme().equalsIgnoreCase(baseUrl.getScheme())
            && uri.getPort() == baseUrl.getPort()
            && (uri.getHost().equals("127.0.0.1") || uri.getHost().equalsIgnoreCase("localhost"));
    String[] segments = uri.getPath().split("/");
    // "", tenant, "oauth2", ["v2.0",] "token"
    boolean shape =
        (segments.length == 4 && segments[2].equals("oauth2") && segments[3].equals("token"))
            || (segments.length == 5
                && segments[2].equals("oauth2")
                && segments[3].equals("v2.0")
                && segments[4].equals("token"));
    return sameServer && shape && isThisTenant.test(segments[1]);
  }
}
