package dev.pbiadmin.emulator.entra;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A resource (API) the emulated tenant can issue tokens for. Power BI is the point; Microsoft Graph
 * exists because doctor checks call a minimal Graph endpoint.
 *
 * @param uri application id URI, the {@code aud} of v1 tokens
 * @param appId the resource's well-known application id, also accepted as identifier
 */
record Resource(String uri, String appId) {
  static final Resource POWER_BI =
      new Resource("https://analysis.windows.net/powerbi/api", "00000009-0000-0000-c000-000000000000");
  static final Resource GRAPH =
      new Resource("https://graph.microsoft.com", "00000003-0000-0000-c000-000000000000");
  private static final List<Resource> KNOWN = List.of(POWER_BI, GRAPH);

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

  boolean matches(String permissionResource) {
    return permissionResource != null
        && (normalize(permissionResource).equals(uri) || normalize(permissionResource).equals(appId));
  }
}
