package dev.pbiadmin.emulator.entra;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.List;

/**
 * Coverage-guided fuzzing of bearer-token validation (Jazzer): arbitrary text, and tokens really
 * signed with the emulator's key whose header and claims the fuzzer chooses, so every claim check
 * is reached. Each ends in a {@link TokenRejectedException} or in a token that really is valid.
 */
class BearerTokenFuzzTest {
  private static final List<JWSAlgorithm> ALGS =
      List.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.PS256,
          JWSAlgorithm.HS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.parse("none"));

  @FuzzTest
  void validate_arbitraryOrFuzzSignedToken_rejectedWithAReasonOrReallyValid(FuzzedDataProvider data)
      throws JOSEException {
    FuzzTenant t = FuzzTenant.get();
    AccessTokenValidator validator =
        new AccessTokenValidator(t.keys, t.directory, FuzzTenant.CLOCK);
    boolean signed = data.consumeBoolean();
    String token = signed ? signedToken(t, data) : data.consumeRemainingAsString();
    if (token == null) {
      return;
    }
    ValidatedToken valid;
    try {
      valid =
          validator.validate(
              token,
              data.consumeBoolean()
                  ? AccessTokenValidator.POWER_BI_AUDIENCE
                  : AccessTokenValidator.FABRIC_AUDIENCE);
    } catch (TokenRejectedException expected) {
      assertThat(expected.reason()).isNotNull();
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    // accepted: it must be one the service would accept
    assertThat(signed).as("an unsigned token was accepted").isTrue();
    assertThat(valid.tenantId()).isEqualToIgnoringCase(t.directory.tenantId());
    assertThat(valid.expiresAt()).isAfter(FuzzTenant.NOW.minus(AccessTokenValidator.CLOCK_SKEW));
  }

  private static String signedToken(FuzzTenant t, FuzzedDataProvider data) throws JOSEException {
    String tenant = t.directory.tenantId();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(data.consumeBoolean() ? t.keys.keyId() : data.consumeString(40))
            .type(data.consumeBoolean() ? JOSEObjectType.JWT : null)
            .build();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(
                data.consumeBoolean()
                    ? "https://sts.windows.net/" + tenant + "/"
                    : data.consumeString(80))
            .audience(
                data.consumeBoolean()
                    ? List.of(AccessTokenValidator.POWER_BI_AUDIENCE, data.consumeString(40))
                    : List.of(data.consumeString(80)))
            .claim(
                "tid",
                data.consumeBoolean()
                    ? tenant.toUpperCase(java.util.Locale.ROOT)
                    : data.consumeString(40))
            .expirationTime(
                data.consumeBoolean()
                    ? null
                    : new Date(FuzzTenant.NOW.toEpochMilli() + data.consumeLong()))
            .notBeforeTime(
                data.consumeBoolean()
                    ? null
                    : new Date(FuzzTenant.NOW.toEpochMilli() + data.consumeLong()))
            .claim("scp", data.consumeBoolean() ? null : data.consumeString(40))
            .claim(
                "roles",
                data.consumeBoolean() ? List.of(data.consumeString(20), 7) : data.consumeString(10))
            .claim("idtyp", data.consumeBoolean() ? null : data.consumeString(8))
            .claim("appid", data.consumeBoolean() ? data.consumeInt() : data.consumeString(40));
    SignedJWT jwt = new SignedJWT(header, claims.build());
    jwt.sign(t.keys.signer());
    String compact = jwt.serialize();
    int tamper = data.consumeInt(0, 3);
    if (tamper == 1) {
      // another algorithm named in a header that was signed as RS256
      JWSAlgorithm alg = data.pickValue(ALGS);
      // written by hand: Nimbus refuses to build a JWS header with "none"
      String forged =
          com.nimbusds.jose.util.Base64URL.encode(
                  "{\"alg\":\"" + alg.getName() + "\",\"kid\":\"" + t.keys.keyId() + "\"}")
              .toString();
      return forged + compact.substring(compact.indexOf('.'));
    }
    if (tamper == 2) {
      return (data.consumeBoolean() ? "Bearer " : "bearer\t") + compact + data.consumeString(4);
    }
    return compact;
  }
}
