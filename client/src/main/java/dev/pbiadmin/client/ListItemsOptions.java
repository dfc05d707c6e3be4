package dev.pbiadmin.client;

/**
 * Filters of Items_ListItems; each may be null. {@code type} is an item type such as {@code
 * Lakehouse} or {@code Report}; {@code state} only {@code active}.
 */
public record ListItemsOptions(String workspaceId, String capacityId, String type, String state) {

  /** Every active item of the tenant. */
  public static ListItemsOptions all() {
    return new ListItemsOptions(null, null, null, null);
  }

  /** Every item of one workspace. */
  public static ListItemsOptions inWorkspace(String workspaceId) {
    return new ListItemsOptions(workspaceId, null, null, null);
  }
}
