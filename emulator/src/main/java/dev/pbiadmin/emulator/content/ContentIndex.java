package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One immutable, fully indexed version of the content. Built in full once; a write derives the next
 * version by copying the maps and re-indexing only the changed workspace, which keeps a write on a
 * 100,000-workspace tenant to tens of milliseconds.
 */
final class ContentIndex {
  final ContentSet content;
  final Map<String, Integer> workspaceIndex;
  final Map<String, Placed<Report>> reports;
  final Map<String, Placed<Dashboard>> dashboards;
  final Map<String, Placed<Dataset>> datasets;
  final Map<String, Placed<Dataflow>> dataflows;
  final Map<String, Placed<Datamart>> datamarts;
  final Map<String, App> apps = new HashMap<>();
  final Map<String, Capacity> capacities = new HashMap<>();
  final Map<String, DatasourceInstance> datasources = new HashMap<>();
  final Map<String, Principal> principals = new HashMap<>();
  final Map<String, List<Workspace>> workspacesByPrincipal;
  final ContentCounts counts;

  ContentIndex(ContentSet content) {
    this(content, null, null, null);
  }

  /**
   * The next version: {@code previous} with workspace {@code old} replaced by {@code replacement}
   * (either may be null for an addition or a removal). With no previous version, a full build.
   */
  private ContentIndex(
      ContentSet content, ContentIndex previous, Workspace old, Workspace replacement) {
    this.content = content;
    boolean full = previous == null;
    int n = content.workspaces().size();
    workspaceIndex = new HashMap<>(n * 2);
    reports = full ? new HashMap<>(n * 4) : new HashMap<>(previous.reports);
    dashboards = full ? new HashMap<>() : new HashMap<>(previous.dashboards);
    datasets = full ? new HashMap<>(n * 3) : new HashMap<>(previous.datasets);
    dataflows = full ? new HashMap<>() : new HashMap<>(previous.dataflows);
    datamarts = full ? new HashMap<>() : new HashMap<>(previous.datamarts);
    workspacesByPrincipal =
        full ? new HashMap<>(n * 3) : new HashMap<>(previous.workspacesByPrincipal);
    List<Workspace> ws = content.workspaces();
    for (int i = 0; i < ws.size(); i++) {
      if (workspaceIndex.putIfAbsent(key(ws.get(i).id()), i) != null) {
        throw new IllegalArgumentException("two workspaces have the id " + ws.get(i).id());
      }
    }
    if (full) {
      for (Workspace w : ws) {
        // generation order is index order: append, no copy, no sort
        for (String principal : principalKeys(w)) {
          workspacesByPrincipal.computeIfAbsent(principal, k -> new ArrayList<>()).add(w);
        }
        items(w, true);
      }
    } else {
      if (old != null) {
        index(old, false);
      }
      if (replacement != null) {
        index(replacement, true);
      }
    }
    content.apps().forEach(a -> apps.put(key(a.id()), a));
    content.capacities().forEach(c -> capacities.put(key(c.id()), c));
    content.datasources().forEach(d -> datasources.put(key(d.datasourceId()), d));
    for (Principal p : content.principals()) {
      principals.put(key(p.identifier()), p);
      if (p.graphId() != null) {
        principals.putIfAbsent(key(p.graphId()), p);
      }
    }
    counts = count(ws);
  }

  ContentIndex replacing(ContentSet next, Workspace old, Workspace replacement) {
    return new ContentIndex(next, this, old, replacement);
  }

  private void index(Workspace w, boolean add) {
    for (String principal : principalKeys(w)) {
      List<Workspace> list =
          new ArrayList<>(workspacesByPrincipal.getOrDefault(principal, List.of()));
      list.removeIf(x -> x.id().equalsIgnoreCase(w.id()));
      if (add) {
        list.add(w);
        list.sort(java.util.Comparator.comparingInt(x -> workspaceIndex.get(key(x.id()))));
      }
      if (list.isEmpty()) {
        workspacesByPrincipal.remove(principal);
      } else {
        workspacesByPrincipal.put(principal, list);
      }
    }
    items(w, add);
  }

  private void items(Workspace w, boolean add) {
    w.reports().forEach(r -> put(reports, r.id(), add ? new Placed<>(w, r) : null));
    w.dashboards().forEach(d -> put(dashboards, d.id(), add ? new Placed<>(w, d) : null));
    w.datasets().forEach(d -> put(datasets, d.id(), add ? new Placed<>(w, d) : null));
    w.dataflows().forEach(d -> put(dataflows, d.objectId(), add ? new Placed<>(w, d) : null));
    w.datamarts().forEach(d -> put(datamarts, d.id(), add ? new Placed<>(w, d) : null));
  }

