package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;

/**
 * A semantic model (dataset). Generated datasets share their {@code tables}, {@code expressions}
 * and {@code roles} lists with other datasets built from the same template, so a large tenant does
 * not hold a schema per dataset.
 *
 * @param contentProviderType e.g. {@code PbixInImportMode}, {@code PbixInDirectQueryMode}
 * @param targetStorageMode {@code Abf} (small) or {@code PremiumFiles} (large)
 * @param datasourceUsages ids of {@link DatasourceInstance}s it reads
 * @param schemaRetrievalError reason the scanner could not read its schema, or {@code null}
 */
public record Dataset(
    String id,
    String name,
    String description,
    String configuredBy,
    Instant createdDate,
    String contentProviderType,
    String targetStorageMode,
    boolean isRefreshable,
    boolean isEffectiveIdentityRequired,
    boolean isEffectiveIdentityRolesRequired,
    boolean isOnPremGatewayRequired,
    boolean addRowsApiEnabled,
    boolean isInPlaceSharingEnabled,
    Endorsement endorsement,
    List<Table> tables,
    List<Expression> expressions,
    List<Role> roles,
    List<String> datasourceUsages,
    List<ItemRef> upstreamDataflows,
    List<ItemRef> upstreamDatasets,
    String schemaRetrievalError,
    List<Access> users) {

  public Dataset {
    tables = List.copyOf(tables);
    expressions = List.copyOf(expressions);
    roles = List.copyOf(roles);
    datasourceUsages = List.copyOf(datasourceUsages);
    upstreamDataflows = List.copyOf(upstreamDataflows);
    upstreamDatasets = List.copyOf(upstreamDatasets);
    users = List.copyOf(users);
  }

  /** A table; {@code sourceExpression} is its Power Query (M) partition source, or {@code null}. */
  public record Table(
      String name,
      String description,
      boolean isHidden,
      List<Column> columns,
      List<Measure> measures,
      String sourceExpression) {
    public Table {
      columns = List.copyOf(columns);
      measures = List.copyOf(measures);
    }
  }

  /** A column; {@code dataType} as the service spells it ({@code String}, {@code Int64}, …). */
  public record Column(String name, String dataType, boolean isHidden, String formatString) {}

  /** A DAX measure. */
  public record Measure(
      String name, String expression, String formatString, String description, boolean isHidden) {}

  /** A shared Power Query expression (parameter or query). */
  public record Expression(String name, String expression, String description) {}

  /** A row-level-security role. */
  public record Role(
      String name, String modelPermission, List<RoleMember> members, List<TablePermission> tablePermissions) {
    public Role {
      members = List.copyOf(members);
      tablePermissions = List.copyOf(tablePermissions);
    }
  }

  /** A member of an RLS role. */
  public record RoleMember(String memberName, String memberId, String memberType, String identityProvider) {}

  /** A row filter of an RLS role. */
  public record TablePermission(String name, String filterExpression) {}
}
