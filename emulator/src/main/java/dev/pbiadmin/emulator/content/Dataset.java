package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A semantic model (dataset). Generated datasets share their {@code tables}, {@code expressions}
 * and {@code roles} lists with other datasets built from the same template, so a large tenant does
 * not hold a schema per dataset.
 *
 * @param contentProviderType e.g. {@code PbixInImportMode}, {@code PbixInDirectQueryMode}; {@code
 *     null} for Direct Lake models, whose value is not documented (their tables say {@code
 *     DirectLake})
 * @param flags its storage mode and yes/no properties
 * @param datasourceUsages ids of {@link DatasourceInstance}s it reads
 * @param schemaRetrievalError reason the scanner could not read its schema, or {@code null}
 * @param refreshSchedule its scheduled refresh, or {@code null} (models that are not refreshed)
 * @param directQueryRefreshSchedule cache refresh of DirectQuery models, or {@code null}
 * @param relations a Direct Lake model's store (lakehouse, warehouse or SQL analytics endpoint)
 */
public record Dataset(
    String id,
    String name,
    String description,
    String configuredBy,
    String configuredById,
    Instant createdDate,
    String contentProviderType,
    Flags flags,
    Endorsement endorsement,
    List<Table> tables,
    List<Expression> expressions,
    List<Role> roles,
    List<String> datasourceUsages,
    List<ItemRef> upstreamDataflows,
    List<ItemRef> upstreamDatasets,
    String schemaRetrievalError,
    boolean schemaMayNotBeUpToDate,
    RefreshSchedule refreshSchedule,
    RefreshSchedule.DirectQuery directQueryRefreshSchedule,
    List<Relation> relations,
    List<Access> users) {

  public Dataset {
    Objects.requireNonNull(flags, "flags");
    tables = List.copyOf(tables);
    expressions = List.copyOf(expressions);
    roles = List.copyOf(roles);
    datasourceUsages = List.copyOf(datasourceUsages);
    upstreamDataflows = List.copyOf(upstreamDataflows);
    upstreamDatasets = List.copyOf(upstreamDatasets);
    relations = List.copyOf(relations);
    users = List.copyOf(users);
  }

  /**
   * How the service stores and serves the model.
   *
   * @param targetStorageMode {@code Abf} (small) or {@code PremiumFiles} (large)
   * @param isOnPremGatewayRequired it reads an on-premises data source
   * @param addRowsApiEnabled a push (real-time) model, filled through the add-rows API
   */
  public record Flags(
      String targetStorageMode,
      boolean isRefreshable,
      boolean isEffectiveIdentityRequired,
      boolean isEffectiveIdentityRolesRequired,
      boolean isOnPremGatewayRequired,
      boolean addRowsApiEnabled,
      boolean isInPlaceSharingEnabled) {

    /**
     * A small (Abf), refreshable model without row-level security, gateway, push rows or in-place
     * sharing: what a Direct Lake model and a model declared in a tenant file report.
     */
    public static final Flags SMALL_REFRESHABLE =
        new Flags("Abf", true, false, false, false, false, false);
  }

  /**
   * A table; {@code sourceExpression} is its Power Query (M) partition source, or {@code null};
   * {@code storageMode} is {@code DirectLake} on Direct Lake models (read by DataHub and
   * semantic-link-labs), else {@code null} (not written).
   */
  public record Table(
      String name,
      String description,
      boolean isHidden,
      List<Column> columns,
      List<Measure> measures,
      String sourceExpression,
      String storageMode) {
    public Table {
      columns = List.copyOf(columns);
      measures = List.copyOf(measures);
    }
  }

  /**
   * A column; {@code dataType} as the service spells it ({@code String}, {@code Int64}, …); {@code
   * columnType} {@code Data}, {@code Calculated} or {@code CalculatedTableColumn}
   * (scan-result-real-shapes.md §5.4), with the DAX {@code expression} of a calculated column.
   */
  public record Column(
      String name,
      String dataType,
      boolean isHidden,
      String formatString,
      String columnType,
      String expression) {
    public boolean isCalculated() {
      return "Calculated".equals(columnType);
    }
  }

  /** A DAX measure. */
  public record Measure(
      String name, String expression, String formatString, String description, boolean isHidden) {}

  /** A shared Power Query expression (parameter or query). */
  public record Expression(String name, String expression, String description) {}

  /** A row-level-security role. */
  public record Role(
      String name,
      String modelPermission,
      List<RoleMember> members,
      List<TablePermission> tablePermissions) {
    public Role {
      members = List.copyOf(members);
      tablePermissions = List.copyOf(tablePermissions);
    }
  }

  /** A member of an RLS role. */
  public record RoleMember(
      String memberName, String memberId, String memberType, String identityProvider) {}

  /** A row filter of an RLS role. */
  public record TablePermission(String name, String filterExpression) {}
}
