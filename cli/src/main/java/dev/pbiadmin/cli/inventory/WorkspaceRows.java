package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Turns one {@code WorkspaceInfo} object into rows: the workspace, its users and every item array.
 * The five Power BI kinds have tables of their own; any other array of items is a Fabric item type
 * ({@code Lakehouse}, {@code warehouses}, and whatever the service adds next), stored in {@code
 * fabric_items} under its own key (reference §2, §3). What is neither stays in the workspace's
 * extra.
 */
final class WorkspaceRows {
  private final Rows rows;
  private final MetadataSeen seen;
  private int unresolved;

  WorkspaceRows(Rows rows, MetadataSeen seen) {
    this.rows = rows;
    this.seen = seen;
  }

  /**
   * Lineage edges written so far whose source's kind is not yet known ({@link Lineage#ARTIFACT}).
   */
  int unresolved() {
    return unresolved;
  }

  /**
   * Writes a workspace with everything the service returned for it. A workspace in state {@code
   * Deleted} is kept (it can still be restored, and its items still count); one that has vanished
   * from the listing is removed when the run ends. Returns whether it is deleted.
   */
  boolean write(JsonNode json, String scanId, LocalDateTime scannedAt) throws SQLException {
    Fields w = Fields.of(json, "workspaces", seen.unrecognised);
    String id = w.id("id");
    if (id == null) {
      throw new InventoryException("a workspace in the scan result has no id", null);
    }
    String state = w.text("state");
    String type = w.text("type");
    boolean personal = type != null && type.toLowerCase(Locale.ROOT).contains("personal");
    Parts.users(rows, Tables.WORKSPACE_USERS, w, id);
    Lineage lineage = new Lineage(rows, id);
    new ModelRows(rows, lineage, seen).write(id, w.rows("datasets"));
    new ReportRows(rows, lineage).write(id, w);
    new FlowRows(rows, lineage).write(id, w);
    ItemRows items = new ItemRows(rows, lineage);
    for (String key : itemArrays(json)) {
      items.write(id, key, w.rows(key));
    }
    unresolved += lineage.flush();
    rows.add(
        Tables.WORKSPACES,
        id,
        w.text("name"),
        w.text("description"),
        type,
        state,
        personal,
        w.bool("isOnDedicatedCapacity"),
        w.id("capacityId"),
        w.text("defaultDatasetStorageFormat"),
        w.text("dataRetrievalState"),
        scanId,
        scannedAt,
        w.id("domainId"),
        w.extra());
    return "Deleted".equalsIgnoreCase(state);
  }

  /**
   * The keys of the workspace's Fabric item arrays: any array that is not a Power BI kind and holds
   * objects with an id. An empty array holds nothing to keep.
   */
  private static List<String> itemArrays(JsonNode w) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = w.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode v = w.get(key);
      if (!ItemTypes.isPowerBi(key) && v.isArray() && !v.isEmpty() && allItems(v)) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static boolean allItems(JsonNode array) {
    for (JsonNode e : array) {
      if (!e.isObject() || !(e.hasNonNull("id") || e.hasNonNull("objectId"))) {
        return false;
      }
    }
    return true;
  }
}
