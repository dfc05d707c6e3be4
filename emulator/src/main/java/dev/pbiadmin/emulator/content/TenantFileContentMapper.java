package dev.pbiadmin.emulator.content;

import dev.pbiadmin.emulator.content.TenantFileContent.AccessSpec;
import dev.pbiadmin.emulator.content.TenantFileContent.DashboardSpec;
import dev.pbiadmin.emulator.content.TenantFileContent.DataflowSpec;
import dev.pbiadmin.emulator.content.TenantFileContent.DatasetSpec;
import dev.pbiadmin.emulator.content.TenantFileContent.ItemSpec;
import dev.pbiadmin.emulator.content.TenantFileContent.RelationSpec;
import dev.pbiadmin.emulator.content.TenantFileContent.ReportSpec;
import dev.pbiadmin.emulator.content.TenantFileContent.WorkspaceSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Turns the tenant file's {@code content:} section into content, resolving names to ids. */
final class TenantFileContentMapper {
  private final TenantFileContent spec;
  private final Instant now;
  private final String domain;
  private final Map<String, Principal> principals = new LinkedHashMap<>();

  /** Lower-cased id or name → [workspace id, item id], for each kind. */
  private final Map<String, String[]> datasets = new HashMap<>();

  private final Map<String, String[]> reports = new HashMap<>();
  private final Map<String, String[]> dataflows = new HashMap<>();
  private final Map<String, String[]> items = new HashMap<>();

  /** Workspace id → [app id, report name or id] of each report an app publishes. */
  private final Map<String, List<String[]>> appReports = new HashMap<>();

  private final Map<String, String> workspaceIds = new HashMap<>();
  private final Map<String, String> capacityIds = new HashMap<>();

  TenantFileContentMapper(TenantFileContent spec, Instant now, String domain) {
    this.spec = spec;
    this.now = now;
    this.domain = domain;
  }

  ContentSet map() {
    List<Capacity> capacities = new ArrayList<>();
    for (var c : spec.capacities()) {
      String id = id(c.id(), "capacity", require(c.displayName(), "capacity displayName"));
      capacities.add(
          new Capacity(
              id,
              c.displayName(),
              or(c.sku(), "F64"),
              or(c.state(), "Active"),
              or(c.region(), "West Europe"),
              c.admins() == null ? List.of() : c.admins()));
      capacityIds.put(key(id), id);
      capacityIds.put(key(c.displayName()), id);
    }
    List<DatasourceInstance> sources = new ArrayList<>();
    for (var d : spec.datasources()) {
      String id = require(d.id(), "datasource id");
      sources.add(
          new DatasourceInstance(
              id,
              require(d.type(), "datasource type"),
              d.connectionDetails() == null ? Map.of() : d.connectionDetails(),
              d.gatewayId(),
              Boolean.TRUE.equals(d.misconfigured())));
    }
    registerNames();
    List<App> apps = new ArrayList<>();
    for (var a : spec.apps()) {
      String ws =
          resolve(
              workspaceIds,
              require(a.workspace(), "app workspace"),
              "workspace",
              "app " + a.name());
      String appId = id(a.id(), "app", require(a.name(), "app name"));
      apps.add(new App(appId, a.name(), a.description(), ws, null, now, access(a.users())));
      for (String report : list(a.reports())) {
        appReports.computeIfAbsent(ws, k -> new ArrayList<>()).add(new String[] {appId, report});
      }
    }
    List<Workspace> workspaces = new ArrayList<>();
    for (WorkspaceSpec w : spec.workspaces()) {
      workspaces.add(workspace(w));
    }
    return new ContentSet(
        capacities, workspaces, apps, sources, List.of(), new ArrayList<>(principals.values()));
  }

  /** First pass: every workspace and item gets its id, so references may point forward. */
  private void registerNames() {
    for (WorkspaceSpec w : spec.workspaces()) {
      String wsId = id(w.id(), "workspace", require(w.name(), "workspace name"));
      workspaceIds.put(key(wsId), wsId);
      workspaceIds.put(key(w.name()), wsId);
      for (DatasetSpec d : list(w.datasets())) {
        register(
            datasets,
            wsId,
            id(d.id(), "dataset:" + wsId, require(d.name(), "dataset name")),
            d.name());
      }
      for (ReportSpec r : list(w.reports())) {
        register(
            reports,
            wsId,
            id(r.id(), "report:" + wsId, require(r.name(), "report name")),
            r.name());
      }
      for (DataflowSpec d : list(w.dataflows())) {
        register(
            dataflows,
            wsId,
            id(d.id(), "dataflow:" + wsId, require(d.name(), "dataflow name")),
            d.name());
      }
      for (ItemSpec i : list(w.items())) {
        String id = itemId(wsId, i);
        // a lakehouse and its SQL analytics endpoint share a name: the name refers to the first one
        // listed
        items.put(key(id), new String[] {wsId, id});
        items.putIfAbsent(key(i.name()), new String[] {wsId, id});
      }
    }
  }

