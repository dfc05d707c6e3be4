package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's data sources, of several kinds, shared between the items that read them: a few
 * sources (the data warehouse, the CRM) are used by very many items, most by one or two.
 */
final class DatasourcePool {
  private static final String[] KINDS = {"Sql", "Sql", "Sql", "AnalysisServices", "Web",
      "SharePointList", "File", "OData", "Oracle", "Snowflake", "Extension", "Folder"};

  final List<DatasourceInstance> all = new ArrayList<>();
  private final List<String> gateways = new ArrayList<>();
  private final java.util.Set<String> onPremIds = new java.util.HashSet<>();

  DatasourcePool(Randoms r, int count, String domain) {
    for (int g = 0; g < Math.max(2, count / 40); g++) {
      gateways.add(r.guid());
    }
    for (int i = 0; i < count; i++) {
      String kind = r.pick(KINDS);
      Map<String, String> details = new LinkedHashMap<>();
      boolean onPrem = false;
      switch (kind) {
        case "Sql" -> {
          onPrem = r.chance(0.3);
          details.put("server", onPrem ? "sqlprod" + i + ".corp.local" : "sql-" + i + ".database.windows.net");
          details.put("database", "DW" + (i % 13));
        }
        case "AnalysisServices" -> {
          details.put("server", "asazure://westeurope.asazure.windows.net/model" + i);
          details.put("database", "Model" + i);
        }
        case "Web", "OData" -> details.put("url", "https://api" + i + ".example.com/" + ("OData".equals(kind) ? "odata" : "v1"));
        case "SharePointList" -> details.put("url", "https://" + domain.split("\\.")[0] + ".sharepoint.com/sites/site" + i);
        case "File", "Folder" -> {
          onPrem = true;
          details.put("path", "\\\\fileserver\\share" + i + ("File".equals(kind) ? "\\data.xlsx" : ""));
        }
        case "Oracle" -> {
          onPrem = true;
          details.put("server", "ora" + i + ".corp.local:1521/ORCL");
        }
        case "Snowflake" -> {
          details.put("server", "acct" + i + ".snowflakecomputing.com");
          details.put("database", "ANALYTICS");
        }
        default -> {
          details.put("kind", "Databricks");
          details.put("path", "adb-" + i + ".azuredatabricks.net");
        }
      }
      DatasourceInstance source = new DatasourceInstance(r.guid(), kind, details, onPrem ? r.pick(gateways) : null, r.chance(0.03));
      all.add(source);
      if (onPrem) {
        onPremIds.add(source.datasourceId());
      }
    }
  }

  /** One to three distinct source ids, skewed so a few sources are shared widely. */
  List<String> usages(Randoms r) {
    int n = r.chance(0.7) ? 1 : r.between(2, 3);
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = all.get(r.skewed(all.size())).datasourceId();
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  boolean anyOnPrem(List<String> ids) {
    return ids.stream().anyMatch(onPremIds::contains);
  }
}
