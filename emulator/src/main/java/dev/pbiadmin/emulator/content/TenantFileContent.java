package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code content:} section of the tenant file: explicit capacities, data sources, workspaces
 * with their items, and apps. Shaped for Jackson (YAML or JSON); every list may be omitted; ids may
 * be omitted and are then derived from names, so a hand-written file stays short. Items refer to
 * each other by id or by name. {@link #toContentSet} checks every reference and fails with a
 * message naming the bad one. See docs/tenant-file.md, "Power BI content".
 */
public record TenantFileContent(
    List<CapacitySpec> capacities,
    List<DatasourceSpec> datasources,
    List<WorkspaceSpec> workspaces,
    List<AppSpec> apps) {

  public TenantFileContent {
    capacities = capacities == null ? List.of() : List.copyOf(capacities);
    datasources = datasources == null ? List.of() : List.copyOf(datasources);
    workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
    apps = apps == null ? List.of() : List.copyOf(apps);
  }

  // an empty entry in a list (`- ` alone, `[~]`) is refused while reading, as in the directory
  // part; it was a NullPointerException at start (found by TenantFileFuzzTest)
  private static final com.fasterxml.jackson.databind.ObjectMapper STRICT =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .withConfigOverride(
              List.class,
              o ->
                  o.setSetterInfo(
                      com.fasterxml.jackson.annotation.JsonSetter.Value.forContentNulls(
                          com.fasterxml.jackson.annotation.Nulls.FAIL)))
          .build();

  /**
   * Reads the section from JSON; unknown keys are errors, so a typo never drops an item silently.
   */
  public static TenantFileContent parse(String json) {
    try {
      return STRICT.readValue(json, TenantFileContent.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  /**
   * Builds the content; {@code now} is the default modification time, {@code domain} completes bare
   * user names.
   */
  public ContentSet toContentSet(Instant now, String domain) {
    return new TenantFileContentMapper(this, now, domain).map();
  }

  /** A capacity; {@code sku} e.g. {@code F64}, {@code P1}, {@code A1}. */
  public record CapacitySpec(
      String id,
      String displayName,
      String sku,
      String region,
      String state,
      List<String> admins) {}

  /**
   * A data source; {@code type} e.g. {@code Sql}; {@code connectionDetails} keys as in the
   * contract.
   */
  public record DatasourceSpec(
      String id,
      String type,
      Map<String, String> connectionDetails,
      String gatewayId,
      Boolean misconfigured) {}

  /**
   * An access entry: {@code principal} is a UPN or an object id; {@code type} {@code User} (default
   * when it contains {@code @}), {@code Group} or {@code App}; {@code right} as the service spells
   * it ({@code Admin}, {@code Member}, {@code ReadWrite}, …).
   */
  public record AccessSpec(String principal, String type, String displayName, String right) {}

  /**
   * A workspace; {@code type} defaults to {@code Workspace}, {@code state} to {@code Active};
   * {@code capacity} names a capacity by id or display name; {@code modifiedAt} is an ISO-8601
   * instant ({@code 2026-11-01T08:00:00Z}), default the emulator's start time.
   */
  public record WorkspaceSpec(
      String id,
      String name,
      String description,
      String type,
      String state,
      String capacity,
      String modifiedAt,
      List<AccessSpec> users,
      List<DatasetSpec> datasets,
      List<ReportSpec> reports,
      List<DashboardSpec> dashboards,
      List<DataflowSpec> dataflows,
      List<ItemSpec> items) {}

  /**
   * A Fabric item; {@code type} is its scan-result array key as the service spells it ({@code
   * Lakehouse}, {@code Notebook}, {@code warehouses}, {@code SQLAnalyticsEndpoint}, … or any
   * other), {@code extendedProperties} its PascalCase properties (derived from the ids when
   * omitted), {@code relations} what it depends on; {@code inScanResult: false} leaves it out of
   * scan results while the Fabric admin API still lists it, as for item types the scanner does not
   * return yet (default true).
   */
  public record ItemSpec(
      String id,
      String type,
      String name,
      String description,
      Map<String, String> extendedProperties,
      List<RelationSpec> relations,
      List<AccessSpec> users,
      Boolean inScanResult) {}

  /**
   * A relation to a Fabric item (id or name, any workspace); {@code relationType} defaults to
   * {@code Datasource} for Fabric items and {@code Association} (Direct Lake) for semantic models.
   */
  public record RelationSpec(String item, String relationType) {}

  /**
   * A semantic model. {@code datasources} lists data source ids; {@code upstreamDataflows} dataflow
   * ids or names (in any workspace); {@code endorsement} {@code Promoted} or {@code Certified};
   * {@code relations} the Fabric items it is built on (a Direct Lake model's lakehouse).
   */
  public record DatasetSpec(
      String id,
      String name,
      String configuredBy,
      String contentProviderType,
      String endorsement,
      String sensitivityLabel,
      List<String> datasources,
      List<String> upstreamDataflows,
      List<TableSpec> tables,
      RefreshSchedule refreshSchedule,
      List<RelationSpec> relations,
      List<AccessSpec> users) {}

  /**
   * A table with its columns ({@code name: dataType}), calculated columns ({@code name: DAX}) and
   * measures ({@code name: DAX}).
   */
  public record TableSpec(
      String name,
      Map<String, String> columns,
      Map<String, String> calculatedColumns,
      Map<String, String> measures,
      String source) {}

  /**
   * A report; {@code dataset} is a dataset id or name (any workspace); {@code datasources} lists
   * the data source ids a paginated report reads.
   */
  public record ReportSpec(
      String id,
      String name,
      String reportType,
      String dataset,
      String endorsement,
      String sensitivityLabel,
      List<String> datasources,
      List<AccessSpec> users) {}

  /** A dashboard; each tile names a report (id or name) or nothing (a text tile). */
  public record DashboardSpec(
      String id, String name, List<TileSpec> tiles, List<AccessSpec> users) {}

  public record TileSpec(String title, String report) {}

  /** A dataflow; {@code upstreamDataflows} by id or name. */
  public record DataflowSpec(
      String id,
      String name,
      String configuredBy,
      List<String> datasources,
      List<String> upstreamDataflows,
      List<AccessSpec> users) {}

  /**
   * An app published from {@code workspace} (id or name); each of its {@code reports} (names or ids
   * in that workspace) gets an app copy beside the original, as in the real service.
   */
  public record AppSpec(
      String id,
      String name,
      String description,
      String workspace,
      List<String> reports,
      List<AccessSpec> users) {}
}
