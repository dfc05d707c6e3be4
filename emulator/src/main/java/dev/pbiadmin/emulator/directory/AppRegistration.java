package dev.pbiadmin.emulator.directory;

import java.util.List;

/**
 * An app registration together with its service principal in the emulated tenant.
 *
 * @param clientId the application (client) id, the {@code appid} claim of its tokens
 * @param servicePrincipalId object id of the app's service principal, the {@code oid} claim
 * @param displayName name shown in the portal and in Power BI access lists
 * @param secrets client secrets; only salted hashes are kept
 * @param certificates X.509 certificates whose keys may sign client assertions
 * @param permissions API permissions configured on the app (Azure portal: API permissions)
 */
public record AppRegistration(
    String clientId,
    String servicePrincipalId,
    String displayName,
    List<ClientSecret> secrets,
    List<AppCertificate> certificates,
    List<ApiPermission> permissions) {

  public AppRegistration {
    secrets = List.copyOf(secrets);
    certificates = List.copyOf(certificates);
    permissions = List.copyOf(permissions);
  }

  /** This app with other client secrets. */
  public AppRegistration withSecrets(List<ClientSecret> newSecrets) {
    return new AppRegistration(
        clientId, servicePrincipalId, displayName, newSecrets, certificates, permissions);
  }

  /** This app with other API permissions. */
  public AppRegistration withPermissions(List<ApiPermission> newPermissions) {
    return new AppRegistration(
        clientId, servicePrincipalId, displayName, secrets, certificates, newPermissions);
  }
}
