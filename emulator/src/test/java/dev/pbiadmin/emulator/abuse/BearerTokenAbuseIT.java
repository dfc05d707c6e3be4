package dev.pbiadmin.emulator.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.entra.ForgedTokens;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Forged, damaged and misdirected bearer tokens against the Power BI admin API (issue 9 §3). The
 * service answers 401 PowerBINotAuthorizedException for any token it will not accept and 403
 * TokenExpired only for an expired one (reference §"Error bodies"; troubleshoot-rest-api).
 */
class BearerTokenAbuseIT {
  private static final String ADMIN = "/v1.0/myorg/admin/groups?$top=1";

  @RegisterExtension
  static EmulatorExtension extension = EmulatorExtension.builder().demoWorkspaces(2).build();

  static Abuse abuse;
  static ForgedTokens forger;
  static String good;
  static JWTClaimsSet claims;

  @BeforeAll
  static void setUp() throws Exception {
    abuse = new Abuse(extension.get());
    forger = ForgedTokens.of(extension.get());
    good = abuse.demoToken();
    claims = SignedJWT.parse(good).getJWTClaimsSet();
  }

  @AfterEach
  void healthy() {
    abuse.assertHealthy();
  }

  @Test
  void genuineToken_200() {
    assertThat(abuse.get(ADMIN, "Bearer " + good).status()).isEqualTo(200);
    assertThat(abuse.get(ADMIN, "Bearer " + forger.sign(claims)).status())
        .as(
            "the forger signs like the emulator, so the negative cases below test claims, not the"
                + " forger")
        .isEqualTo(200);
  }

  @Test
  void algNone_401() {
    String none = new PlainJWT(claims).serialize();
    String noneWithKid =
        header("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + forger.keyId() + "\"}")
            + "."
            + payload(claims)
            + ".";

    notAuthorized(none);
    notAuthorized(noneWithKid);
  }

  @Test
  void hs256SignedWithThePublicKey_401() throws Exception {
    byte[] publicKeyBytes = publishedPublicKey();
    SignedJWT hmac =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(forger.keyId()).build(), claims);
    hmac.sign(new MACSigner(publicKeyBytes));

    notAuthorized(hmac.serialize());
  }

  @Test
  void wrongOrUnknownKid_401() {
    notAuthorized(
        forger.sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("not-our-kid").build(), claims));
    notAuthorized(forger.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims));
    notAuthorized(
        forger.sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.keyId() + "x").build(), claims));
  }

  @Test
  void expired_403TokenExpired() {
    Instant now = extension.get().clock().instant();
    String expired =
        forger.sign(
            with(
                b ->
                    b.issueTime(Date.from(now.minusSeconds(7200)))
                        .notBeforeTime(Date.from(now.minusSeconds(7200)))
                        .expirationTime(Date.from(now.minusSeconds(3600)))));

    Abuse.Reply r = abuse.get(ADMIN, "Bearer " + expired).assertPowerBiError(403, "TokenExpired");
    assertThat(r.json().path("error").path("message").asText())
        .isEqualTo("Access token has expired, resubmit with a new access token");
  }

  @Test
  void notYetValid_401() {
    Instant now = extension.get().clock().instant();
    notAuthorized(
        forger.sign(
            with(
                b ->
                    b.notBeforeTime(Date.from(now.plusSeconds(3600)))
                        .expirationTime(Date.from(now.plusSeconds(7200))))));
  }

  @Test
  void wrongAudience_401() {
    notAuthorized(forger.sign(with(b -> b.audience("https://graph.microsoft.com"))));
    notAuthorized(
        forger.sign(with(b -> b.audience("https://analysis.windows.net/powerbi/api-evil"))));
  }

  @Test
  void wrongTenantOrIssuer_401() {
    String other = UUID.randomUUID().toString();
    notAuthorized(forger.sign(with(b -> b.claim("tid", other))));
    notAuthorized(
        forger.sign(
            with(b -> b.issuer("https://sts.windows.net/" + other + "/").claim("tid", other))));
    notAuthorized(
        forger.sign(
            with(b -> b.issuer("https://evil.example/" + extension.get().tenantId() + "/"))));
    notAuthorized(forger.sign(with(b -> b.issuer(null))));
  }

  @Test
  void tamperedPayload_401() throws Exception {
    String[] parts = good.split("\\.");
    Map<String, Object> raised = new LinkedHashMap<>(claims.toJSONObject());
    raised.put("roles", java.util.List.of("Tenant.ReadWrite.All"));
    String tampered = parts[0] + "." + payload(JWTClaimsSet.parse(raised)) + "." + parts[2];
    String otherSignature = abuse.demoToken().split("\\.")[2];

    notAuthorized(tampered);
    notAuthorized(parts[0] + "." + parts[1] + "." + otherSignature);
  }

  @Test
  void truncatedAndGarbageTokens_401() {
    String[] parts = good.split("\\.");
    for (String bad :
        new String[] {
          good.substring(0, good.length() - 5),
          parts[0] + "." + parts[1],
          parts[0] + "." + parts[1] + ".",
          "garbage",
          "a.b.c",
          "....",
          "eyJ.eyJ.eyJ",
          "\u00e9\u00e8",
          good + "." + parts[2],
          "Bearer",
          "null"
        }) {
      notAuthorized(bad);
    }
    abuse.get(ADMIN, null).assertPowerBiError(401, "PowerBINotAuthorizedException");
    abuse.get(ADMIN, "Basic dXNlcjpwYXNz").assertPowerBiError(401, "PowerBINotAuthorizedException");
    abuse.get(ADMIN, "Bearer ").assertPowerBiError(401, "PowerBINotAuthorizedException");
  }

  @Test
  void oversizedAuthorizationHeader_401WhenItFits_431WhenItDoesNot() {
    notAuthorized("eyJ" + "A".repeat(6000));

    RawHttp.Response r =
        new RawHttp(extension.get())
            .send("GET " + ADMIN + " HTTP/1.1\r\nAuthorization: Bearer " + "A".repeat(12 * 1024));
    ServerErrorsIT.assertJsonError(r, 431, "RequestHeaderFieldsTooLarge");
  }

  private static void notAuthorized(String token) {
    Abuse.Reply r =
        abuse
            .get(ADMIN, "Bearer " + token)
            .assertPowerBiError(401, "PowerBINotAuthorizedException");
    assertThat(r.json().path("error").path("pbi.error").path("code").asText())
        .isEqualTo("PowerBINotAuthorizedException");
    assertThat(r.body()).doesNotContain(token.length() > 20 ? token.substring(0, 20) : "\u0000");
  }

  private static JWTClaimsSet with(java.util.function.UnaryOperator<JWTClaimsSet.Builder> change) {
    return change.apply(new JWTClaimsSet.Builder(claims)).build();
  }

  private static String header(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String payload(JWTClaimsSet set) {
    return header(set.toString());
  }

  /**
   * The DER bytes of the key the JWKS publishes: what an alg-confusion attacker would use as HMAC
   * secret.
   */
  private static byte[] publishedPublicKey() throws Exception {
    Emulator emulator = extension.get();
    String jwks = abuse.get("/" + emulator.tenantId() + "/discovery/v2.0/keys", null).body();
    var key = com.nimbusds.jose.jwk.JWKSet.parse(jwks).getKeys().get(0).toRSAKey().toRSAPublicKey();
    return key.getEncoded();
  }
}
