package dev.pbiadmin.cli.auth;

import dev.pbiadmin.cli.common.CliException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * Resolves {@link AuthOptions}, the environment and stdin into {@link ConnectionSettings}: options
 * first, then an emulator's {@code emulator.json}, then the AZURE_* variables azure-identity users
 * already set (ignored under {@code --emulator}, whose values win). Collects gaps instead of
 * throwing, in the order a command meets them: the emulator, the CA, the method, tenant, client id,
 * the credential itself.
 */
final class SettingsResolver {
  private final AuthOptions options;
  private final Map<String, String> env;
  private final List<Gap> gaps = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();
  private final SecretSource secrets;
  private Optional<EmulatorDescriptor> emulator = Optional.empty();

  SettingsResolver(AuthOptions options, Map<String, String> env, InputStream in) {
    this.options = options;
    this.env = env;
    this.secrets = new SecretSource(env, in, notices::add);
  }

  ConnectionSettings resolve() {
    if (options.emulator != null) {
      emulator =
          attempt(
              () -> EmulatorDescriptor.read(options.emulator),
              "EmulatorNotFound",
              "no emulator.json");
    }
    Optional<Path> ca =
        Optional.ofNullable(options.caCert).or(() -> emulator.map(EmulatorDescriptor::caCert));
    Optional<SSLContext> ssl =
        ca.flatMap(
            file ->
                attempt(
                    () -> TrustedCa.sslContext(file),
                    "CaCertUnusable",
                    "the CA certificate cannot be used"));
    Endpoints endpoints =
        new Endpoints(
            url(
                "--authority-host",
                firstNonBlank(
                        options.authorityHost, emulator.map(EmulatorDescriptor::authorityHost))
                    .or(() -> fromEnvUnlessEmulator("AZURE_AUTHORITY_HOST"))
                    .orElse(options.cloud.authorityHost().toString())),
            url(
                "--api-url",
                firstNonBlank(options.apiUrl, emulator.map(EmulatorDescriptor::powerBiApiUrl))
                    .orElse(options.cloud.endpoint().toString())),
            emulator
                .map(e -> url("emulator.json graphUrl", e.graphUrl()))
                .orElse(Endpoints.graphOf(options.cloud)),
            firstNonBlank(options.fabricApiUrl, emulator.map(EmulatorDescriptor::fabricApiUrl))
                .map(u -> url("--fabric-api-url", u))
                .or(() -> Endpoints.fabricOf(options.cloud)));
    AuthMethod method = method();
    Optional<String> tenant =
        firstNonBlank(options.tenant, emulator.map(EmulatorDescriptor::tenantId))
            .or(() -> fromEnvUnlessEmulator("AZURE_TENANT_ID"));
    Optional<String> clientId = clientId();
    if (needsTenantAndClientId(method)) {
      if (tenant.isEmpty()) {
        gaps.add(
            Gap.usage(
                "MissingTenant",
                "no tenant given",
                "No tenant given: pass --tenant <tenant id or domain> or set AZURE_TENANT_ID."));
      }
      if (clientId.isEmpty()) {
        gaps.add(
            Gap.usage(
                "MissingClientId",
                "no client id given",
                "No client id given: pass --client-id <application id> or set AZURE_CLIENT_ID."));
      }
    }
    CredentialSource credential = credential(method);
    if (method.delegated()) {
      notices.add(
          new Notice(
              "DelegatedSignIn",
              false,
              "signing in as a user (delegated master account), not as a service principal."
                  + " Move to a service principal once the tenant setting allows it."));
    }
    return new ConnectionSettings(
        method,
        tenant,
        clientId,
        endpoints,
        options.cloud.resource(),
        credential,
        ca,
        ssl,
        emulator,
        emulator.map(EmulatorDescriptor::timeScale).orElse(1.0),
        gaps,
        notices);
  }

