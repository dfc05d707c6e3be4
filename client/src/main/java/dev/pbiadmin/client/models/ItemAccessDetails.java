package dev.pbiadmin.client.models;

import java.util.List;

/** One principal's access to an item (Items_ListItemAccessDetails). */
public record ItemAccessDetails(FabricPrincipal principal, Detail itemAccessDetails) {

  /**
   * Item type, permissions ({@code Read}, {@code Reshare}, …) and workload permissions ({@code
   * ReadAll}, …).
   */
  public record Detail(String type, List<String> permissions, List<String> additionalPermissions) {
    public Detail {
      permissions = Lists.copyOrEmpty(permissions);
      additionalPermissions = Lists.copyOrEmpty(additionalPermissions);
    }
  }
}
