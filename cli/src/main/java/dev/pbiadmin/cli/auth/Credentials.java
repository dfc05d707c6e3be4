package dev.pbiadmin.cli.auth;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.UsernamePasswordCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;
import dev.pbiadmin.cli.CliException;
import dev.pbiadmin.cli.ExitCode;
import dev.pbiadmin.client.FabricAdminClientBuilder;
import dev.pbiadmin.client.PowerBiCloud;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;

/** Turns {@link AuthOptions} plus the environment into an azure-identity {@link TokenCredential}. */
final class Credentials {
  private static final Set<String> MICROSOFT_AUTHORITY_HOSTS =
      Set.of("login.microsoftonline.com", "login.microsoftonline.us", "login.chinacloudapi.cn");

  private final AuthOptions options;
  private final Map<String, String> env;
  private final SecretSource secrets;
  private final PrintWriter notices;
  private final Optional<EmulatorDescriptor> emulator;

  Credentials(AuthOptions options, Map<String, String> env, InputStream in, PrintWriter notices) {
    this.options = options;
    this.env = env;
    this.secrets = new SecretSource(env, in);
    this.notices = notices;
    this.emulator = Optional.ofNullable(options.emulator).map(EmulatorDescriptor::read);
  }

  Connection connect() {
    Optional<SSLContext> ssl =
        Optional.ofNullable(options.caCert)
            .or(() -> emulator.map(EmulatorDescriptor::caCert))
            .map(TrustedCa::sslContext);
    HttpClient http = httpClient(ssl);
    String authority = authorityHost();
    String apiUrl =
        firstNonBlank(options.apiUrl, emulator.map(EmulatorDescriptor::powerBiApiUrl).orElse(null))
            .orElse(options.cloud.endpoint().toString());
    String scope = options.cloud.scope();
    AuthMethod method = resolveMethod();
    if (method.delegated()) {
      notices.println(
          "Note: signing in as a user (delegated master account), not as a service principal."
              + " Move to a service principal once the tenant setting allows it.");
    }
    TokenCredential credential = build(method, http, authority);
    return new Connection(credential, scope, stripSlash(apiUrl), ssl, who(method),
        emulator.map(EmulatorDescriptor::timeScale).orElse(1.0), fabricApiUrl(), graphUrl());
  }

  /** {@code --fabric-api-url}, the emulator's, or the public cloud's; other clouds must name theirs. */
  private Optional<String> fabricApiUrl() {
    return firstNonBlank(options.fabricApiUrl, emulator.map(EmulatorDescriptor::fabricApiUrl).orElse(null))
        .or(() -> options.cloud == PowerBiCloud.PUBLIC ? Optional.of(FabricAdminClientBuilder.DEFAULT_ENDPOINT)
            : Optional.empty())
        .map(Credentials::stripSlash);
  }

  /** The emulator's Graph, or the public one for the clouds that authenticate against public Entra ID. */
  private Optional<String> graphUrl() {
    return emulator.map(EmulatorDescriptor::graphUrl)
        .or(() -> options.cloud == PowerBiCloud.PUBLIC || options.cloud == PowerBiCloud.US_GOV
            ? Optional.of("https://graph.microsoft.com") : Optional.empty())
        .map(Credentials::stripSlash);
  }

