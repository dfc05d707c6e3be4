package dev.pbiadmin.emulator.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One immutable, fully indexed version of the content; built once per change. */
final class ContentIndex {
  final ContentSet content;
  final Map<String, Integer> workspaceIndex = new HashMap<>();
  final Map<String, Placed<Report>> reports = new HashMap<>();
  final Map<String, Placed<Dashboard>> dashboards = new HashMap<>();
  final Map<String, Placed<Dataset>> datasets = new HashMap<>();
  final Map<String, Placed<Dataflow>> dataflows = new HashMap<>();
  final Map<String, Placed<Datamart>> datamarts = new HashMap<>();
  final Map<String, App> apps = new HashMap<>();
  final Map<String, Capacity> capacities = new HashMap<>();
  final Map<String, DatasourceInstance> datasources = new HashMap<>();
  final Map<String, Principal> principals = new HashMap<>();
  final Map<String, List<Workspace>> workspacesByPrincipal = new HashMap<>();
  final ContentCounts counts;

  ContentIndex(ContentSet content) {
    this.content = content;
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byState = new TreeMap<>();
    int orphaned = 0, users = 0, tiles = 0, workbooks = 0;
    List<Workspace> ws = content.workspaces();
    for (int i = 0; i < ws.size(); i++) {
      Workspace w = ws.get(i);
      if (workspaceIndex.putIfAbsent(key(w.id()), i) != null) {
        throw new IllegalArgumentException("two workspaces have the id " + w.id());
      }
      byType.merge(w.type(), 1, Integer::sum);
      byState.merge(w.state(), 1, Integer::sum);
      orphaned += w.hasNoAdmin() ? 1 : 0;
      users += w.users().size();
      workbooks += w.workbooks().size();
      for (Access a : w.users()) {
        workspacesByPrincipal.computeIfAbsent(key(a.principal().identifier()), k -> new ArrayList<>()).add(w);
        if (a.principal().graphId() != null && !a.principal().graphId().equalsIgnoreCase(a.principal().identifier())) {
          workspacesByPrincipal.computeIfAbsent(key(a.principal().graphId()), k -> new ArrayList<>()).add(w);
        }
      }
      w.reports().forEach(r -> reports.put(key(r.id()), new Placed<>(w, r)));
      for (Dashboard d : w.dashboards()) {
        dashboards.put(key(d.id()), new Placed<>(w, d));
        tiles += d.tiles().size();
      }
      w.datasets().forEach(d -> datasets.put(key(d.id()), new Placed<>(w, d)));
      w.dataflows().forEach(d -> dataflows.put(key(d.objectId()), new Placed<>(w, d)));
      w.datamarts().forEach(d -> datamarts.put(key(d.id()), new Placed<>(w, d)));
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
    counts = new ContentCounts(content.capacities().size(), ws.size(), byType, byState, orphaned,
        users, reports.size(), dashboards.size(), tiles, datasets.size(), dataflows.size(),
        datamarts.size(), workbooks, apps.size(), datasources.size());
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
