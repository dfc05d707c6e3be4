package dev.pbiadmin.cli.inventory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the lineage edges of one workspace, each once, and writes them when the workspace is
 * done. An edge belongs to the workspace of its target item (the scan that reported it), so
 * re-scanning that workspace replaces it.
 *
 * <p>A {@code relations[]} entry names only the id it depends on ({@code dependentOnArtifactId},
 * reference §7). Its kind is taken from the items of the same workspace once all are read; an item
 * elsewhere is written as kind {@link #ARTIFACT}, which the store resolves once that item is
 * inventoried.
 */
final class Lineage {
  /** The kind of a relation's source that is not (yet) known. */
  static final String ARTIFACT = "artifact";

  private final Rows rows;
  private final String workspaceId;
  private final Map<String, String> kinds = new HashMap<>();
  private final Map<String, Object[]> edges = new LinkedHashMap<>();
  private final List<Object[]> pending = new ArrayList<>();

  Lineage(Rows rows, String workspaceId) {
    this.rows = rows;
    this.workspaceId = workspaceId;
  }

  /** Makes {@code id} known as an item of {@code kind} in this workspace. */
  void item(String kind, String id) {
    if (id != null) {
      kinds.putIfAbsent(id, kind);
    }
  }

  void edge(String fromKind, String fromId, String fromWorkspace, String toKind, String toId) {
    edge(fromKind, fromId, fromWorkspace, toKind, toId, null);
  }

  private void edge(
      String fromKind,
      String fromId,
      String fromWorkspace,
      String toKind,
      String toId,
      String relationType) {
    if (fromId == null || toId == null) {
      return;
    }
    Object[] row =
        edges.computeIfAbsent(
            fromKind + '\0' + fromId + '\0' + toKind + '\0' + toId,
            k ->
                new Object[] {
                  fromKind,
                  fromId,
                  toKind,
                  toId,
                  workspaceId,
                  fromWorkspace != null
                          || fromKind.equals("datasource")
                          || fromKind.equals(ARTIFACT)
                      ? fromWorkspace
                      : workspaceId,
                  null
                });
    if (row[6] == null) {
      row[6] = relationType;
    }
  }

  /**
   * The item's {@code relations[]}: each an edge from what it depends on to the item. An entry
   * without {@code dependentOnArtifactId} says nothing pbiadmin can link and stays in the item's
   * extra.
   */
  void relations(Fields item, String toKind, String toId) {
    for (Fields r : item.each("relations")) {
      String from = r.id("dependentOnArtifactId");
      if (from != null && toId != null) {
        pending.add(new Object[] {from, r.id("workspaceId"), toKind, toId, r.text("relationType")});
      }
    }
  }

  /** Writes the workspace's edges; returns how many have a source of unknown kind. */
  int flush() throws SQLException {
    for (Object[] p : pending) {
      String from = (String) p[0];
      edge(
          kinds.getOrDefault(from, ARTIFACT),
          from,
          (String) p[1],
          (String) p[2],
          (String) p[3],
          (String) p[4]);
    }
    pending.clear();
    int unresolved = 0;
    for (Object[] e : edges.values()) {
      rows.add(Tables.LINEAGE_EDGES, e);
      if (ARTIFACT.equals(e[0])) {
        unresolved++;
      }
    }
    edges.clear();
    return unresolved;
  }
}