  private TokenCredential build(AuthMethod method, HttpClient http, String authority) {
    return switch (method) {
      case SECRET ->
          aad(new ClientSecretCredentialBuilder(), http, authority)
              .tenantId(tenant())
              .clientId(clientId())
              .clientSecret(clientSecret().orElseThrow(Credentials::noSecret))
              .build();
      case CERTIFICATE -> certificate(http, authority);
      case MANAGED_IDENTITY -> {
        ManagedIdentityCredentialBuilder builder = new ManagedIdentityCredentialBuilder().httpClient(http);
        // A client id selects a user-assigned identity; without one the system-assigned is used.
        optionalClientId().ifPresent(builder::clientId);
        yield builder.build();
      }
      case WORKLOAD_IDENTITY ->
          aad(new WorkloadIdentityCredentialBuilder(), http, authority)
              .tenantId(tenant())
              .clientId(clientId())
              .tokenFilePath(
                  Optional.ofNullable(options.federatedTokenFile)
                      .map(Path::toString)
                      .or(() -> Optional.ofNullable(env.get("AZURE_FEDERATED_TOKEN_FILE")))
                      .orElseThrow(
                          () ->
                              usage(
                                  "Workload identity needs a federated token file: set"
                                      + " AZURE_FEDERATED_TOKEN_FILE or pass --federated-token-file.")))
              .build();
      case AZURE_CLI -> {
        AzureCliCredentialBuilder builder = new AzureCliCredentialBuilder();
        optionalTenant().ifPresent(builder::tenantId);
        yield builder.build();
      }
      case ENVIRONMENT -> new EnvironmentCredentialBuilder().authorityHost(authority).httpClient(http).build();
      case MASTER_ACCOUNT_PASSWORD -> masterAccountPassword(http, authority);
      case MASTER_ACCOUNT_DEVICE_CODE ->
          aad(new DeviceCodeCredentialBuilder(), http, authority)
              .tenantId(tenant())
              .clientId(clientId())
              .challengeConsumer(
                  challenge -> {
                    notices.println(challenge.getMessage());
                    notices.flush();
                  })
              .build();
      case AUTO -> throw new IllegalStateException("resolveMethod() never returns AUTO");
    };
  }

  private TokenCredential certificate(HttpClient http, String authority) {
    Path file = certificatePath().orElseThrow(() -> usage("--auth certificate needs --certificate FILE."));
    ClientCertificateCredentialBuilder builder =
        aad(new ClientCertificateCredentialBuilder(), http, authority)
            .tenantId(tenant())
            .clientId(clientId());
    if (isPfx(file)) {
      builder.pfxCertificate(file.toString());
      secrets
          .read(
              "certificate password",
              options.certificatePasswordFile,
              false,
              Optional.ofNullable(options.certificatePasswordEnv).orElse("AZURE_CLIENT_CERTIFICATE_PASSWORD"))
          .ifPresent(builder::clientCertificatePassword);
    } else {
      builder.pemCertificate(file.toString());
    }
    return builder.build();
  }

  // Microsoft deprecated username/password (ROPC) sign-in; it stays for admins who have nothing else yet.
  @SuppressWarnings("deprecation")
  private TokenCredential masterAccountPassword(HttpClient http, String authority) {
    if (options.username == null) {
      throw usage("--auth master-account-password needs --username.");
    }
    String password =
        secrets
            .read(
                "password",
                options.passwordFile,
                options.passwordStdin,
                Optional.ofNullable(options.passwordEnv).orElse("PBIADMIN_PASSWORD"))
            .orElseThrow(
                () -> usage("No password found: set PBIADMIN_PASSWORD or pass --password-file or --password-stdin."));
    return aad(new UsernamePasswordCredentialBuilder(), http, authority)
        .tenantId(tenant())
        .clientId(clientId())
        .username(options.username)
        .password(password)
        .build();
  }

  private AuthMethod resolveMethod() {
    if (options.method != AuthMethod.AUTO) {
      return options.method;
    }
    if (certificatePath().isPresent()) {
      return AuthMethod.CERTIFICATE;
    }
    if (options.clientSecretFile != null || options.clientSecretStdin || clientSecretFromEnv()) {
      return AuthMethod.SECRET;
    }
    if (emulator.isPresent() && options.clientId == null) {
      return AuthMethod.SECRET;
    }
    throw noSecret();
  }

  private Optional<String> clientSecret() {
    if (usesEmulatorDemo()) {
      return emulator.flatMap(EmulatorDescriptor::demoClientSecret);
    }
    return secrets.read("client secret", options.clientSecretFile, options.clientSecretStdin, clientSecretEnvName());
  }

  private boolean clientSecretFromEnv() {
    String value = env.get(clientSecretEnvName());
    return value != null && !value.isEmpty();
  }

  private String clientSecretEnvName() {
    return Optional.ofNullable(options.clientSecretEnv).orElse("AZURE_CLIENT_SECRET");
  }

