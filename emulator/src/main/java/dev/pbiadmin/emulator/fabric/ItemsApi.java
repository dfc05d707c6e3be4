package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.Workspace;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code GET /items} and {@code GET /workspaces/{workspaceId}/items/{itemId}/users}. */
final class ItemsApi {
  /**
   * Values {@code type} may take: the swagger's {@code ItemType} (ItemTypesTest keeps this equal to
   * it) and {@code App}, which Items_ListItems pages through but the enum does not name yet.
   */
  static final List<String> ITEM_TYPES =
      List.of(
          "Dashboard",
          "Report",
          "SemanticModel",
          "PaginatedReport",
          "Datamart",
          "Lakehouse",
          "Eventhouse",
          "Environment",
          "KQLDatabase",
          "KQLQueryset",
          "KQLDashboard",
          "DataPipeline",
          "Notebook",
          "SparkJobDefinition",
          "MLExperiment",
          "MLModel",
          "Warehouse",
          "Eventstream",
          "SQLEndpoint",
          "MirroredWarehouse",
          "MirroredDatabase",
          "Reflex",
          "GraphQLApi",
          "MountedDataFactory",
          "SQLDatabase",
          "CopyJob",
          "VariableLibrary",
          "Dataflow",
          "ApacheAirflowJob",
          "WarehouseSnapshot",
          "DigitalTwinBuilder",
          "DigitalTwinBuilderFlow",
          "MirroredAzureDatabricksCatalog",
          "Map",
          "AnomalyDetector",
          "UserDataFunction",
          "GraphModel",
          "GraphQuerySet",
          "SnowflakeDatabase",
          "OperationsAgent",
          "CosmosDBDatabase",
          "Ontology",
          "EventSchemaSet",
          "DataAgent",
          "MirroredCatalog",
          "AppBackend",
          "OrgApp",
          "OrgAppAudience",
          "DataBuildToolJob",
          "AzureDatabricksStorage",
          "Plan",
          "App");

  /**
   * "When querying for the following types, this parameter is required"
   * (Items_ListItemAccessDetails).
   */
  private static final Set<String> TYPE_REQUIRED =
      Set.of("Report", "Dashboard", "SemanticModel", "App", "Dataflow");

  private static final Map<String, String> BY_LOWER =
      ITEM_TYPES.stream().collect(Collectors.toMap(t -> t.toLowerCase(Locale.ROOT), t -> t));

  private final FabricItems items;
  private final WorkspacesApi workspaces;
  private final PrincipalJson principals;
  private final Pages pages;

  ItemsApi(FabricItems items, WorkspacesApi workspaces, PrincipalJson principals, Pages pages) {
    this.items = items;
    this.workspaces = workspaces;
    this.principals = principals;
    this.pages = pages;
  }

  /**
   * Filters {@code workspaceId}, {@code capacityId}, {@code type} and {@code state} (only {@code
   * active}).
   */
  Object list(FabricCall call) {
    Pages.Cursor cursor = pages.cursor(call, List.of("workspaceId", "capacityId", "state", "type"));
    String state = cursor.filter("state");
    if (state != null && !state.equalsIgnoreCase("active")) {
      throw FabricException.badRequest(
          "InvalidItemState", "The item state '" + state + "' is not valid; use active.");
    }
    String type = type(cursor.filter("type"));
    String workspaceId = cursor.filter("workspaceId");
    String capacityId = cursor.filter("capacityId");
    Predicate<FabricItems.Item> wanted =
        i ->
            (type == null || type.equals(i.type()))
                && (workspaceId == null || workspaceId.equalsIgnoreCase(i.workspaceId()))
                && (capacityId == null || capacityId.equalsIgnoreCase(i.capacityId()));
    Stream<FabricItems.Item> all = items.all().filter(wanted);
    return pages.page(call, cursor, all, "itemEntities", this::json);
  }

  /**
   * {@code accessDetails} of one item. Power BI items (reports, dashboards, semantic models, apps,
   * dataflows) are found only with their {@code type}, as the operation documents; without it they
   * are {@code ItemNotFound}.
   */
  Object users(FabricCall call) {
    Workspace w = workspaces.workspace(call.path("workspaceId"));
    String itemId = call.path("itemId");
    String type = type(call.query("type"));
    FabricItems.Item item =
        items
            .find(w, itemId)
            .filter(i -> type == null ? !TYPE_REQUIRED.contains(i.type()) : type.equals(i.type()))
            .orElseThrow(
                () ->
                    FabricException.notFound(
                        "ItemNotFound",
                        "The item "
                            + itemId
                            + " does not exist in workspace "
                            + w.id()
                            + (type == null ? " (Power BI items need their type)" : "")
                            + ".",
                        itemId,
                        "Item"));
    return Map.of("accessDetails", item.users().stream().map(a -> access(a, item.type())).toList());
  }

  private static String type(String raw) {
    if (raw == null) {
      return null;
    }
    String known = BY_LOWER.get(raw.toLowerCase(Locale.ROOT));
    if (known == null) {
      throw FabricException.badRequest(
          "InvalidItemType", "The item type '" + raw + "' is not valid.");
    }
    return known;
  }

  private Map<String, Object> json(FabricItems.Item i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("type", i.type());
    m.put("name", i.name());
    if (i.description() != null && !i.description().isEmpty()) {
      m.put("description", i.description());
    }
    m.put("state", "Active");
    if (i.lastUpdatedDate() != null) {
      m.put("lastUpdatedDate", date(i.lastUpdatedDate()));
    }
    m.put("workspaceId", i.workspaceId());
    if (i.capacityId() != null) {
      m.put("capacityId", i.capacityId());
    }
    if (i.creator() != null) {
      m.put("creatorPrincipal", principals.of(i.creator()));
    }
    return m;
  }

  private Map<String, Object> access(Access a, String type) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("type", type);
    details.put("permissions", FabricItems.permissions(a.right()));
    details.put("additionalPermissions", List.of());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("principal", principals.of(a.principal()));
    m.put("itemAccessDetails", details);
    return m;
  }

  /**
   * UTC without an offset, as every one of Microsoft's ListItems examples gives it ({@code
   * 2022-04-29T17:47:29.98673}).
   */
  private static String date(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString();
  }
}
