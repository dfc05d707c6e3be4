package dev.pbiadmin.emulator.entra;

import static dev.pbiadmin.emulator.TokenClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.TokenClient;
import dev.pbiadmin.emulator.directory.AppCertificates;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AADSTS error matrix (reference §1.6) and malformed input: Entra-shaped 4xx, never 5xx. */
class EntraErrorsIT {
  static final String SCOPE = "https://analysis.windows.net/powerbi/api/.default";
  private static final Pattern SUFFIX =
      Pattern.compile(
          "\\r"
              + "\\n"
              + "Trace ID: [0-9a-f-]{36}\\r"
              + "\\n"
              + "Correlation ID: [0-9a-f-]{36}\\r"
              + "\\n"
              + "Timestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$");

  @RegisterExtension static EmulatorExtension extension = EmulatorExtension.builder().build();

  static Emulator emulator;
  static TokenClient client;
  static DemoCredentials demo;
  static TestCertificates certificate;
  static String v2;
  static String v1;

  @BeforeAll
  static void setUp() {
    emulator = extension.get();
    client = new TokenClient(emulator);
    demo = emulator.demo().orElseThrow();
    certificate = TestCertificates.create("errors-it");
    AppRegistration app = emulator.directory().findAppByClientId(demo.clientId()).orElseThrow();
    emulator
        .directory()
        .saveApp(
            new AppRegistration(
                app.clientId(),
                app.servicePrincipalId(),
                app.displayName(),
                app.secrets(),
                List.of(AppCertificates.fromPem(certificate.pem())),
                app.permissions()));
    v2 = "/" + emulator.tenantId() + "/oauth2/v2.0/token";
    v1 = "/" + emulator.tenantId() + "/oauth2/token";
  }

  @Test
  void token_unknownTenant_returns90002() {
    assertEntraError(
        client.post("/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token", secretForm()),
        400,
        "invalid_request",
        90002);
  }

