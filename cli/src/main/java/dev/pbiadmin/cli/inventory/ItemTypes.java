package dev.pbiadmin.cli.inventory;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The item-array keys of a scan result that pbiadmin knows, with the item type each stands for. The
 * service spells them inconsistently ({@code datasets}, {@code warehouses}, {@code Lakehouse},
 * {@code reflexproject}) and renames some over time, so each key maps to one normalized type, the
 * Fabric REST API's {@code ItemType} name where there is one
 * (contract/fabric/common/definitions.json, kept so by ItemTypesTest). Only keys seen in real
 * results are here (docs/reference/scan-result-real-shapes.md §3); any other array of items is a
 * type new to pbiadmin: stored all the same, under its own name, and counted.
 */
final class ItemTypes {
  /** The Power BI kinds, which have tables of their own, and the workspace's principals. */
  private static final Set<String> POWER_BI =
      Set.of("reports", "dashboards", "datasets", "dataflows", "datamarts", "users");

  /** Every Fabric item-array key seen in real scan results, lower-cased, with its item type. */
  static final Map<String, String> FABRIC =
      Map.ofEntries(
          Map.entry("warehouses", "Warehouse"),
          Map.entry("sqlanalyticsendpoint", "SQLEndpoint"),
          // older key of the same kind (reference §3: INFERRED renamed)
          Map.entry("sqlendpoints", "SQLEndpoint"),
          Map.entry("lakehouse", "Lakehouse"),
          Map.entry("notebook", "Notebook"),
          Map.entry("datapipeline", "DataPipeline"),
          Map.entry("eventstream", "Eventstream"),
          Map.entry("eventhouse", "Eventhouse"),
          Map.entry("kqldatabase", "KQLDatabase"),
          Map.entry("kqlqueryset", "KQLQueryset"),
          Map.entry("environment", "Environment"),
          Map.entry("mlmodel", "MLModel"),
          Map.entry("mlexperiment", "MLExperiment"),
          Map.entry("sparkjobdefinition", "SparkJobDefinition"),
          Map.entry("reflex", "Reflex"),
          // Activator's older lower-case internal name
          Map.entry("reflexproject", "Reflex"),
          Map.entry("kustoeventhubdataconnection", "KustoEventHubDataConnection"),
          // Fabric SQL database (tenant setting SQLDbNativeTenant)
          Map.entry("sqldbnative", "SQLDatabase"),
          // the keys below have no ItemType of that name; each keeps its own until one is known
          Map.entry("mounteddatabase", "MountedDatabase"),
          Map.entry("dataexploration", "DataExploration"),
          // user data functions: tenant setting FunctionSetTenant is "User data functions
          // (preview)"
          Map.entry("functionset", "UserDataFunction"),
          Map.entry("hlscohort", "HLSCohort"),
          Map.entry("healthdatamanager", "HealthDataManager"),
          Map.entry("retaildatamanager", "RetailDataManager"),
          Map.entry("microsoftsupplychaincenter", "MicrosoftSupplyChainCenter"),
          Map.entry("homeone", "Homeone"));

  /**
   * The Power BI kinds' Fabric item types, for comparing with the Fabric admin API's listing; a
   * report whose {@code reportType} is {@code PaginatedReport} is a {@code PaginatedReport}.
   */
  static final Map<String, String> POWER_BI_TYPES =
      Map.of(
          "reports",
          "Report",
          "dashboards",
          "Dashboard",
          "datasets",
          "SemanticModel",
          "dataflows",
          "Dataflow",
          "datamarts",
          "Datamart");

  private ItemTypes() {}

  static boolean isPowerBi(String key) {
    return POWER_BI.contains(key.toLowerCase(Locale.ROOT));
  }

  static boolean isKnownFabric(String key) {
    return FABRIC.containsKey(key.toLowerCase(Locale.ROOT));
  }

  /** The normalized type of an item-array key; a key pbiadmin does not know is its own type. */
  static String normalized(String key) {
    return FABRIC.getOrDefault(key.toLowerCase(Locale.ROOT), key);
  }
}
