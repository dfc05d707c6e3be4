package dev.pbiadmin.emulator.entra;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.TokenClient;
import dev.pbiadmin.emulator.directory.AppCertificates;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens from Microsoft's own libraries (MSAL4J, azure-identity) and from plain form posts, each
 * verified against the emulator's published JWKS. The libraries are used unchanged except for the
 * authority host, the trust store, and instance discovery switched off: for any host that is not a
 * Microsoft cloud, MSAL4J sends instance discovery to login.microsoftonline.com (see
 * docs/tenant-file.md, "Using Microsoft's libraries").
 */
class EntraTokenIT {
  static final String POWER_BI_SCOPE = "https://analysis.windows.net/powerbi/api/.default";

  @RegisterExtension static EmulatorExtension extension = EmulatorExtension.builder().build();

  static TestCertificates certificate;
  static AppRegistration certApp;

  @BeforeAll
  static void uploadCertificate() {
    Emulator emulator = extension.get();
    certificate = TestCertificates.create("pbiadmin-cert-app");
    AppRegistration demo =
        emulator
            .directory()
            .findAppByClientId(emulator.demo().orElseThrow().clientId())
            .orElseThrow();
    certApp =
        new AppRegistration(
            demo.clientId(),
            demo.servicePrincipalId(),
            demo.displayName(),
            demo.secrets(),
            List.of(AppCertificates.fromPem(certificate.pem())),
            demo.permissions());
    emulator.directory().saveApp(certApp);
  }

  @Test
  void msal4j_clientSecret_issuesVerifiableAppOnlyToken() throws Exception {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();
    IAuthenticationResult result =
        msal(emulator, ClientCredentialFactory.createFromSecret(demo.clientSecret()));

    JWTClaimsSet claims = verify(emulator, result.accessToken());
    assertAppOnlyClaims(emulator, claims, "1");
  }

  @Test
  void msal4j_certificate_issuesTokenWithAppidacr2() throws Exception {
    Emulator emulator = extension.get();
    IAuthenticationResult result =
        msal(
            emulator,
            ClientCredentialFactory.createFromCertificate(
                certificate.keys().getPrivate(), certificate.certificate()));

    JWTClaimsSet claims = verify(emulator, result.accessToken());
    assertAppOnlyClaims(emulator, claims, "2");
  }

  @Test
  void azureIdentity_clientSecretCredential_issuesVerifiableToken() throws Exception {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();
    AccessToken token =
        new ClientSecretCredentialBuilder()
            .tenantId(emulator.tenantId())
            .clientId(demo.clientId())
            .clientSecret(demo.clientSecret())
            .authorityHost(emulator.authorityHost().toString())
            .disableInstanceDiscovery()
            .httpClient(httpClient(emulator))
            .build()
            .getToken(new TokenRequestContext().addScopes(POWER_BI_SCOPE))
            .block();

    assertThat(token).isNotNull();
    assertAppOnlyClaims(emulator, verify(emulator, token.getToken()), "1");
  }

  @Test
  void azureIdentity_clientCertificateCredential_issuesVerifiableToken(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Emulator emulator = extension.get();
    Path pem = dir.resolve("app.pem");
    StringWriter key = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(key)) {
      writer.writeObject(new JcaPKCS8Generator(certificate.keys().getPrivate(), null));
    }
    Files.writeString(pem, key + certificate.pem());
    AccessToken token =
        new ClientCertificateCredentialBuilder()
            .tenantId(emulator.tenantId())
            .clientId(certApp.clientId())
            .pemCertificate(pem.toString())
            .authorityHost(emulator.authorityHost().toString())
            .disableInstanceDiscovery()
            .httpClient(httpClient(emulator))
            .build()
            .getToken(new TokenRequestContext().addScopes(POWER_BI_SCOPE))
            .block();

