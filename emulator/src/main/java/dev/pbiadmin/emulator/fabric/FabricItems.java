package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.App;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The tenant's content as the Fabric admin API's items: the one place that maps the content model
 * to Fabric item types (extend {@link #ofType} when the content model gains item kinds). Items are
 * listed in the API's documented page order, by type first: Fabric items, Datamarts, Reports,
 * Dashboards, SemanticModels, Apps, Dataflows; only items of active workspaces ("Returns a list of
 * active Fabric and PowerBI items"). The Fabric items are every item of the content's Fabric item
 * arrays, with the ids the scanner returns, including those the scanner leaves out ({@code
 * inScanResult: false}).
 */
final class FabricItems {
  /**
   * The Power BI item types in the order Items_ListItems pages through them, after the Fabric
   * items.
   */
  static final List<String> PAGE_ORDER =
      List.of(
          "Datamart", "Report", "PaginatedReport", "Dashboard", "SemanticModel", "App", "Dataflow");

  /**
   * Scan-result item-array keys that are not an {@code ItemType} spelt in another case
   * (scan-result-real-shapes.md §3): the plural {@code warehouses}, the SQL analytics endpoint's
   * two keys, and the lower-case internal names.
   */
  private static final Map<String, String> KEY_ALIASES =
      Map.of(
          "warehouses", "Warehouse",
          "sqlanalyticsendpoint", "SQLEndpoint",
          "sqlendpoints", "SQLEndpoint",
          "reflexproject", "Reflex",
          "sqldbnative", "SQLDatabase",
          "functionset", "UserDataFunction");

  /**
   * One item.
   *
   * @param creator who created or configured it, when the content records it
   * @param users its access list, with the content model's rights ({@code ReadReshare}, …)
   */
  record Item(
      String id,
      String type,
      String name,
      String description,
      String workspaceId,
      String capacityId,
      Instant lastUpdatedDate,
      Principal creator,
      List<Access> users) {}

  /** Where the items of one type in one workspace live; saves repeating it per item. */
  private record Place(String type, String workspaceId, String capacityId) {
    Item item(
        Instant lastUpdated,
        String id,
        String name,
        String description,
        Principal creator,
        List<Access> users) {
      return new Item(
          id, type, name, description, workspaceId, capacityId, lastUpdated, creator, users);
    }
  }

  private final TenantContent content;

  FabricItems(TenantContent content) {
    this.content = content;
  }

  /** Every item of every active workspace, in page order. */
  Stream<Item> all() {
    List<Workspace> active = content.workspaces().stream().filter(Workspace::isActive).toList();
    return Stream.concat(
        active.stream().flatMap(this::fabric),
        PAGE_ORDER.stream().flatMap(type -> active.stream().flatMap(w -> ofType(w, type))));
  }

  /** One item of a workspace by id, whatever its type. */
  Optional<Item> find(Workspace w, String itemId) {
    return Stream.concat(fabric(w), PAGE_ORDER.stream().flatMap(type -> ofType(w, type)))
        .filter(i -> i.id().equalsIgnoreCase(itemId))
        .findFirst();
  }

  /**
   * The Fabric item type of a scan-result item-array key: its alias, else the {@code ItemType} it
   * spells in another case ({@code Lakehouse}, {@code KQLDatabase}), else the key itself (a kind
   * the swagger does not name yet keeps its own name).
   */
  static String itemType(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    String alias = KEY_ALIASES.get(lower);
    if (alias != null) {
      return alias;
    }
    return ItemsApi.ITEM_TYPES.stream()
        .filter(t -> t.equalsIgnoreCase(key))
        .findFirst()
        .orElse(key);
  }

  private Stream<Item> fabric(Workspace w) {
    return w.fabricItems().stream()
        .map(
            f ->
                new Item(
                    f.id(),
                    itemType(f.key()),
                    f.name(),
                    f.description(),
                    w.id(),
                    w.capacityId(),
                    f.lastUpdatedDate(),
                    creator(f.createdById(), f.createdBy()),
                    f.users()));
  }

  private Stream<Item> ofType(Workspace w, String type) {
    String ws = w.id();
    String cap = w.capacityId();
    Place at = new Place(type, ws, cap);
    return switch (type) {
      case "Datamart" ->
          w.datamarts().stream()
              .map(
                  d ->
                      at.item(
                          d.modifiedDateTime(),
                          d.id(),
                          d.name(),
                          d.description(),
                          creator(d.configuredById(), d.configuredBy()),
                          d.users()));
      case "Report", "PaginatedReport" ->
          w.reports().stream()
              .filter(
                  r -> type.equals("PaginatedReport") == "PaginatedReport".equals(r.reportType()))
              .map(
                  r ->
                      at.item(
                          r.modifiedDateTime(),
                          r.id(),
                          r.name(),
                          r.description(),
                          creator(r.createdById(), r.createdBy()),
                          r.users()));
      case "Dashboard" ->
          w.dashboards().stream()
              .map(d -> at.item(w.modifiedAt(), d.id(), d.displayName(), null, null, d.users()));
      case "SemanticModel" ->
          w.datasets().stream()
              .map(
                  d ->
                      at.item(
                          d.createdDate(),
                          d.id(),
                          d.name(),
                          d.description(),
                          creator(null, d.configuredBy()),
                          d.users()));
      case "App" ->
          content.snapshot().apps().stream()
              .filter(a -> ws.equalsIgnoreCase(a.workspaceId()))
              .map(a -> app(a, cap));
      case "Dataflow" ->
          w.dataflows().stream()
              .map(
                  d ->
                      at.item(
                          d.modifiedDateTime(),
                          d.objectId(),
                          d.name(),
                          d.description(),
                          creator(null, d.configuredBy()),
                          d.users()));
      default -> Stream.empty();
    };
  }

  private Item app(App a, String capacityId) {
    return new Item(
        a.id(),
        "App",
        a.name(),
        a.description(),
        a.workspaceId(),
        capacityId,
        a.lastUpdate(),
        creator(null, a.publishedBy()),
        a.users());
  }

  private Principal creator(String objectId, String identifier) {
    Function<String, Optional<Principal>> find =
        key -> key == null ? Optional.empty() : content.principal(key);
    return find.apply(objectId).or(() -> find.apply(identifier)).orElse(null);
  }

  /**
   * A content-model right as Fabric item permissions: {@code ReadReshare} → Read, Reshare; an owner
   * holds Read, Write and Reshare.
   */
  static List<String> permissions(String right) {
    String r = right == null ? "" : right.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    boolean owner = r.contains("owner");
    if (owner || r.contains("read")) {
      out.add("Read");
    }
    if (owner || r.contains("write")) {
      out.add("Write");
    }
    if (owner || r.contains("reshare")) {
      out.add("Reshare");
    }
    if (r.contains("explore")) {
      out.add("Explore");
    }
    return out;
  }
}
