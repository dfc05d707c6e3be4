package dev.pbiadmin.emulator.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.TokenClient;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The validator the Power BI service uses on bearer tokens, against tokens the emulator really
 * issued.
 */
class AccessTokenValidatorIT {
  @RegisterExtension
  static EmulatorExtension extension =
      EmulatorExtension.builder().tokenLifetime(Duration.ofSeconds(120)).build();

  @Test
  void validate_freshToken_returnsAppOnlyPrincipal() {
    Emulator emulator = extension.get();
    ValidatedToken token =
        emulator
            .tokenValidator()
            .validate(
                "Bearer " + issue(emulator, "https://analysis.windows.net/powerbi/api/.default"));

    DemoCredentials demo = emulator.demo().orElseThrow();
    assertThat(token.appId()).isEqualTo(demo.clientId());
    assertThat(token.appOnly()).isTrue();
    assertThat(token.roles()).isEmpty();
    assertThat(token.tenantId()).isEqualTo(emulator.tenantId());
    assertThat(token.objectId())
        .isEqualTo(
            emulator
                .directory()
                .findAppByClientId(demo.clientId())
                .orElseThrow()
                .servicePrincipalId());
  }

  @Test
  void validate_afterLifetimeOnEmulatedClock_rejectsAsExpired() {
    Emulator emulator = extension.get();
    String token = issue(emulator, "https://analysis.windows.net/powerbi/api/.default");
    emulator
        .clock()
        .advance(Duration.ofSeconds(120).plus(AccessTokenValidator.CLOCK_SKEW).plusSeconds(2));

    assertThatThrownBy(() -> emulator.tokenValidator().validate(token))
        .isInstanceOfSatisfying(
            TokenRejectedException.class, e -> assertThat(e.isExpired()).isTrue());
  }

  @Test
  void validate_graphToken_rejectsWrongAudience() {
    Emulator emulator = extension.get();
    String graph = issue(emulator, "https://graph.microsoft.com/.default");

    assertThat(reason(emulator, graph)).isEqualTo(TokenRejectedException.Reason.WRONG_AUDIENCE);
    assertThat(emulator.tokenValidator().validate(graph, "https://graph.microsoft.com/").appOnly())
        .isTrue();
  }

  @Test
  void validate_forgedTokens_rejectedAsBadSignatureOrMalformed() throws Exception {
    Emulator emulator = extension.get();
    JWTClaimsSet claims =
        SignedJWT.parse(issue(emulator, "https://analysis.windows.net/powerbi/api/.default"))
            .getJWTClaimsSet();
    String kid =
        SignedJWT.parse(issue(emulator, "https://analysis.windows.net/powerbi/api/.default"))
            .getHeader()
            .getKeyID();

    SignedJWT otherKey =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
    otherKey.sign(new RSASSASigner(TestCertificates.create("forger").keys().getPrivate()));
    SignedJWT hmac =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
    hmac.sign(new MACSigner(new byte[32]));

    assertThat(reason(emulator, otherKey.serialize()))
        .isEqualTo(TokenRejectedException.Reason.BAD_SIGNATURE);
    assertThat(reason(emulator, hmac.serialize()))
        .isEqualTo(TokenRejectedException.Reason.BAD_SIGNATURE);
    assertThat(reason(emulator, new PlainJWT(claims).serialize()))
        .isEqualTo(TokenRejectedException.Reason.MALFORMED);
    assertThat(reason(emulator, "garbage")).isEqualTo(TokenRejectedException.Reason.MALFORMED);
    assertThat(reason(emulator, "")).isEqualTo(TokenRejectedException.Reason.MISSING);
  }

  private static TokenRejectedException.Reason reason(Emulator emulator, String token) {
    try {
      emulator.tokenValidator().validate(token);
      return null;
    } catch (TokenRejectedException e) {
      return e.reason();
    }
  }

  private static String issue(Emulator emulator, String scope) {
    DemoCredentials demo = emulator.demo().orElseThrow();
    return new TokenClient(emulator)
        .post(
            "/" + emulator.tenantId() + "/oauth2/v2.0/token",
            TokenClient.form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                demo.clientSecret(),
                "scope",
                scope))
        .json()
        .get("access_token")
        .asText();
  }
}
