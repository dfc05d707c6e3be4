package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's data sources, of several kinds, shared between the items that read them: a few
 * sources (the data warehouse, the CRM) are used by very many items, most by one or two. {@code
 * connectionDetails} use the keys real scan results carry per type (scan-result-real-shapes.md §8):
 * {@code sharePointSiteUrl} for SharePoint lists, and for custom and certified connectors ({@code
 * Extension}) {@code extensionDataSourceKind} with an {@code extensionDataSourcePath} that is JSON
 * inside a string for Databricks (slashes escaped) and {@code host;database} for Amazon Redshift.
 */
final class DatasourcePool {
  private static final String[] KINDS = {
    "Sql",
    "Sql",
    "Sql",
    "AnalysisServices",
    "Web",
    "SharePointList",
    "File",
    "OData",
    "Oracle",
    "Extension",
    "Extension",
    "Folder"
  };

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
          details.put(
              "server",
              onPrem ? "sqlprod" + i + ".corp.local" : "sql-" + i + ".database.windows.net");
          details.put("database", "DW" + (i % 13));
        }
        case "AnalysisServices" -> {
          details.put("server", "asazure://westeurope.asazure.windows.net/model" + i);
          details.put("database", "Model" + i);
        }
        case "Web", "OData" ->
            details.put(
                "url",
                "https://api" + i + ".example.com/" + ("OData".equals(kind) ? "odata" : "v1"));
        case "SharePointList" ->
            details.put(
                "sharePointSiteUrl",
                "https://" + domain.split("\\.")[0] + ".sharepoint.com/sites/site" + i + "/");
        case "File", "Folder" -> {
          onPrem = true;
          details.put(
              "path", "\\\\fileserver\\share" + i + ("File".equals(kind) ? "\\data.xlsx" : ""));
        }
        case "Oracle" -> {
          onPrem = true;
          details.put("server", "ora" + i + ".corp.local:1521/ORCL");
        }
        default -> {
          if (r.chance(0.6)) {
            details.put("extensionDataSourceKind", "Databricks");
            details.put(
                "extensionDataSourcePath",
                "{\"host\":\"adb-"
                    + i
                    + ".azuredatabricks.net\",\"httpPath\":\"\\/sql\\/1.0\\/warehouses\\/"
                    + Long.toHexString(r.nextInt(Integer.MAX_VALUE))
                    + "\"}");
          } else {
            details.put("extensionDataSourceKind", "AmazonRedshift");
            details.put(
                "extensionDataSourcePath",
                "redshift-" + i + ".example.eu-west-1.redshift.amazonaws.com;dev");
          }
        }
      }
      DatasourceInstance source =
          new DatasourceInstance(
              r.guid(), kind, details, onPrem ? r.pick(gateways) : null, r.chance(0.03));
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
