package dev.pbiadmin.cli.auth;

import com.azure.core.credential.TokenCredential;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Everything the {@link AuthOptions}, the environment and stdin say about how to reach Power BI,
 * resolved once and the same way for every command, the doctor included. Resolving never throws:
 * what is missing or unusable is listed in {@link #gaps()}, each with the sentence and exit code a
 * command stops with ({@link #connect}); the doctor reports them all instead.
 *
 * @param method the {@code --auth} method, with {@code auto} resolved (still {@code auto} when
 *     nothing usable was found: then a gap says so)
 * @param tenant tenant id or domain, when given or implied (option, emulator, AZURE_TENANT_ID)
 * @param clientId application (client) id, when given or implied
 * @param endpoints authority host, Power BI API, Graph and the Fabric API
 * @param resource the Power BI resource tokens are asked for (scope {@code resource/.default})
 * @param credential what proves the identity
 * @param caCert the extra CA trusted ({@code --ca-cert}, or the emulator's)
 * @param sslContext the TLS context that trusts it, when there is one and it could be read
 * @param emulator the emulator {@code --emulator DIR} points at
 * @param timeScale how much faster than real time the service's clock runs (an emulator's)
 * @param gaps what stops a command, in the order a command meets them
 * @param notices what is worth saying without stopping
 */
public record ConnectionSettings(
    AuthMethod method,
    Optional<String> tenant,
    Optional<String> clientId,
    Endpoints endpoints,
    String resource,
    CredentialSource credential,
    Optional<Path> caCert,
    Optional<SSLContext> sslContext,
    Optional<EmulatorDescriptor> emulator,
    double timeScale,
    List<Gap> gaps,
    List<Notice> notices) {

  public ConnectionSettings {
    gaps = List.copyOf(gaps);
    notices = List.copyOf(notices);
  }

  /** The scope every command asks for: {@code resource/.default}. */
  public String scope() {
    return resource + "/.default";
  }

  public PrincipalKind principal() {
    return PrincipalKind.of(method);
  }

  /** True when every command could go ahead. */
  public boolean complete() {
    return gaps.isEmpty();
  }

  /**
   * The ready connection: stops at the first gap with its sentence and exit code, prints the
   * notices, then builds the azure-identity credential.
   */
  public Connection connect(PrintWriter notices) {
    if (!gaps.isEmpty()) {
      throw gaps.get(0).exception();
    }
    this.notices.forEach(n -> notices.println("Note: " + n.message()));
    notices.flush();
    return connection(notices);
  }

  /**
   * The ready connection without printing the notices (a second identity's, whose notices would
   * only repeat); {@code challenges} gets what a sign-in must tell the user (a device code).
   */
  public Connection connection(PrintWriter challenges) {
    return new Connection(
        tokenCredential(challenges),
        scope(),
        endpoints.powerBiApi().toString(),
        sslContext,
        who(),
        timeScale,
        endpoints.fabricApi().map(URI::toString),
        Optional.of(endpoints.graph().toString()));
  }

  /**
   * The azure-identity credential of complete settings, without the notices; {@code challenges}
   * gets what a sign-in must tell the user (a device code).
   */
  public TokenCredential tokenCredential(PrintWriter challenges) {
    if (!gaps.isEmpty()) {
      throw gaps.get(0).exception();
    }
    return Credentials.build(this, challenges);
  }

  /** A human description of the identity, never containing a secret. */
  public String who() {
    String kind =
        switch (method) {
          case SECRET ->
              credential instanceof CredentialSource.ClientSecret s
                      && s.origin().startsWith("the emulator")
                  ? "the emulator's demo service principal (client secret)"
                  : "service principal (client secret)";
          case CERTIFICATE -> "service principal (certificate)";
          case MANAGED_IDENTITY -> "managed identity";
          case WORKLOAD_IDENTITY -> "workload identity";
          case AZURE_CLI -> "Azure CLI login";
          case ENVIRONMENT -> "AZURE_* environment credential";
          case MASTER_ACCOUNT_PASSWORD ->
              "master account "
                  + (credential instanceof CredentialSource.UserPassword u ? u.username() : "")
                  + " (delegated, password)";
          case MASTER_ACCOUNT_DEVICE_CODE -> "master account (delegated, device code)";
          case AUTO -> "no credential";
        };
    return kind
        + clientId.map(id -> " " + id).orElse("")
        + tenant.map(t -> " in tenant " + t).orElse("");
  }
}