  /** With --emulator and no explicit client id, be the emulator's demo service principal. */
  private boolean usesEmulatorDemo() {
    return emulator.isPresent()
        && options.clientId == null
        && options.clientSecretFile == null
        && !options.clientSecretStdin
        && options.clientSecretEnv == null;
  }

  private Optional<Path> certificatePath() {
    if (options.certificate != null) {
      return Optional.of(options.certificate);
    }
    return emulator.isPresent() ? Optional.empty() : envValue("AZURE_CLIENT_CERTIFICATE_PATH").map(Path::of);
  }

  private String tenant() {
    return optionalTenant()
        .orElseThrow(() -> usage("No tenant given: pass --tenant <tenant id or domain> or set AZURE_TENANT_ID."));
  }

  private Optional<String> optionalTenant() {
    return firstNonBlank(options.tenant, emulator.map(EmulatorDescriptor::tenantId).orElse(null))
        .or(() -> emulator.isPresent() ? Optional.empty() : envValue("AZURE_TENANT_ID"));
  }

  private String clientId() {
    return optionalClientId()
        .orElseThrow(() -> usage("No client id given: pass --client-id <application id> or set AZURE_CLIENT_ID."));
  }

  private Optional<String> optionalClientId() {
    if (options.clientId != null) {
      return Optional.of(options.clientId);
    }
    return emulator.isPresent()
        ? emulator.flatMap(EmulatorDescriptor::demoClientId)
        : envValue("AZURE_CLIENT_ID");
  }

  private String authorityHost() {
    return firstNonBlank(options.authorityHost, emulator.map(EmulatorDescriptor::authorityHost).orElse(null))
        .or(() -> emulator.isPresent() ? Optional.empty() : envValue("AZURE_AUTHORITY_HOST"))
        .orElse(options.cloud.authorityHost().toString());
  }

  private <T extends AadCredentialBuilderBase<T>> T aad(T builder, HttpClient http, String authority) {
    // One retry: a wrong authority host should fail in a second, not after four backed-off attempts.
    builder.httpClient(http).maxRetry(1).authorityHost(authority);
    // MSAL asks Microsoft's instance-discovery endpoint about unknown hosts; an emulator is unknown.
    if (!MICROSOFT_AUTHORITY_HOSTS.contains(java.net.URI.create(authority).getHost())) {
      builder.disableInstanceDiscovery();
    }
    return builder;
  }

  private static HttpClient httpClient(Optional<SSLContext> ssl) {
    java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder();
    ssl.ifPresent(jdk::sslContext);
    return new JdkHttpClientBuilder(jdk).build();
  }

  private String who(AuthMethod method) {
    String kind =
        switch (method) {
          case SECRET -> usesEmulatorDemo() ? "the emulator's demo service principal (client secret)" : "service principal (client secret)";
          case CERTIFICATE -> "service principal (certificate)";
          case MANAGED_IDENTITY -> "managed identity";
          case WORKLOAD_IDENTITY -> "workload identity";
          case AZURE_CLI -> "Azure CLI login";
          case ENVIRONMENT -> "AZURE_* environment credential";
          case MASTER_ACCOUNT_PASSWORD -> "master account " + options.username + " (delegated, password)";
          case MASTER_ACCOUNT_DEVICE_CODE -> "master account (delegated, device code)";
          case AUTO -> "auto";
        };
    return kind + optionalClientId().map(id -> " " + id).orElse("") + optionalTenant().map(t -> " in tenant " + t).orElse("");
  }

  private static boolean isPfx(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".pfx") || name.endsWith(".p12");
  }

  private Optional<String> envValue(String name) {
    return firstNonBlank(env.get(name), null);
  }

  private static Optional<String> firstNonBlank(String first, String second) {
    if (first != null && !first.isBlank()) {
      return Optional.of(first);
    }
    return second != null && !second.isBlank() ? Optional.of(second) : Optional.empty();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static CliException noSecret() {
    return usage(
        "No credential found: set AZURE_CLIENT_SECRET (or --client-secret-env NAME), pass"
            + " --client-secret-file FILE, --client-secret-stdin or --certificate FILE, or choose"
            + " another --auth method.");
  }

  private static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }
}