  private Workspace workspace(WorkspaceSpec w) {
    String wsId = id(w.id(), "workspace", w.name());
    String capacityId =
        w.capacity() == null
            ? null
            : resolve(capacityIds, w.capacity(), "capacity", "workspace " + w.name());
    List<Dataset> ds = new ArrayList<>();
    for (DatasetSpec d : list(w.datasets())) {
      ds.add(dataset(wsId, d));
    }
    List<Report> rs = new ArrayList<>();
    for (ReportSpec r : list(w.reports())) {
      String[] target =
          r.dataset() == null
              ? null
              : resolveItem(datasets, r.dataset(), "dataset", "report " + r.name());
      rs.add(
          new Report(
              reports.get(key(wsId + "/" + r.name()))[1],
              r.name(),
              null,
              or(r.reportType(), "PowerBIReport"),
              target == null ? null : target[1],
              target == null || target[0].equals(wsId) ? null : target[0],
              null,
              null,
              null,
              null,
              null,
              null,
              now,
              now,
              endorsement(r.endorsement(), r.sensitivityLabel()),
              list(r.datasources()),
              access(r.users())));
    }
    for (String[] published : appReports.getOrDefault(wsId, List.of())) {
      String[] original =
          resolveItem(reports, published[1], "report", "an app of workspace " + w.name());
      Report report =
          rs.stream()
              .filter(x -> x.id().equals(original[1]))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "an app of workspace "
                              + w.name()
                              + " publishes report '"
                              + published[1]
                              + "', which is in another workspace"));
      rs.add(report.appCopy(uuid("appReport:" + published[0] + "/" + report.id()), published[0]));
    }
    List<Dashboard> dbs = new ArrayList<>();
    for (DashboardSpec d : list(w.dashboards())) {
      List<Dashboard.Tile> tiles = new ArrayList<>();
      for (var t : list(d.tiles())) {
        String[] rep =
            t.report() == null
                ? null
                : resolveItem(reports, t.report(), "report", "dashboard " + d.name());
        Report target =
            rep == null
                ? null
                : rs.stream().filter(x -> x.id().equals(rep[1])).findFirst().orElse(null);
        tiles.add(
            new Dashboard.Tile(
                uuid("tile:" + wsId + "/" + d.name() + "/" + tiles.size()),
                t.title(),
                rep == null ? null : rep[1],
                target == null ? null : target.datasetId(),
                target == null ? null : target.datasetWorkspaceId(),
                4,
                6));
      }
      dbs.add(
          new Dashboard(
              id(d.id(), "dashboard:" + wsId, require(d.name(), "dashboard name")),
              d.name(),
              false,
              null,
              null,
              null,
              tiles,
              access(d.users())));
    }
    List<Dataflow> dfs = new ArrayList<>();
    for (DataflowSpec d : list(w.dataflows())) {
      dfs.add(
          new Dataflow(
              dataflows.get(key(wsId + "/" + d.name()))[1],
              d.name(),
              null,
              d.configuredBy(),
              d.configuredBy(),
              now,
              Endorsement.NONE,
              list(d.datasources()),
              refs(d.upstreamDataflows(), "dataflow " + d.name()),
              null,
              access(d.users())));
    }
    List<FabricItem> fabric = new ArrayList<>();
    for (ItemSpec i : list(w.items())) {
      fabric.add(
          new FabricItem(
              i.type(),
              itemId(wsId, i),
              i.name(),
              i.description(),
              "Active",
              null,
              null,
              now,
              null,
              null,
              now,
              i.extendedProperties(),
              relations(i.relations(), "Datasource", "item " + i.name()),
              Endorsement.NONE,
              access(i.users()),
              i.inScanResult() == null || i.inScanResult()));
    }
    boolean onCapacity = capacityId != null;
    return new Workspace(
        wsId,
        w.name(),
        or(w.description(), ""),
        or(w.type(), "Workspace"),
        or(w.state(), "Active"),
        capacityId,
        false,
        onCapacity ? "Small" : null,
        false,
        null,
        ItemBuilder.DATA_RETRIEVAL_STATE,
        instant(w.modifiedAt(), w.name()),
        access(w.users()),
        new Workspace.Items(rs, dbs, ds, dfs, List.of(), List.of(), fabric));
  }

  private List<Relation> relations(List<RelationSpec> specs, String defaultType, String owner) {
    List<Relation> out = new ArrayList<>();
    for (RelationSpec r : list(specs)) {
      String[] target =
          resolveItem(items, require(r.item(), "item of a relation of " + owner), "item", owner);
      out.add(new Relation(target[1], or(r.relationType(), defaultType), target[0]));
    }
    return out;
  }

  private Dataset dataset(String wsId, DatasetSpec d) {
    List<Dataset.Table> tables = new ArrayList<>();
    for (var t : list(d.tables())) {
      List<Dataset.Column> columns = new ArrayList<>();
      (t.columns() == null ? Map.<String, String>of() : t.columns())
          .forEach(
              (n, type) -> columns.add(new Dataset.Column(n, type, false, null, "Data", null)));
      (t.calculatedColumns() == null ? Map.<String, String>of() : t.calculatedColumns())
          .forEach(
              (n, dax) ->
                  columns.add(new Dataset.Column(n, "String", false, null, "Calculated", dax)));
      List<Dataset.Measure> measures = new ArrayList<>();
      (t.measures() == null ? Map.<String, String>of() : t.measures())
          .forEach((n, dax) -> measures.add(new Dataset.Measure(n, dax, null, null, false)));
      tables.add(
          new Dataset.Table(
              require(t.name(), "table name"), null, false, columns, measures, t.source(), null));
    }
    return new Dataset(
        datasets.get(key(wsId + "/" + d.name()))[1],
        d.name(),
        null,
        d.configuredBy(),
        null,
        now,
        or(d.contentProviderType(), "PbixInImportMode"),
        Dataset.Flags.SMALL_REFRESHABLE,
        endorsement(d.endorsement(), d.sensitivityLabel()),
        tables,
        List.of(),
        List.of(),
        list(d.datasources()),
        refs(d.upstreamDataflows(), "dataset " + d.name()),
        List.of(),
        null,
        false,
        d.refreshSchedule(),
        null,
        relations(d.relations(), "Association", "dataset " + d.name()),
        access(d.users()));
  }

  private List<ItemRef> refs(List<String> names, String owner) {
    List<ItemRef> out = new ArrayList<>();
    for (String n : list(names)) {
      String[] target = resolveItem(dataflows, n, "dataflow", owner);
      out.add(new ItemRef(target[1], target[0]));
    }
    return out;
  }

  private List<Access> access(List<AccessSpec> specs) {
    List<Access> out = new ArrayList<>();
    for (AccessSpec a : list(specs)) {
      String who = require(a.principal(), "principal of an access entry");
      String type = a.type() != null ? a.type() : who.contains("@") ? "User" : "App";
      Principal p =
          principals.computeIfAbsent(
              key(who),
              k ->
                  switch (type) {
                    case "User" ->
                        Principal.user(
                            who.contains("@") ? who : who + "@" + domain,
                            or(a.displayName(), who),
                            uuid("user:" + who),
                            false);
                    case "Group" -> Principal.group(who, or(a.displayName(), who));
                    case "App" -> Principal.app(who, or(a.displayName(), who));
                    default ->
                        throw new IllegalArgumentException(
                            "principal type must be User, Group or App, got '"
                                + type
                                + "' for "
                                + who);
                  });
      out.add(new Access(p, require(a.right(), "right of " + who)));
    }
    return out;
  }

  private static Endorsement endorsement(String endorsement, String label) {
    if (endorsement != null
        && !endorsement.equals("Promoted")
        && !endorsement.equals("Certified")) {
      throw new IllegalArgumentException(
          "endorsement must be Promoted or Certified, got '" + endorsement + "'");
    }
    return endorsement == null && label == null
        ? Endorsement.NONE
        : new Endorsement(endorsement, null, label);
  }

  private void register(Map<String, String[]> index, String wsId, String id, String name) {
    index.put(key(id), new String[] {wsId, id});
    index.putIfAbsent(key(name), new String[] {wsId, id});
    index.put(key(wsId + "/" + name), new String[] {wsId, id});
  }

  private static String[] resolveItem(
      Map<String, String[]> index, String ref, String kind, String owner) {
    String[] found = index.get(key(ref));
    if (found == null) {
      throw new IllegalArgumentException(
          owner + " refers to " + kind + " '" + ref + "', which the tenant file does not define");
    }
    return found;
  }

  private static String resolve(Map<String, String> index, String ref, String kind, String owner) {
    String found = index.get(key(ref));
    if (found == null) {
      throw new IllegalArgumentException(
          owner + " refers to " + kind + " '" + ref + "', which the tenant file does not define");
    }
    return found;
  }

  private Instant instant(String text, String workspace) {
    if (text == null) {
      return now;
    }
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "workspace "
              + workspace
              + " has modifiedAt '"
              + text
              + "', which is not an ISO-8601 instant such as 2026-11-01T08:00:00Z");
    }
  }

  /** Derived from the type as well as the name, as items of different types may share a name. */
  private static String itemId(String wsId, ItemSpec i) {
    String name = require(i.name(), "item name");
    return id(i.id(), "item:" + wsId + "/" + require(i.type(), "type of item " + name), name);
  }

  private static String id(String explicit, String kind, String name) {
    return explicit != null ? explicit : uuid(kind + ":" + name);
  }

  private static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the tenant file's content section is missing a " + what);
    }
    return value;
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
