package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A data source of a dataset or dataflow, or a scan result's datasource instance. */
public record Datasource(
    String datasourceType,
    ConnectionDetails connectionDetails,
    String datasourceId,
    String gatewayId,
    String name,
    String connectionString,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public Datasource {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }

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
      String classInfo,
      String extensionDataSourceKind,
      String extensionDataSourcePath,
      String sharePointSiteUrl,
      String connectionString,
      @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
    public ConnectionDetails {
      additionalProperties = AdditionalProperties.copy(additionalProperties);
    }
  }
}
