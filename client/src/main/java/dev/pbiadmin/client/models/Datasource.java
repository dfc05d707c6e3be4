package dev.pbiadmin.client.models;

/** A data source of a dataset or dataflow, or a scan result's datasource instance. */
public record Datasource(
    String datasourceType,
    ConnectionDetails connectionDetails,
    String datasourceId,
    String gatewayId,
    String name,
    String connectionString) {

  /** {@code DatasourceConnectionDetails}: which fields are set depends on the source kind. */
  public record ConnectionDetails(
      String server,
      String database,
      String url,
      String path,
      String kind,
      String account,
      String domain,
      String emailAddress,
      String loginServer,
      String classInfo) {}
}
