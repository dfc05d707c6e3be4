package dev.pbiadmin.emulator.directory;

/**
 * An API permission configured on an app registration (Azure portal: App registrations → API
 * permissions).
 *
 * @param resource the resource's application id URI, e.g. {@code
 *     https://analysis.windows.net/powerbi/api} for "Power BI Service"
 * @param name permission value, e.g. {@code Tenant.Read.All}
 * @param type {@code Application} (app role, appears in {@code roles}) or {@code Delegated}
 *     (appears in {@code scp})
 * @param adminConsentGranted whether an administrator granted consent for the tenant
 */
public record ApiPermission(
    String resource, String name, String type, boolean adminConsentGranted) {

  public static final String POWER_BI_RESOURCE = "https://analysis.windows.net/powerbi/api";

  public boolean isApplication() {
    return "Application".equalsIgnoreCase(type);
  }
}
