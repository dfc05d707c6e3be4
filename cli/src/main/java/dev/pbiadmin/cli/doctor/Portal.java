package dev.pbiadmin.cli.doctor;

/**
 * Names exactly as the Fabric admin portal, the Azure portal and Microsoft Learn spell them, in one
 * place so every fix text uses the same words.
 */
final class Portal {
  private Portal() {}

  static final String READ_ONLY_ADMIN_APIS = "Service principals can access read-only admin APIs";
  static final String FABRIC_APIS = "Service principals can use Fabric APIs";
  static final String DETAILED_METADATA = "Enhance admin APIs responses with detailed metadata";
  static final String EXPRESSIONS = "Enhance admin APIs responses with DAX and mashup expressions";

  static final String ADMIN_API_SETTINGS =
      "Fabric Admin portal → Tenant settings → Admin API settings";
  static final String DEVELOPER_SETTINGS =
      "Fabric Admin portal → Tenant settings → Developer settings";
  static final String APP_REGISTRATION =
      "Azure portal → Microsoft Entra ID → App registrations → All applications → your app";
  static final String ENTERPRISE_APP =
      "Azure portal → Microsoft Entra ID → Enterprise applications → your app";
  static final String NEW_SECURITY_GROUP =
      "Azure portal → Microsoft Entra ID → Groups → New group: Group type \"Security\", then under"
          + " Members add the app's service principal (search for the app's name).";

  static final String DOCS_ENABLE_SP =
      "https://learn.microsoft.com/fabric/admin/enable-service-principal-admin-apis";
  static final String DOCS_ADMIN_API_SETTINGS =
      "https://learn.microsoft.com/fabric/admin/service-admin-portal-admin-api-settings";
  static final String DOCS_DEVELOPER_SETTINGS =
      "https://learn.microsoft.com/fabric/admin/service-admin-portal-developer";
  static final String DOCS_METADATA_SCANNING =
      "https://learn.microsoft.com/fabric/admin/metadata-scanning-setup";
  static final String DOCS_AADSTS =
      "https://learn.microsoft.com/entra/identity-platform/reference-error-codes";
  static final String DOCS_CLIENT_CREDENTIALS =
      "https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow";
  static final String DOCS_ROPC =
      "https://learn.microsoft.com/entra/identity-platform/v2-oauth-ropc";
  static final String DOCS_ADMIN_ROLE =
      "https://learn.microsoft.com/fabric/admin/microsoft-fabric-admin";
  static final String DOCS_CERTIFICATES =
      "https://learn.microsoft.com/entra/identity-platform/certificate-credentials";
  static final String DOCS_CLAIMS =
      "https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference";
  static final String DOCS_TROUBLESHOOT_REST =
      "https://learn.microsoft.com/power-bi/developer/embedded/troubleshoot-rest-api";
  static final String DOCS_THROTTLING = "https://learn.microsoft.com/rest/api/power-bi/#throttling";
  static final String DOCS_GRAPH_MEMBEROF =
      "https://learn.microsoft.com/graph/api/serviceprincipal-list-transitivememberof";
}
