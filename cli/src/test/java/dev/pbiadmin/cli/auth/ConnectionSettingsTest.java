package dev.pbiadmin.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How each connection option and variable resolves; every command and the doctor read the result.
 */
class ConnectionSettingsTest {
  private static final String TENANT = "11111111-2222-3333-4444-555555555555";
  private static final String CLIENT = "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb";
  private static final Map<String, String> SECRET =
      Map.of("AZURE_CLIENT_SECRET", "s3cr3t~value-0123456789");

  @Test
  void resolve_publicDefaults_completeWithThePublicCloudsEndpoints() {
    ConnectionSettings s = Connections.resolve(SECRET, "--tenant", TENANT, "--client-id", CLIENT);
    assertThat(s.gaps()).isEmpty();
    assertThat(s.method()).isEqualTo(AuthMethod.SECRET);
    assertThat(s.endpoints())
        .isEqualTo(
            new Endpoints(
                URI.create("https://login.microsoftonline.com"),
                URI.create("https://api.powerbi.com"),
                URI.create("https://graph.microsoft.com"),
                Optional.of(URI.create("https://api.fabric.microsoft.com"))));
    assertThat(s.scope()).isEqualTo("https://analysis.windows.net/powerbi/api/.default");
    assertThat(s.principal()).isEqualTo(PrincipalKind.SERVICE_PRINCIPAL);
  }

  @Test
  void resolve_cloudUsGovHigh_takesThatCloudsAuthorityApiResourceAndGraph() {
    ConnectionSettings s =
        Connections.resolve(
            SECRET, "--tenant", TENANT, "--client-id", CLIENT, "--cloud", "USGovHigh");
    assertThat(s.endpoints().authorityHost().getHost()).isEqualTo("login.microsoftonline.us");
    assertThat(s.endpoints().powerBiApi().getHost()).isEqualTo("api.high.powerbigov.us");
    assertThat(s.endpoints().graph().getHost()).isEqualTo("graph.microsoft.us");
    assertThat(s.resource()).isEqualTo("https://high.analysis.usgovcloudapi.net/powerbi/api");
  }

  @Test
  void resolve_azureVariables_fillTenantClientAndAuthorityUnlessAnOptionIsGiven() {
    Map<String, String> env =
        Map.of(
            "AZURE_TENANT_ID",
            TENANT,
            "AZURE_CLIENT_ID",
            CLIENT,
            "AZURE_CLIENT_SECRET",
            "s3cr3t~value-0123456789",
            "AZURE_AUTHORITY_HOST",
            "https://login.example.test/");
    ConnectionSettings fromEnv = Connections.resolve(env);
    assertThat(fromEnv.tenant()).contains(TENANT);
    assertThat(fromEnv.clientId()).contains(CLIENT);
    assertThat(fromEnv.endpoints().authorityHost())
        .isEqualTo(URI.create("https://login.example.test"));
    ConnectionSettings options =
        Connections.resolve(
            env,
            "--tenant",
            "contoso.com",
            "--authority-host",
            "https://login.microsoftonline.com");
    assertThat(options.tenant()).contains("contoso.com");
    assertThat(options.endpoints().authorityHost().getHost())
        .isEqualTo("login.microsoftonline.com");
  }

  @Test
  void resolve_apiUrlWithTrailingSlash_isTheBaseWithoutIt() {
    ConnectionSettings s =
        Connections.resolve(
            SECRET,
            "--tenant",
            TENANT,
            "--client-id",
            CLIENT,
            "--api-url",
            "https://api.powerbi.com/");
    assertThat(s.endpoints().powerBiApi()).isEqualTo(URI.create("https://api.powerbi.com"));
  }

  @Test
  void resolve_autoWithCertificateAndSecret_prefersTheCertificate() {
    ConnectionSettings s =
        Connections.resolve(
            SECRET, "--tenant", TENANT, "--client-id", CLIENT, "--certificate", "sp.pem");
    assertThat(s.method()).isEqualTo(AuthMethod.CERTIFICATE);
    assertThat(s.credential())
        .isEqualTo(new CredentialSource.Certificate(Path.of("sp.pem"), Optional.empty()));
  }

  @Test
  void resolve_certificatePathVariable_choosesTheCertificate() {
    ConnectionSettings s =
        Connections.resolve(
            Map.of(
                "AZURE_CLIENT_CERTIFICATE_PATH",
                "sp.pfx",
                "AZURE_CLIENT_CERTIFICATE_PASSWORD",
                "pfx-pass"),
            "--tenant",
            TENANT,
            "--client-id",
            CLIENT);
    assertThat(s.credential())
        .isEqualTo(new CredentialSource.Certificate(Path.of("sp.pfx"), Optional.of("pfx-pass")));
    assertThat(s.credential().toString()).doesNotContain("pfx-pass");
  }

  @Test
  void resolve_clientSecretEnv_readsTheNamedVariable() {
    ConnectionSettings s =
        Connections.resolve(
            Map.of("MY_SECRET", "mine~0123456789"),
            "--tenant",
            TENANT,
            "--client-id",
            CLIENT,
            "--client-secret-env",
            "MY_SECRET");
    assertThat(s.credential())
        .isEqualTo(
            new CredentialSource.ClientSecret("mine~0123456789", "environment variable MY_SECRET"));
    assertThat(s.toString()).doesNotContain("mine~0123456789");
  }

  @Test
  void resolve_secretWithSurroundingWhitespace_trimmedWithANotice() {
    ConnectionSettings s =
        Connections.resolve(
            Map.of("AZURE_CLIENT_SECRET", "  s3cr3t~value\r\n"),
            "--tenant",
            TENANT,
            "--client-id",
            CLIENT);
    assertThat(((CredentialSource.ClientSecret) s.credential()).value()).isEqualTo("s3cr3t~value");
    assertThat(s.notices()).extracting(Notice::code).containsExactly("SecretWhitespaceTrimmed");
    assertThat(s.gaps()).isEmpty();
  }

  @Test
  void resolve_managedIdentityOrAzureCli_needNoTenantClientOrSecret() {
    assertThat(Connections.resolve(Map.of(), "--auth", "managed-identity").gaps()).isEmpty();
    assertThat(Connections.resolve(Map.of(), "--auth", "azure-cli").principal())
        .isEqualTo(PrincipalKind.EITHER);
  }

  @Test
  void resolve_masterAccount_isAUserWithANoticeAndTheUsername() {
    ConnectionSettings s =
        Connections.resolve(
            Map.of("PBIADMIN_PASSWORD", "pw"),
            "--tenant",
            TENANT,
            "--client-id",
            CLIENT,
            "--auth",
            "master-account-password",
            "--username",
            "ann@contoso.com");
    assertThat(s.principal()).isEqualTo(PrincipalKind.USER);
    assertThat(s.credential())
        .isEqualTo(new CredentialSource.UserPassword("ann@contoso.com", "pw"));
    assertThat(s.notices()).extracting(Notice::code).containsExactly("DelegatedSignIn");
    assertThat(s.who()).contains("master account ann@contoso.com (delegated, password)");
  }

  @Test
  void resolve_severalGaps_listsThemAllInTheOrderACommandMeetsThem() {
    ConnectionSettings s = Connections.resolve(Map.of(), "--auth", "secret");
    assertThat(s.gaps())
        .extracting(Gap::code)
        .containsExactly("MissingTenant", "MissingClientId", "NoCredential");
    assertThat(s.complete()).isFalse();
  }
}