  @Test
  void token_unknownClient_returns700016() {
    assertEntraError(
        client.post(
            v2,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                UUID.randomUUID().toString(),
                "client_secret",
                "x",
                "scope",
                SCOPE)),
        400,
        "unauthorized_client",
        700016);
  }

  @Test
  void token_wrongSecret_returns7000215() {
    assertEntraError(
        client.post(
            v2,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                "not-the-secret",
                "scope",
                SCOPE)),
        401,
        "invalid_client",
        7000215);
  }

  @Test
  void token_expiredSecret_returns7000222() {
    String expired =
        emulator
            .directory()
            .addSecret(demo.clientId(), "old", Instant.now().minus(Duration.ofDays(1)));
    assertEntraError(
        client.post(
            v2,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                expired,
                "scope",
                SCOPE)),
        401,
        "invalid_client",
        7000222);
  }

  @Test
  void token_scopeWithoutDefault_returns1002012() {
    assertEntraError(
        client.post(
            v2,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                demo.clientSecret(),
                "scope",
                "https://analysis.windows.net/powerbi/api/Tenant.Read.All")),
        400,
        "invalid_scope",
        1002012);
  }

  @Test
  void token_unknownScopeResource_returns70011() {
    assertEntraError(
        client.post(
            v2,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                demo.clientSecret(),
                "scope",
                "https://foo.example.com/.default")),
        400,
        "invalid_scope",
        70011);
  }

  @Test
  void token_v1UnknownResource_returns500011() {
    assertEntraError(
        client.post(
            v1,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                demo.clientSecret(),
                "resource",
                "https://foo.example.com")),
        400,
        "invalid_resource",
        500011);
  }

  @Test
  void token_resourceOnV2_returns901002() {
    assertEntraError(
        client.post(
            v2,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                demo.clientSecret(),
                "resource",
                "https://analysis.windows.net/powerbi/api")),
        400,
        "invalid_request",
        901002);
  }

  @Test
  void token_noCredential_returns7000218() {
    assertEntraError(
        client.post(
            v2,
            form("grant_type", "client_credentials", "client_id", demo.clientId(), "scope", SCOPE)),
        401,
        "invalid_client",
        7000218);
  }

  @Test
  void token_assertionSignedByOtherKey_returns700027() throws Exception {
    TestCertificates other = TestCertificates.create("not-registered");
    // claims the registered certificate's thumbprint but is signed by another key
    String assertion = assertion(certificate, other, JWSAlgorithm.RS256, claims(v2).build());
    assertEntraError(client.post(v2, assertionForm(assertion)), 401, "invalid_client", 700027);
  }

  @Test
  void token_assertionWithUnregisteredCertificate_returns700027() throws Exception {
    TestCertificates other = TestCertificates.create("not-registered");
    String assertion = assertion(other, other, JWSAlgorithm.PS256, claims(v2).build());
    assertEntraError(client.post(v2, assertionForm(assertion)), 401, "invalid_client", 700027);
  }

  @Test
  void token_clientCredentialsOverCommon_returns9001023() {
    assertEntraError(
        client.post("/common/oauth2/v2.0/token", secretForm()), 400, "invalid_request", 9001023);
  }

  @Test
  void token_wrongUserPassword_returns50126() {
    assertEntraError(
        client.post(
            v2,
            form(
                "grant_type",
                "password",
                "client_id",
                demo.clientId(),
                "username",
                demo.adminUserPrincipalName(),
                "password",
                "wrong",
                "scope",
                SCOPE)),
        400,
        "invalid_grant",
        50126);
  }

  @Test
  void token_validAssertionPs256_succeedsOnceThenReplayIsRefused() throws Exception {
    String assertion = assertion(certificate, certificate, JWSAlgorithm.PS256, claims(v2).build());
    assertThat(client.post(v2, assertionForm(assertion)).status()).isEqualTo(200);
    assertEntraError(client.post(v2, assertionForm(assertion)), 401, "invalid_client", 50027);
  }

  @Test
  void token_assertionAlgNone_isRefused() {
    String assertion = new PlainJWT(claims(v2).build()).serialize();
    assertEntraError(client.post(v2, assertionForm(assertion)), 401, "invalid_client", 50027);
  }

  @Test
  void token_assertionHs256_isRefused() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .x509CertThumbprint(thumbprint(certificate, "SHA-1"))
                .build(),
            claims(v2).build());
    jwt.sign(new MACSigner(new byte[32]));
    assertEntraError(
        client.post(v2, assertionForm(jwt.serialize())), 401, "invalid_client", 700027);
  }

  @Test
  void token_expiredAssertion_returns700024() throws Exception {
    Instant past = Instant.now().minus(Duration.ofHours(1));
    String assertion =
        assertion(
            certificate,
            certificate,
            JWSAlgorithm.RS256,
            claims(v2)
                .notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(600)))
                .build());
    assertEntraError(client.post(v2, assertionForm(assertion)), 401, "invalid_client", 700024);
  }

  @Test
  void token_assertionForOtherAudience_isRefused() throws Exception {
    String assertion =
        assertion(
            certificate,
            certificate,
            JWSAlgorithm.RS256,
            claims("/" + UUID.randomUUID() + "/oauth2/v2.0/token").build());
    assertEntraError(client.post(v2, assertionForm(assertion)), 401, "invalid_client", 50027);
  }

  @Test
  void token_assertionIssuerNotClient_returns700021() throws Exception {
    String assertion =
        assertion(
            certificate,
            certificate,
            JWSAlgorithm.RS256,
            claims(v2).issuer(UUID.randomUUID().toString()).build());
    assertEntraError(client.post(v2, assertionForm(assertion)), 401, "invalid_client", 700021);
  }

  @Test
  void token_garbageAssertion_isRefused() {
    assertEntraError(client.post(v2, assertionForm("not.a.jwt")), 401, "invalid_client", 50027);
  }

  @Test
  void token_missingGrantType_returns900144() {
    assertEntraError(
        client.post(v2, form("client_id", demo.clientId())), 400, "invalid_request", 900144);
  }

  @Test
  void token_missingScope_returns900144() {
    assertEntraError(
        client.post(
            v2,
            form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                demo.clientSecret())),
        400,
        "invalid_request",
        900144);
  }

  @Test
  void token_unknownGrant_returns70003() {
    assertEntraError(
        client.post(v2, form("grant_type", "urn:example:magic", "client_id", demo.clientId())),
        400,
        "unsupported_grant_type",
        70003);
  }

  @Test
  void token_garbageBody_isEntraShaped400() {
    TokenClient.Reply reply =
        client.send(
            HttpRequest.newBuilder(URI.create(emulator.baseUrl() + v2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("%%%zz&=&&grant_type=%G1")));
    assertEntraError(reply, 400, "invalid_request", 9002313);
  }

  @Test
  void token_jsonBody_isTreatedAsMissingParameters() {
    TokenClient.Reply reply =
        client.send(
            HttpRequest.newBuilder(URI.create(emulator.baseUrl() + v2))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"grant_type\": \"client_credentials\", ")));
    assertEntraError(reply, 400, "invalid_request", 900144);
  }

  @Test
  void token_oneMegabyteBody_isRefusedWith413AndServerKeepsServing() {
    String huge = "grant_type=client_credentials&pad=" + "a".repeat(1_048_576);
    TokenClient.Reply reply =
        client.send(
            HttpRequest.newBuilder(URI.create(emulator.baseUrl() + v2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().get("error_codes").get(0).asInt()).isEqualTo(9002313);

    assertThat(client.post(v2, secretForm()).status()).isEqualTo(200);
  }

  @Test
  void unknownRoute_isJson404WithRequestId() {
    TokenClient.Reply reply = client.get("/no/such/thing");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").get("code").asText()).isEqualTo("NotFound");
    assertThat(reply.raw().headers().firstValue("RequestId")).isPresent();
  }

  @Test
  void discovery_unknownTenant_returns90002() {
    TokenClient.Reply reply = client.get("/contoso.example/v2.0/.well-known/openid-configuration");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error_codes").get(0).asInt()).isEqualTo(90002);
  }

  @Test
  void errors_correlationId_echoesClientRequestId() {
    String correlation = UUID.randomUUID().toString();
    TokenClient.Reply reply =
        client.send(
            HttpRequest.newBuilder(URI.create(emulator.baseUrl() + v2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("client-request-id", correlation)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    assertThat(reply.json().get("correlation_id").asText()).isEqualTo(correlation);
  }

  @Test
  void logs_duringGoodAndBadRequests_neverContainSecretsOrTokens() {
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
        new ch.qos.logback.core.read.ListAppender<>();
    appender.start();
    root.addAppender(appender);
    ch.qos.logback.classic.Level level = root.getLevel();
    root.setLevel(ch.qos.logback.classic.Level.DEBUG);
    try {
      String token = client.post(v2, secretForm()).json().get("access_token").asText();
      client.post(
          v2,
          form(
              "grant_type",
              "client_credentials",
              "client_id",
              demo.clientId(),
              "client_secret",
              "Wrong-" + demo.clientSecret(),
              "scope",
              SCOPE));
      client.post(
          v2,
          form(
              "grant_type",
              "password",
              "client_id",
              demo.clientId(),
              "username",
              demo.adminUserPrincipalName(),
              "password",
              demo.adminPassword(),
              "scope",
              SCOPE));

      assertThat(appender.list)
          .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
          .noneMatch(
              m ->
                  m.contains(demo.clientSecret())
                      || m.contains(demo.adminPassword())
                      || m.contains(token));
    } finally {
      root.setLevel(level);
      root.detachAppender(appender);
    }
  }

  private static Map<String, String> secretForm() {
    return form(
        "grant_type",
        "client_credentials",
        "client_id",
        demo.clientId(),
        "client_secret",
        demo.clientSecret(),
        "scope",
        SCOPE);
  }

  private static Map<String, String> assertionForm(String assertion) {
    return form(
        "grant_type",
        "client_credentials",
        "client_id",
        demo.clientId(),
        "client_assertion_type",
        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion",
        assertion,
        "scope",
        SCOPE);
  }

  private static JWTClaimsSet.Builder claims(String tokenPath) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .audience(emulator.baseUrl() + tokenPath)
        .issuer(demo.clientId())
        .subject(demo.clientId())
        .jwtID(UUID.randomUUID().toString())
        .notBeforeTime(Date.from(now))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(600)));
  }

  /**
   * An assertion whose header names {@code named}'s certificate and is signed by {@code signer}'s
   * key.
   */
  private static String assertion(
      TestCertificates named, TestCertificates signer, JWSAlgorithm alg, JWTClaimsSet claims)
      throws Exception {
    JWSHeader.Builder header = new JWSHeader.Builder(alg);
    if (alg.equals(JWSAlgorithm.PS256)) {
      header.x509CertSHA256Thumbprint(thumbprint(named, "SHA-256"));
    } else {
      header.x509CertThumbprint(thumbprint(named, "SHA-1"));
    }
    SignedJWT jwt = new SignedJWT(header.build(), claims);
    jwt.sign(new RSASSASigner(signer.keys().getPrivate()));
    return jwt.serialize();
  }

  private static Base64URL thumbprint(TestCertificates cert, String digest) throws Exception {
    return Base64URL.encode(
        MessageDigest.getInstance(digest).digest(cert.certificate().getEncoded()));
  }

  static void assertEntraError(TokenClient.Reply reply, int status, String error, int code) {
    assertThat(reply.status()).as("HTTP status").isEqualTo(status);
    JsonNode body = reply.json();
    assertThat(body).as("JSON body").isNotNull();
    assertThat(body.get("error").asText()).isEqualTo(error);
    assertThat(body.get("error_codes").get(0).asInt()).isEqualTo(code);
    String description = body.get("error_description").asText();
    assertThat(description).startsWith("AADSTS" + code + ": ");
    assertThat(description).containsPattern(SUFFIX);
    assertThat(description).contains("Trace ID: " + body.get("trace_id").asText());
    assertThat(description).contains("Correlation ID: " + body.get("correlation_id").asText());
    assertThat(description).endsWith("Timestamp: " + body.get("timestamp").asText());
    assertThat(body.get("error_uri").asText()).endsWith("?code=" + code);
  }
}
