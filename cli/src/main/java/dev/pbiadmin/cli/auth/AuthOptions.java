package dev.pbiadmin.cli.auth;

import dev.pbiadmin.client.PowerBiCloud;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command that talks to Power BI shares: who to be, where to get the token and
 * where the API is. Secrets are read from a file, stdin or an environment variable, never taken as
 * an option value. Unset options fall back to the AZURE_* variables azure-identity users already
 * set.
 */
public final class AuthOptions {
  @Option(
      names = "--auth",
      paramLabel = "METHOD",
      converter = AuthMethod.Converter.class,
      defaultValue = "auto",
      description =
          "How to get a token: ${COMPLETION-CANDIDATES}. Default ${DEFAULT-VALUE}: a certificate"
              + " when one is given, otherwise a client secret. master-account-* sign in as a user"
              + " (delegated), only for admins not yet allowed to use a service principal.")
  AuthMethod method;

  @Option(
      names = "--tenant",
      paramLabel = "TENANT",
      description = "Tenant id or domain (default: $AZURE_TENANT_ID).")
  String tenant;

  @Option(
      names = "--client-id",
      paramLabel = "APP_ID",
      description = "Application (client) id (default: $AZURE_CLIENT_ID).")
  String clientId;

  @Option(
      names = "--client-secret-env",
      paramLabel = "NAME",
      description =
          "Environment variable holding the client secret (default: AZURE_CLIENT_SECRET).")
  String clientSecretEnv;

  @Option(
      names = "--client-secret-file",
      paramLabel = "FILE",
      description = "File holding the client secret.")
  Path clientSecretFile;

  @Option(
      names = "--client-secret-stdin",
      description = "Read the client secret from the first line of stdin.")
  boolean clientSecretStdin;

  @Option(
      names = "--certificate",
      paramLabel = "FILE",
      description =
          "Client certificate with its private key: PEM, or PFX/P12 (default:"
              + " $AZURE_CLIENT_CERTIFICATE_PATH).")
  Path certificate;

  @Option(
      names = "--certificate-password-env",
      paramLabel = "NAME",
      description =
          "Environment variable holding the PFX password (default:"
              + " AZURE_CLIENT_CERTIFICATE_PASSWORD).")
  String certificatePasswordEnv;

  @Option(
      names = "--certificate-password-file",
      paramLabel = "FILE",
      description = "File holding the PFX password.")
  Path certificatePasswordFile;

  @Option(
      names = "--federated-token-file",
      paramLabel = "FILE",
      description =
          "Workload identity: the federated token file (default: $AZURE_FEDERATED_TOKEN_FILE).")
  Path federatedTokenFile;

  @Option(
      names = "--username",
      paramLabel = "UPN",
      description = "Master account (delegated): the user to sign in as.")
  String username;

  @Option(
      names = "--password-env",
      paramLabel = "NAME",
      description =
          "Master account: environment variable holding the password (default: PBIADMIN_PASSWORD).")
  String passwordEnv;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Master account: file holding the password.")
  Path passwordFile;

  @Option(
      names = "--password-stdin",
      description = "Master account: read the password from the first line of stdin.")
  boolean passwordStdin;

  @Option(
      names = "--cloud",
      paramLabel = "CLOUD",
      defaultValue = "Public",
      converter = CloudConverter.class,
      completionCandidates = CloudNames.class,
      description = "Power BI cloud: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  PowerBiCloud cloud;

  @Option(
      names = "--authority-host",
      paramLabel = "URL",
      description = "Entra ID authority host (default: the cloud's, or $AZURE_AUTHORITY_HOST).")
  String authorityHost;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description = "Power BI API base URL (default: the cloud's).")
  String apiUrl;

  @Option(
      names = "--fabric-api-url",
      paramLabel = "URL",
      description =
          "Fabric REST API base URL (default: the emulator's, or https://api.fabric.microsoft.com"
              + " for the public cloud).")
  String fabricApiUrl;

  @Option(
      names = "--ca-cert",
      paramLabel = "PEM",
      description = "Also trust this CA certificate, e.g. an emulator's ca.pem.")
  Path caCert;

  @Option(
      names = "--emulator",
      paramLabel = "DIR",
      description =
          "Talk to the emulator whose data directory is DIR: reads DIR/emulator.json for its URLs,"
              + " CA and demo service principal.")
  Path emulator;

  /** Options that make the caller the demo service principal of the emulator in {@code dataDir}. */
  public static AuthOptions forEmulator(Path dataDir) {
    AuthOptions options = new AuthOptions();
    options.method = AuthMethod.AUTO;
    options.cloud = PowerBiCloud.PUBLIC;
    options.emulator = dataDir;
    return options;
  }

  /**
   * Resolves the options, the environment and stdin (read once, for a secret) into the connection
   * settings every command uses; never throws, gaps are listed in the result.
   */
  public ConnectionSettings settings(Map<String, String> env, InputStream in) {
    return new SettingsResolver(this, env, in).resolve();
  }

  /**
   * Resolves the options into a ready connection; stops at the first gap with its sentence and exit
   * code.
   */
  public Connection connect(Map<String, String> env, InputStream in, PrintWriter notices) {
    return settings(env, in).connect(notices);
  }

  /** Who signs in, as far as {@code --auth} tells (for advice given before any token was seen). */
  public PrincipalKind principalKind() {
    return PrincipalKind.of(method == null ? AuthMethod.AUTO : method);
  }

  /** Reads the client library's cloud names, ignoring case. */
  static final class CloudConverter implements ITypeConverter<PowerBiCloud> {
    @Override
    public PowerBiCloud convert(String value) {
      try {
        return PowerBiCloud.named(value.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The names {@link PowerBiCloud#named} knows, for help and completion. */
  static final class CloudNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    CloudNames() {
      super(List.of("Public", "USGov", "USGovHigh", "USGovMil", "China"));
    }
  }
}
