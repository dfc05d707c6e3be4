package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.FabricItem;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the emulator knows about each Fabric item array (scan-result-real-shapes.md §3–§6): which
 * kinds use the datamart field set, which access-right field their users carry, and the {@code
 * extendedProperties} a kind shows. A key not listed here is an artifact-style kind without
 * extended properties, which is how new kinds arrive.
 */
final class FabricKinds {
  private FabricKinds() {}

  /** Whether items under {@code key} carry {@code configuredBy}/{@code modifiedDateTime} (§5.7). */
  static boolean datamartStyle(String key) {
    return FabricItem.datamartStyle(key);
  }

  /** The access-right field of the item's users (§6). */
  static String accessRightField(String key) {
    return datamartStyle(key) ? "datamartUserAccessRight" : "artifactUserAccessRight";
  }

  /**
   * The item's {@code extendedProperties}: its own when it has them, else derived from its ids for
   * the kinds that show them (§4). Keys are PascalCase and {@code DwProperties} is JSON inside a
   * string, as real scan results have them; the values are the emulator's.
   *
   * @param region the workspace's capacity region, for {@code KQLDatabase}
   */
  static Map<String, String> extendedProperties(
      FabricItem item, String workspaceId, String region) {
    if (item.extendedProperties() != null) {
      return item.extendedProperties();
    }
    String oneLake = "https://onelake.dfs.fabric.microsoft.com/" + workspaceId + "/" + item.id();
    String host = workspaceId.replace("-", "").substring(0, 26) + "-" + item.id().substring(0, 8);
    Map<String, String> p = new LinkedHashMap<>();
    switch (item.key()) {
      case "Lakehouse" -> {
        p.put("OneLakeTablesPath", oneLake + "/Tables");
        p.put("OneLakeFilesPath", oneLake + "/Files");
        p.put(
            "DwProperties",
            "{\"tdsEndpoint\":\"" + host + ".datawarehouse.fabric.microsoft.com\"}");
      }
      case "KQLDatabase" -> {
        p.put("QueryServiceUri", "https://trd-" + host + ".z0.kusto.fabric.microsoft.com");
        p.put(
            "IngestionServiceUri", "https://ingest-trd-" + host + ".z0.kusto.fabric.microsoft.com");
        p.put("Region", region == null ? "West Europe" : region);
        p.put("KustoDatabaseType", "ReadWrite");
      }
      case "MLExperiment" -> {
        p.put("MLFlowExperimentId", derived("mlflow", item.id()));
        p.put("AmlExperimentId", derived("aml", item.id()));
      }
      case "SparkJobDefinition" -> p.put("OneLakeRootPath", oneLake);
      default -> {
        return Map.of();
      }
    }
    return p;
  }

  private static String derived(String what, String id) {
    return UUID.nameUUIDFromBytes((what + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
