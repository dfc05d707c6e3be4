package dev.pbiadmin.emulator;

/**
 * Credentials of the demo tenant: a service principal set up correctly for the read-only admin APIs
 * (member of the security group the tenant setting names, no Power BI application permissions), and
 * a Fabric administrator user for the password grant.
 */
public record DemoCredentials(
    String clientId, String clientSecret, String adminUserPrincipalName, String adminPassword) {

  public DemoCredentials(String clientId, String clientSecret) {
    this(clientId, clientSecret, null, null);
  }

  @Override
  public String toString() {
    return "DemoCredentials[clientId="
        + clientId
        + ", clientSecret=***, adminUserPrincipalName="
        + adminUserPrincipalName
        + "]";
  }
}
