package dev.pbiadmin.cli.auth;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * A second identity that may read the tenant settings (a Fabric administrator, or a service
 * principal admitted to the Fabric admin API), for {@code pbiadmin doctor --as-admin}. Its options
 * are the identity options of {@link AuthOptions} with an {@code --admin-} prefix; where the
 * services are (tenant, cloud, endpoints, CA, emulator) is shared with the identity under test. It
 * resolves through the same {@link SettingsResolver} into ordinary {@link ConnectionSettings}.
 */
public final class AdminAuthOptions {
  @Option(
      names = "--as-admin",
      description =
          "Also sign in as a Fabric administrator (default: device code; see --admin-auth) to read"
              + " the tenant settings that decide the case, and name the cause as a fact.")
  boolean asAdmin;

  @Option(
      names = "--admin-auth",
      paramLabel = "METHOD",
      converter = AuthMethod.Converter.class,
      defaultValue = "master-account-device-code",
      description =
          "How the admin identity signs in: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  AuthMethod method;

  @Option(
      names = "--admin-client-id",
      paramLabel = "APP_ID",
      description =
          "The admin identity's application (client) id: for a user, a public client app with the"
              + " delegated Power BI permission Tenant.Read.All (Tenant.ReadWrite.All for --fix)."
              + " Default: the emulator's demo app, or $AZURE_CLIENT_ID.")
  String clientId;

  @Option(
      names = "--admin-username",
      paramLabel = "UPN",
      description = "The admin user, for --admin-auth master-account-password.")
  String username;

  @Option(
      names = "--admin-password-env",
      paramLabel = "NAME",
      description =
          "Environment variable holding the admin user's password (default:"
              + " PBIADMIN_ADMIN_PASSWORD).")
  String passwordEnv;

  @Option(
      names = "--admin-password-file",
      paramLabel = "FILE",
      description = "File holding the admin user's password.")
  Path passwordFile;

  @Option(
      names = "--admin-client-secret-env",
      paramLabel = "NAME",
      description =
          "For an admin service principal: environment variable holding its client secret (default:"
              + " PBIADMIN_ADMIN_CLIENT_SECRET).")
  String clientSecretEnv;

  @Option(
      names = "--admin-client-secret-file",
      paramLabel = "FILE",
      description = "For an admin service principal: file holding its client secret.")
  Path clientSecretFile;

  @Option(
      names = "--admin-certificate",
      paramLabel = "FILE",
      description = "For an admin service principal: its certificate (PEM or PFX).")
  Path certificate;

  /** Whether {@code --as-admin} was given. */
  public boolean requested() {
    return asAdmin;
  }

  /**
   * The admin identity's settings, when {@code --as-admin} was given: these options over {@code
   * shared}'s tenant, cloud, endpoints, CA and emulator. Never reads stdin (the identity under test
   * may); gaps are listed as for any connection.
   */
  public Optional<ConnectionSettings> settings(AuthOptions shared, Map<String, String> env) {
    if (!asAdmin) {
      return Optional.empty();
    }
    AuthOptions admin = new AuthOptions();
    admin.method = method == null ? AuthMethod.MASTER_ACCOUNT_DEVICE_CODE : method;
    admin.tenant = shared.tenant;
    admin.cloud = shared.cloud;
    admin.authorityHost = shared.authorityHost;
    admin.apiUrl = shared.apiUrl;
    admin.fabricApiUrl = shared.fabricApiUrl;
    admin.caCert = shared.caCert;
    admin.emulator = shared.emulator;
    admin.clientId = clientId;
    admin.username = username;
    admin.passwordEnv = Optional.ofNullable(passwordEnv).orElse("PBIADMIN_ADMIN_PASSWORD");
    admin.passwordFile = passwordFile;
    admin.clientSecretFile = clientSecretFile;
    // Never the identity under test's AZURE_CLIENT_SECRET: a second identity has a secret of its
    // own.
    admin.clientSecretEnv =
        Optional.ofNullable(clientSecretEnv).orElse("PBIADMIN_ADMIN_CLIENT_SECRET");
    admin.certificate = certificate;
    return Optional.of(admin.settings(env, new ByteArrayInputStream(new byte[0])));
  }
}
