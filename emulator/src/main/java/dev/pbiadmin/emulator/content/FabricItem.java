package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Fabric item (lakehouse, notebook, warehouse, …) as the scanner lists it, one array per kind
 * beside {@code reports} and {@code datasets} (scan-result-real-shapes.md §3–§4).
 *
 * @param key the item array's key exactly as the service spells it ({@code Lakehouse}, {@code
 *     warehouses}, {@code SQLAnalyticsEndpoint}, {@code sqldbnative}, …); any string, so a kind the
 *     emulator does not know yet can still be declared
 * @param createdDate creation time ({@code createdDate}; warehouses and SQL endpoints show none)
 * @param lastUpdatedDate last change ({@code lastUpdatedDate}, or {@code modifiedDateTime} on the
 *     datamart-style kinds)
 * @param extendedProperties the PascalCase {@code extendedProperties}; {@code null} when they are
 *     derived from the ids at write time (generated items), see {@code powerbi.FabricKinds}
 * @param relations what the item depends on; written only with {@code lineage=true}
 * @param users its access list; written only with {@code getArtifactUsers=true}
 * @param inScanResult whether the scanner returns it; {@code false} for an item the Fabric admin
 *     API lists but scan results leave out, as they do for item types the scanner does not return
 *     yet (a tenant file's {@code inScanResult: false}), so a test can show that pbiadmin's items
 *     check finds it
 */
public record FabricItem(
    String key,
    String id,
    String name,
    String description,
    String state,
    String createdBy,
    String createdById,
    Instant createdDate,
    String modifiedBy,
    String modifiedById,
    Instant lastUpdatedDate,
    Map<String, String> extendedProperties,
    List<Relation> relations,
    Endorsement endorsement,
    List<Access> users,
    boolean inScanResult) {

  /** Warehouses and SQL analytics endpoints are datamart-style, not artifact-style (§5.7). */
  private static final Set<String> DATAMART_STYLE =
      Set.of("warehouses", "SQLAnalyticsEndpoint", "SQLEndpoints");

  /**
   * Whether items under {@code key} are datamart-style: their users are datamart users and they
   * carry {@code configuredBy}/{@code modifiedDateTime} (§5.7).
   */
  public static boolean datamartStyle(String key) {
    return DATAMART_STYLE.contains(key);
  }

  public FabricItem {
    extendedProperties =
        extendedProperties == null
            ? null
            : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(extendedProperties));
    relations = List.copyOf(relations);
    users = List.copyOf(users);
  }
}
