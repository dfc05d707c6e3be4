package dev.pbiadmin.emulator.entra;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A resource (API) the emulated tenant can issue tokens for. Power BI is the point; the Fabric API
 * is another identifier URI of the same application (the Power BI service), so the same Power BI
 * permissions apply to its tokens; Microsoft Graph exists because doctor checks and group-name
 * lookups call a minimal Graph endpoint.
 *
 * @param uri application id URI, the {@code aud} of v1 tokens
 * @param appId the resource's well-known application id, also accepted as identifier
 */
record Resource(String uri, String appId) {
  static final Resource POWER_BI =
      new Resource(
          "https://analysis.windows.net/powerbi/api", "00000009-0000-0000-c000-000000000000");
  static final Resource FABRIC = new Resource("https://api.fabric.microsoft.com", POWER_BI.appId());
  static final Resource GRAPH =
      new Resource("https://graph.microsoft.com", "00000003-0000-0000-c000-000000000000");
  // Power BI before Fabric: a request naming the shared application id gets the Power BI audience
  private static final List<Resource> KNOWN = List.of(POWER_BI, FABRIC, GRAPH);

  /** Finds a resource by URI (trailing slashes ignored, case-insensitive) or app id. */
  static Optional<Resource> find(String identifier) {
    String normalized = normalize(identifier);
    return KNOWN.stream()
        .filter(r -> r.uri.equals(normalized) || r.appId.equals(normalized))
        .findFirst();
  }

  static String normalize(String identifier) {
    String s = identifier.strip().toLowerCase(Locale.ROOT);
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /**
   * Whether a permission configured for {@code permissionResource} is one of this resource's
   * application's.
   */
  boolean matches(String permissionResource) {
    return permissionResource != null
        && (normalize(permissionResource).equals(uri)
            || normalize(permissionResource).equals(appId)
            || find(permissionResource).map(r -> r.appId.equals(appId)).orElse(false));
  }
}
