package dev.pbiadmin.cli.inventory;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects the lineage edges of one workspace, each once. An edge belongs to the workspace of its
 * target item (the scan that reported it), so re-scanning that workspace replaces it.
 */
final class Lineage {
  private final Rows rows;
  private final String workspaceId;
  private final Set<String> seen = new HashSet<>();

  Lineage(Rows rows, String workspaceId) {
    this.rows = rows;
    this.workspaceId = workspaceId;
  }

  void edge(String fromKind, String fromId, String fromWorkspace, String toKind, String toId)
      throws SQLException {
    if (fromId == null || toId == null) {
      return;
    }
    if (seen.add(fromKind + '\0' + fromId + '\0' + toKind + '\0' + toId)) {
      rows.add(Tables.LINEAGE_EDGES, fromKind, fromId, toKind, toId, workspaceId,
          fromWorkspace != null ? fromWorkspace : fromKind.equals("datasource") ? null : workspaceId);
    }
  }
}