    assertThat(token).isNotNull();
    assertAppOnlyClaims(emulator, verify(emulator, token.getToken()), "2");
  }

  @Test
  void formPost_v2WithDomainAndBasicAuth_returnsNumericLifetimes() throws Exception {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();
    TokenClient client = new TokenClient(emulator);
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (demo.clientId() + ":" + java.net.URLEncoder.encode(demo.clientSecret(), "UTF-8"))
                    .getBytes());
    TokenClient.Reply reply =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        emulator.baseUrl() + "/" + DemoTenant.DOMAIN + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&scope="
                            + java.net.URLEncoder.encode(POWER_BI_SCOPE, "UTF-8"))));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").isNumber()).isTrue();
    assertThat(body.get("expires_in").asLong()).isEqualTo(3599);
    assertThat(body.get("ext_expires_in").isNumber()).isTrue();
    assertThat(reply.raw().headers().firstValue("Cache-Control")).hasValue("no-store, no-cache");
    assertAppOnlyClaims(emulator, verify(emulator, body.get("access_token").asText()), "1");
  }

  @Test
  void formPost_v1Resource_returnsStringNumbersAndResource() throws Exception {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();
    TokenClient.Reply reply =
        new TokenClient(emulator)
            .post(
                "/" + emulator.tenantId() + "/oauth2/token",
                TokenClient.form(
                    "grant_type",
                    "client_credentials",
                    "client_id",
                    demo.clientId(),
                    "client_secret",
                    demo.clientSecret(),
                    "resource",
                    "https://analysis.windows.net/powerbi/api"));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("expires_in").isTextual()).isTrue();
    assertThat(body.get("expires_in").asText()).isEqualTo("3599");
    assertThat(body.get("expires_on").isTextual()).isTrue();
    assertThat(body.get("not_before").isTextual()).isTrue();
    assertThat(body.get("resource").asText()).isEqualTo("https://analysis.windows.net/powerbi/api");
    JWTClaimsSet claims = verify(emulator, body.get("access_token").asText());
    assertAppOnlyClaims(emulator, claims, "1");
    assertThat(claims.getExpirationTime().getTime() / 1000)
        .isEqualTo(body.get("expires_on").asLong());
  }

  @Test
  void formPost_misconfiguredApp_tokenCarriesAdminConsentedRoles() throws Exception {
    Emulator emulator = extension.get();
    AppRegistration misconfigured =
        emulator.directory().apps().stream()
            .filter(a -> a.displayName().equals(DemoTenant.MISCONFIGURED_APP_NAME))
            .findFirst()
            .orElseThrow();
    String secret = emulator.directory().addSecret(misconfigured.clientId(), "test", null);
    TokenClient.Reply reply =
        new TokenClient(emulator)
            .post(
                "/" + emulator.tenantId() + "/oauth2/v2.0/token",
                TokenClient.form(
                    "grant_type",
                    "client_credentials",
                    "client_id",
                    misconfigured.clientId(),
                    "client_secret",
                    secret,
                    "scope",
                    POWER_BI_SCOPE));

    assertThat(reply.status()).isEqualTo(200);
    JWTClaimsSet claims = verify(emulator, reply.json().get("access_token").asText());
    assertThat(claims.getStringListClaim("roles")).containsExactly("Tenant.Read.All");
    assertThat(
            emulator.tokenValidator().validate(reply.json().get("access_token").asText()).roles())
        .containsExactly("Tenant.Read.All");
  }

  @Test
  void formPost_passwordGrant_issuesDelegatedTokenWithScpAndUserClaims() throws Exception {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();
    TokenClient.Reply reply =
        new TokenClient(emulator)
            .post(
                "/" + emulator.tenantId() + "/oauth2/v2.0/token",
                TokenClient.form(
                    "grant_type",
                    "password",
                    "client_id",
                    demo.clientId(),
                    "client_secret",
                    demo.clientSecret(),
                    "username",
                    demo.adminUserPrincipalName(),
                    "password",
                    demo.adminPassword(),
                    "scope",
                    POWER_BI_SCOPE + " openid profile offline_access"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("scope").asText())
        .isEqualTo("https://analysis.windows.net/powerbi/api/Tenant.Read.All");
    JWTClaimsSet claims = verify(emulator, reply.json().get("access_token").asText());
    assertThat(claims.getStringClaim("scp")).isEqualTo("Tenant.Read.All");
    assertThat(claims.getStringClaim("upn")).isEqualTo(DemoTenant.ADMIN_UPN);
    assertThat(claims.getStringClaim("unique_name")).isEqualTo(DemoTenant.ADMIN_UPN);
    assertThat(claims.getStringClaim("idtyp")).isEqualTo("user");
    assertThat(claims.getStringListClaim("amr")).containsExactly("pwd");
    assertThat(claims.getStringClaim("oid"))
        .isEqualTo(
            emulator
                .directory()
                .findUserByPrincipalName(DemoTenant.ADMIN_UPN)
                .orElseThrow()
                .objectId());
    assertThat(claims.getClaim("roles")).isNull();
    ValidatedToken validated =
        emulator.tokenValidator().validate(reply.json().get("access_token").asText());
    assertThat(validated.appOnly()).isFalse();
    assertThat(validated.scopes()).containsExactly("Tenant.Read.All");
  }

  @Test
  void formPost_graphScope_issuesTokenForGraphAudience() throws Exception {
    Emulator emulator = extension.get();
    DemoCredentials demo = emulator.demo().orElseThrow();
    TokenClient.Reply reply =
        new TokenClient(emulator)
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
                    "https://graph.microsoft.com/.default"));

    assertThat(reply.status()).isEqualTo(200);
    JWTClaimsSet claims = verify(emulator, reply.json().get("access_token").asText());
    assertThat(claims.getAudience()).containsExactly("https://graph.microsoft.com");
  }

  @Test
  void discovery_v1AndV2Documents_nameJwksAndEndpoints() {
    Emulator emulator = extension.get();
    TokenClient client = new TokenClient(emulator);
    JsonNode v2 =
        client.get("/" + emulator.tenantId() + "/v2.0/.well-known/openid-configuration").json();
    JsonNode v1 = client.get("/" + DemoTenant.DOMAIN + "/.well-known/openid-configuration").json();
    JsonNode instance =
        client
            .get(
                "/common/discovery/instance?api-version=1.1&authorization_endpoint="
                    + emulator.baseUrl()
                    + "/"
                    + emulator.tenantId()
                    + "/oauth2/v2.0/authorize")
            .json();

    assertThat(v2.get("token_endpoint").asText())
        .isEqualTo(emulator.baseUrl() + "/" + emulator.tenantId() + "/oauth2/v2.0/token");
    assertThat(v2.get("issuer").asText())
        .isEqualTo(emulator.baseUrl() + "/" + emulator.tenantId() + "/v2.0");
    assertThat(v1.get("issuer").asText())
        .isEqualTo("https://sts.windows.net/" + emulator.tenantId() + "/");
    assertThat(v1.get("token_endpoint").asText()).endsWith("/oauth2/token");
    assertThat(
            client
                .get(java.net.URI.create(v1.get("jwks_uri").asText()).getPath())
                .json()
                .get("keys"))
        .hasSize(1);
    assertThat(instance.get("tenant_discovery_endpoint").asText())
        .endsWith("/v2.0/.well-known/openid-configuration");
  }

  static IAuthenticationResult msal(Emulator emulator, IClientCredential credential)
      throws Exception {
    ConfidentialClientApplication app =
        ConfidentialClientApplication.builder(emulator.demo().orElseThrow().clientId(), credential)
            .authority(emulator.authorityHost() + emulator.tenantId() + "/")
            .instanceDiscovery(false)
            .sslSocketFactory(emulator.sslContext().getSocketFactory())
            .build();
    return app.acquireToken(ClientCredentialParameters.builder(Set.of(POWER_BI_SCOPE)).build())
        .get();
  }

  static HttpClient httpClient(Emulator emulator) {
    return new JdkHttpClientBuilder(
            java.net.http.HttpClient.newBuilder().sslContext(emulator.sslContext()))
        .build();
  }

  /** Verifies the signature with the JWKS the v1 discovery document names, as a resource would. */
  static JWTClaimsSet verify(Emulator emulator, String token) throws Exception {
    TokenClient client = new TokenClient(emulator);
    String jwksUri =
        client
            .get("/" + emulator.tenantId() + "/.well-known/openid-configuration")
            .json()
            .get("jwks_uri")
            .asText();
    JWKSet jwks =
        JWKSet.parse(
            client
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(jwksUri)))
                .raw()
                .body());
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
    JWTClaimsSet claims = processor.process(token, null);
    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(jwks.getKeys().get(0).getKeyID());
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    return claims;
  }

  static void assertAppOnlyClaims(Emulator emulator, JWTClaimsSet claims, String appidacr)
      throws Exception {
    AppRegistration app =
        emulator
            .directory()
            .findAppByClientId(emulator.demo().orElseThrow().clientId())
            .orElseThrow();
    assertThat(claims.getAudience()).containsExactly("https://analysis.windows.net/powerbi/api");
    assertThat(claims.getIssuer())
        .isEqualTo("https://sts.windows.net/" + emulator.tenantId() + "/");
    assertThat(claims.getStringClaim("appid")).isEqualTo(app.clientId());
    assertThat(claims.getStringClaim("appidacr")).isEqualTo(appidacr);
    assertThat(claims.getStringClaim("oid")).isEqualTo(app.servicePrincipalId());
    assertThat(claims.getSubject()).isEqualTo(app.servicePrincipalId());
    assertThat(claims.getStringClaim("tid")).isEqualTo(emulator.tenantId());
    assertThat(claims.getStringClaim("idtyp")).isEqualTo("app");
    assertThat(claims.getStringClaim("ver")).isEqualTo("1.0");
    assertThat(claims.getClaim("roles"))
        .as("the demo app holds no admin-consented application permission")
        .isNull();
    assertThat(claims.getClaim("scp")).isNull();
    assertThat(claims.getIssueTime()).isNotNull();
    assertThat(claims.getNotBeforeTime()).isNotNull();
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
        .isEqualTo(3599_000L);
  }
}