  private static boolean needsTenantAndClientId(AuthMethod method) {
    return switch (method) {
      case SECRET,
          CERTIFICATE,
          WORKLOAD_IDENTITY,
          MASTER_ACCOUNT_PASSWORD,
          MASTER_ACCOUNT_DEVICE_CODE ->
          true;
      default -> false;
    };
  }

  /**
   * {@code --auth auto}: a certificate when one is given, otherwise a client secret when one is
   * found.
   */
  private AuthMethod method() {
    if (options.method != AuthMethod.AUTO) {
      return options.method;
    }
    if (certificatePath().isPresent()) {
      return AuthMethod.CERTIFICATE;
    }
    if (options.clientSecretFile != null
        || options.clientSecretStdin
        || usesEmulatorDemo()
        || env.getOrDefault(clientSecretEnvName(), "").strip().length() > 0) {
      return AuthMethod.SECRET;
    }
    gaps.add(noCredential());
    return AuthMethod.AUTO;
  }

  private CredentialSource credential(AuthMethod method) {
    return switch (method) {
      case SECRET -> clientSecret();
      case CERTIFICATE ->
          certificatePath()
              .<CredentialSource>map(
                  file -> new CredentialSource.Certificate(file, certificatePassword(file)))
              .orElseGet(
                  () ->
                      none(
                          Gap.usage(
                              "MissingCertificate",
                              "no certificate given",
                              "--auth certificate needs --certificate FILE.")));
      case MASTER_ACCOUNT_PASSWORD -> userPassword();
      case MASTER_ACCOUNT_DEVICE_CODE -> new CredentialSource.DeviceCode();
      case MANAGED_IDENTITY -> new CredentialSource.ManagedIdentity();
      case WORKLOAD_IDENTITY ->
          Optional.ofNullable(options.federatedTokenFile)
              .or(
                  () ->
                      Optional.ofNullable(env.get("AZURE_FEDERATED_TOKEN_FILE"))
                          .filter(v -> !v.isBlank())
                          .map(Path::of))
              .<CredentialSource>map(CredentialSource.WorkloadIdentity::new)
              .orElseGet(
                  () ->
                      none(
                          Gap.usage(
                              "MissingFederatedTokenFile",
                              "no federated token file",
                              "Workload identity needs a federated token file: set"
                                  + " AZURE_FEDERATED_TOKEN_FILE or pass"
                                  + " --federated-token-file.")));
      case AZURE_CLI -> new CredentialSource.AzureCli();
      case ENVIRONMENT -> new CredentialSource.Environment();
      case AUTO -> new CredentialSource.None();
    };
  }

  private CredentialSource clientSecret() {
    if (usesEmulatorDemo()) {
      return emulator
          .flatMap(EmulatorDescriptor::demoClientSecret)
          .<CredentialSource>map(
              s -> new CredentialSource.ClientSecret(s, "the emulator's emulator.json"))
          .orElseGet(() -> none(noCredential()));
    }
    String envName = clientSecretEnvName();
    String origin =
        options.clientSecretFile != null
            ? "file " + options.clientSecretFile
            : options.clientSecretStdin ? "stdin" : "environment variable " + envName;
    return attempt(
            () ->
                secrets.readTrimmed(
                    "client secret", options.clientSecretFile, options.clientSecretStdin, envName),
            "SecretUnreadable",
            "the client secret cannot be read")
        .flatMap(found -> found)
        .<CredentialSource>map(value -> new CredentialSource.ClientSecret(value, origin))
        .orElseGet(
            () ->
                gaps.stream().anyMatch(g -> g.code().equals("SecretUnreadable"))
                    ? new CredentialSource.None()
                    : none(noCredential()));
  }