  private static List<String> principalKeys(Workspace w) {
    List<String> keys = new ArrayList<>(w.users().size() * 2);
    for (Access a : w.users()) {
      addOnce(keys, key(a.principal().identifier()));
      String graphId = a.principal().graphId();
      if (graphId != null) {
        addOnce(keys, key(graphId));
      }
    }
    return keys;
  }

  private static void addOnce(List<String> keys, String key) {
    if (!keys.contains(key)) {
      keys.add(key);
    }
  }

  private static <T> void put(Map<String, T> map, String id, T value) {
    if (value == null) {
      map.remove(key(id));
    } else {
      map.put(key(id), value);
    }
  }

  private ContentCounts count(List<Workspace> ws) {
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byState = new TreeMap<>();
    Map<String, Integer> byKey = new TreeMap<>();
    Tally t = new Tally();
    for (Workspace w : ws) {
      byType.merge(w.type(), 1, Integer::sum);
      byState.merge(w.state(), 1, Integer::sum);
      t.orphaned += w.hasNoAdmin() ? 1 : 0;
      t.users += w.users().size();
      t.workbooks += w.workbooks().size();
      for (Dashboard d : w.dashboards()) {
        t.tiles += d.tiles().size();
      }
      for (FabricItem f : w.fabricItems()) {
        if (!f.inScanResult()) {
          // ground truth of what scans return; the Fabric admin API's listing has these too
          continue;
        }
        byKey.merge(f.key(), 1, Integer::sum);
        t.itemUsers += f.users().size();
        t.itemRelations += f.relations().size();
      }
      t.reports(w.reports());
      t.datasets(w.datasets());
      for (Dataflow d : w.dataflows()) {
        t.dataflowSchedules += d.refreshSchedule() == null ? 0 : 1;
      }
    }
    return new ContentCounts(
        content.capacities().size(),
        ws.size(),
        byType,
        byState,
        t.orphaned,
        t.users,
        reports.size(),
        dashboards.size(),
        t.tiles,
        datasets.size(),
        dataflows.size(),
        datamarts.size(),
        t.workbooks,
        apps.size(),
        datasources.size(),
        byKey.values().stream().mapToInt(Integer::intValue).sum(),
        byKey,
        t.itemUsers,
        t.itemRelations,
        t.datasetRelations,
        t.datasetSchedules,
        t.directQuerySchedules,
        t.dataflowSchedules,
        t.appReports,
        t.paginated,
        t.paginatedUsages,
        t.calculatedColumns);
  }

  /**
   * Running totals of {@link #count}; calculated columns are counted once per shared table list.
   */
  private static final class Tally {
    int orphaned,
        users,
        tiles,
        workbooks,
        itemUsers,
        itemRelations,
        datasetRelations,
        datasetSchedules,
        directQuerySchedules,
        dataflowSchedules,
        appReports,
        paginated,
        paginatedUsages,
        calculatedColumns;
    private final Map<List<Dataset.Table>, Integer> calculatedPerSchema =
        new java.util.IdentityHashMap<>();

    void reports(List<Report> list) {
      for (Report r : list) {
        appReports += r.appId() == null ? 0 : 1;
        if (r.isPaginated()) {
          paginated++;
          paginatedUsages += r.datasourceUsages().size();
        }
      }
    }

    void datasets(List<Dataset> list) {
      for (Dataset d : list) {
        datasetRelations += d.relations().size();
        datasetSchedules += d.refreshSchedule() == null ? 0 : 1;
        directQuerySchedules += d.directQueryRefreshSchedule() == null ? 0 : 1;
        calculatedColumns +=
            calculatedPerSchema.computeIfAbsent(
                d.tables(),
                tables ->
                    (int)
                        tables.stream()
                            .flatMap(table -> table.columns().stream())
                            .filter(Dataset.Column::isCalculated)
                            .count());
      }
    }
  }

  /** Power BI ids are GUIDs, which the service matches case-insensitively. */
  static String key(String id) {
    return id == null ? "" : id.toLowerCase(Locale.ROOT);
  }

  Workspace workspace(String id) {
    Integer i = workspaceIndex.get(key(id));
    return i == null ? null : content.workspaces().get(i);
  }
}
