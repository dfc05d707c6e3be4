package dev.pbiadmin.emulator;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code DATA_DIR/emulator.json} says: the public interface scripts in any language read to
 * find and trust a running emulator.
 *
 * @param baseUrl root of the server, e.g. {@code https://127.0.0.1:5443}
 * @param authorityHost the Entra authority host; the authority is this plus the tenant id
 * @param powerBiApiUrl where {@code /v1.0/myorg/...} is served, like {@code
 *     https://api.powerbi.com}
 * @param fabricApiUrl where the Fabric admin API's {@code /v1/admin/...} is served, like {@code
 *     https://api.fabric.microsoft.com}; its tokens are for {@code
 *     https://api.fabric.microsoft.com}
 * @param graphUrl where the minimal Microsoft Graph serves {@code /v1.0/servicePrincipals/...},
 *     like {@code https://graph.microsoft.com}
 * @param caCert absolute path of the CA certificate (PEM) to trust
 * @param tenantId the tenant's id
 * @param tenantDomain the tenant's initial verified domain
 * @param tokenEndpoint the v2 token endpoint for this tenant
 * @param managementKey key for the management API
 * @param pid process id of the emulator
 * @param timeScale how many times faster than real time the emulated clock runs; clients divide
 *     their real-time budgets (quota windows, retry waits, scan timeouts) by it
 * @param demo credentials of the demo service principal, only when the demo tenant is in use
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmulatorInfo(
    String baseUrl,
    String authorityHost,
    String powerBiApiUrl,
    String fabricApiUrl,
    String graphUrl,
    String caCert,
    String tenantId,
    String tenantDomain,
    String tokenEndpoint,
    String managementKey,
    long pid,
    double timeScale,
    DemoCredentials demo) {

  @Override
  public String toString() {
    return "EmulatorInfo[baseUrl=" + baseUrl + ", tenantId=" + tenantId + "]";
  }
}