  private Optional<String> certificatePassword(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".pfx") && !name.endsWith(".p12")) {
      return Optional.empty();
    }
    String envName =
        Optional.ofNullable(options.certificatePasswordEnv)
            .orElse("AZURE_CLIENT_CERTIFICATE_PASSWORD");
    return attempt(
            () ->
                secrets.read(
                    "certificate password", options.certificatePasswordFile, false, envName),
            "CertificatePasswordUnreadable",
            "the certificate password cannot be read")
        .flatMap(found -> found);
  }

  private CredentialSource userPassword() {
    if (options.username == null || options.username.isBlank()) {
      return none(
          Gap.usage(
              "MissingUsername",
              "no user name given",
              "--auth master-account-password needs --username."));
    }
    String envName = Optional.ofNullable(options.passwordEnv).orElse("PBIADMIN_PASSWORD");
    Optional<Optional<String>> read =
        attempt(
            () -> secrets.read("password", options.passwordFile, options.passwordStdin, envName),
            "PasswordUnreadable",
            "the password cannot be read");
    if (read.isEmpty()) {
      return new CredentialSource.None();
    }
    return read.get()
        .<CredentialSource>map(
            password -> new CredentialSource.UserPassword(options.username.strip(), password))
        .orElseGet(
            () ->
                none(
                    Gap.usage(
                        "MissingPassword",
                        "no password given",
                        "No password found: set "
                            + envName
                            + " or pass --password-file or --password-stdin.")));
  }

  private Optional<String> clientId() {
    if (options.clientId != null && !options.clientId.isBlank()) {
      return Optional.of(options.clientId.strip());
    }
    return emulator.isPresent()
        ? emulator.flatMap(EmulatorDescriptor::demoClientId)
        : envValue("AZURE_CLIENT_ID");
  }

  private Optional<Path> certificatePath() {
    return Optional.ofNullable(options.certificate)
        .or(() -> fromEnvUnlessEmulator("AZURE_CLIENT_CERTIFICATE_PATH").map(Path::of));
  }

  private String clientSecretEnvName() {
    return Optional.ofNullable(options.clientSecretEnv).orElse("AZURE_CLIENT_SECRET");
  }

  /**
   * With --emulator and no client id or secret of one's own, be the emulator's demo service
   * principal.
   */
  private boolean usesEmulatorDemo() {
    return emulator.isPresent()
        && options.clientId == null
        && options.clientSecretFile == null
        && !options.clientSecretStdin
        && options.clientSecretEnv == null;
  }

  private Optional<String> fromEnvUnlessEmulator(String name) {
    return options.emulator != null ? Optional.empty() : envValue(name);
  }

  private Optional<String> envValue(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(String::strip);
  }

  private URI url(String what, String value) {
    String trimmed = value.strip();
    try {
      URI uri =
          URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
      if (uri.getScheme() != null && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException invalid) {
      // reported below
    }
    gaps.add(
        Gap.usage(
            "InvalidUrl",
            what + " is not a URL",
            what
                + " '"
                + value
                + "' is not a URL: give scheme and host, e.g. https://login.microsoftonline.com."));
    return URI.create("https://invalid.invalid");
  }

  private CredentialSource none(Gap gap) {
    gaps.add(gap);
    return new CredentialSource.None();
  }

  private static Gap noCredential() {
    return Gap.usage(
        "NoCredential",
        "no client secret or certificate given",
        "No credential found: set AZURE_CLIENT_SECRET (or --client-secret-env NAME), pass"
            + " --client-secret-file FILE, --client-secret-stdin or --certificate FILE, or choose"
            + " another --auth method.");
  }

  /**
   * Runs a step that may stop a command; a stop becomes a gap with the same sentence and exit code.
   */
  private <T> Optional<T> attempt(Supplier<T> step, String code, String summary) {
    try {
      return Optional.ofNullable(step.get());
    } catch (CliException e) {
      gaps.add(new Gap(code, e.exitCode(), summary, e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<String> firstNonBlank(String first, Optional<String> second) {
    return first != null && !first.isBlank()
        ? Optional.of(first.strip())
        : second.filter(s -> !s.isBlank());
  }
}
