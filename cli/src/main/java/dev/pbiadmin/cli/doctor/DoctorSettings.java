package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.auth.ConnectionSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the doctor is asked to diagnose: the {@link ConnectionSettings} every pbiadmin command
 * resolves from the same options, plus the doctor's own options. Secrets live only inside the
 * connection settings, whose {@code toString()} never shows them.
 *
 * @param connection identity, credential, endpoints and trust, exactly as other commands see them
 * @param scope the scope to request instead of {@code resource/.default} (hidden {@code --scope})
 * @param graphEndpoint Microsoft Graph for the membership check; empty turns the check off
 * @param workspaceId the workspace to scan, or empty to pick one
 * @param scanTimeout how long to wait for the one-workspace scan
 * @param strict whether missing metadata (a warning by default) fails the run
 * @param admin a second identity that may read the tenant settings ({@code --as-admin}), resolved
 *     from the same options as every connection
 */
public record DoctorSettings(
    ConnectionSettings connection,
    Optional<String> scope,
    Optional<URI> graphEndpoint,
    Optional<String> workspaceId,
    Duration scanTimeout,
    boolean strict,
    Optional<ConnectionSettings> admin) {

  public DoctorSettings {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(scanTimeout, "scanTimeout");
    Objects.requireNonNull(admin, "admin");
  }

  /**
   * The doctor's defaults over {@code connection}: Graph where the cloud has it, two minutes per
   * scan.
   */
  public static DoctorSettings of(ConnectionSettings connection) {
    return new DoctorSettings(
        connection,
        Optional.empty(),
        Optional.of(connection.endpoints().graph()),
        Optional.empty(),
        Duration.ofMinutes(2),
        false,
        Optional.empty());
  }

  public DoctorSettings withScope(String value) {
    return new DoctorSettings(
        connection,
        Optional.ofNullable(value),
        graphEndpoint,
        workspaceId,
        scanTimeout,
        strict,
        admin);
  }

  /** {@code null} turns the Graph membership check off. */
  public DoctorSettings withGraph(URI value) {
    return new DoctorSettings(
        connection, scope, Optional.ofNullable(value), workspaceId, scanTimeout, strict, admin);
  }

  public DoctorSettings withWorkspace(String value) {
    return new DoctorSettings(
        connection, scope, graphEndpoint, Optional.ofNullable(value), scanTimeout, strict, admin);
  }

  public DoctorSettings withScanTimeout(Duration value) {
    return new DoctorSettings(connection, scope, graphEndpoint, workspaceId, value, strict, admin);
  }

  public DoctorSettings withStrict(boolean value) {
    return new DoctorSettings(
        connection, scope, graphEndpoint, workspaceId, scanTimeout, value, admin);
  }

  /** With a second identity that reads the tenant settings ({@code --as-admin}); empty for none. */
  public DoctorSettings withAdmin(Optional<ConnectionSettings> value) {
    return new DoctorSettings(
        connection, scope, graphEndpoint, workspaceId, scanTimeout, strict, value);
  }

  /** The scope actually requested. */
  String effectiveScope() {
    return scope.orElse(connection.scope());
  }

  String resource() {
    return connection.resource();
  }

  /** The tenant as given, or {@code ""}. */
  String tenant() {
    return connection.tenant().orElse("");
  }

  /** The client id as given, or {@code ""}. */
  String clientId() {
    return connection.clientId().orElse("");
  }

  URI authorityHost() {
    return connection.endpoints().authorityHost();
  }

  URI apiEndpoint() {
    return connection.endpoints().powerBiApi();
  }
}
