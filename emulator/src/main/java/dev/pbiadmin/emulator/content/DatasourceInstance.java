package dev.pbiadmin.emulator.content;

import java.util.Map;

/**
 * A data source that datasets, dataflows and datamarts read from; shared between items, reported
 * once per scan in {@code datasourceInstances}.
 *
 * @param datasourceId id referenced by {@code datasourceUsages}
 * @param datasourceType e.g. {@code Sql}, {@code AnalysisServices}, {@code Web}, {@code
 *     SharePointList}
 * @param connectionDetails the keys of the contract's {@code DatasourceConnectionDetails} ({@code
 *     server}, {@code database}, {@code url}, {@code path}, …), in a stable order
 * @param gatewayId the gateway's id, or {@code null} for cloud sources
 * @param misconfigured whether usages of it are reported as {@code misconfiguredDatasourceUsages}
 */
public record DatasourceInstance(
    String datasourceId,
    String datasourceType,
    Map<String, String> connectionDetails,
    String gatewayId,
    boolean misconfigured) {

  public DatasourceInstance {
    connectionDetails =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(connectionDetails));
  }
}
