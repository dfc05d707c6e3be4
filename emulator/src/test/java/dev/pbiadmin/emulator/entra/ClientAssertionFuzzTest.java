package dev.pbiadmin.emulator.entra;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.directory.AppCertificate;
import dev.pbiadmin.emulator.directory.AppCertificates;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Coverage-guided fuzzing of certificate client assertions (Jazzer): arbitrary text, and assertions
 * really signed with the app's registered certificate key whose header and claims the fuzzer
 * chooses. Each ends in an AADSTS {@link EntraError} or is a well-formed, unexpired, first-use
 * assertion for this app and this token endpoint.
 */
class ClientAssertionFuzzTest {
  private static final String CLIENT_ID = "0b7e3f55-9d1c-4a8e-b2f4-6c1d9e8a7f30";
  private static final String TENANT = "8f2d6c1e-4b7a-4c3e-9a51-2f0e6d7c8b90";
  private static final URI BASE = URI.create("https://127.0.0.1:8443");
  private static final String ENDPOINT = BASE + "/" + TENANT + "/oauth2/v2.0/token";
  private static TestCertificates cert;
  private static AppRegistration app;
  private static ClientAssertionVerifier verifier;

  private static synchronized void setUp() {
    if (cert == null) {
      cert = TestCertificates.create("fuzz");
      AppCertificate registered = AppCertificates.fromPem(cert.pem());
      app =
          new AppRegistration(
              CLIENT_ID,
              "5c3a1e2b-0000-4000-8000-000000000001",
              "fuzz",
              List.of(),
              List.of(registered),
              List.of());
      verifier = new ClientAssertionVerifier(Clock.systemUTC());
    }
  }

  @FuzzTest
  void verify_arbitraryOrFuzzSignedAssertion_aadstsErrorOrReallyValid(FuzzedDataProvider data)
      throws JOSEException, java.text.ParseException {
    setUp();
    boolean signed = data.consumeBoolean();
    String assertion = signed ? signed(data) : data.consumeRemainingAsString();
    try {
      verifier.verify(
          app,
          assertion,
          aud -> ClientAssertionVerifier.isTokenEndpoint(aud, BASE, TENANT::equalsIgnoreCase));
    } catch (EntraError expected) {
      assertThat(expected.status()).isBetween(400, 499);
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(signed).as("an unsigned assertion was accepted").isTrue();
    JWTClaimsSet claims = SignedJWT.parse(assertion).getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualToIgnoringCase(CLIENT_ID);
    assertThat(claims.getSubject()).isEqualToIgnoringCase(CLIENT_ID);
    assertThat(claims.getAudience()).anySatisfy(a -> assertThat(a).isEqualTo(ENDPOINT));
    assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now().minusSeconds(600));
  }

  private static String signed(FuzzedDataProvider data) throws JOSEException {
    AppCertificate registered = app.certificates().get(0);
    boolean pss = data.consumeBoolean();
    JWSHeader.Builder header = new JWSHeader.Builder(pss ? JWSAlgorithm.PS256 : JWSAlgorithm.RS256);
    switch (data.consumeInt(0, 3)) {
      case 0 -> header.x509CertThumbprint(new Base64URL(registered.thumbprintSha1()));
      case 1 -> header.x509CertSHA256Thumbprint(new Base64URL(registered.thumbprintSha256()));
      case 2 -> header.x509CertThumbprint(new Base64URL(data.consumeString(40)));
      default -> {} // no thumbprint at all
    }
    long now = System.currentTimeMillis();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(data.consumeBoolean() ? CLIENT_ID : data.consumeString(40))
            .subject(
                data.consumeBoolean()
                    ? CLIENT_ID.toUpperCase(java.util.Locale.ROOT)
                    : data.consumeString(40))
            .audience(data.consumeBoolean() ? ENDPOINT : data.consumeString(120))
            .expirationTime(
                data.consumeBoolean()
                    ? null
                    : new Date(now + data.consumeLong(-86_400_000L, 86_400_000L)))
            .notBeforeTime(data.consumeBoolean() ? null : new Date(now + data.consumeLong()))
            .jwtID(data.consumeBoolean() ? null : data.consumeString(40))
            .build();
    SignedJWT jwt = new SignedJWT(header.build(), claims);
    jwt.sign(new RSASSASigner(cert.keys().getPrivate()));
    return jwt.serialize();
  }
}
