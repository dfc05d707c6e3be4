package dev.pbiadmin.client.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a Fabric admin list: the records under whichever name the operation uses, and where
 * to continue. Real responses carry some lists twice, {@code value} beside the older {@code
 * tenantSettings} (tenant settings) or {@code overrides} (capacity overrides) (reference:
 * tenant-settings catalogue §1, §2): {@code value} is read first, the older name when it is absent.
 */
public record FabricPage(
    List<JsonNode> value,
    List<JsonNode> tenantSettings,
    List<JsonNode> overrides,
    List<JsonNode> workspaces,
    List<JsonNode> itemEntities,
    List<JsonNode> accessDetails,
    String continuationToken,
    String continuationUri) {

  public List<JsonNode> items() {
    for (List<JsonNode> list :
        java.util.Arrays.asList(
            value, tenantSettings, overrides, workspaces, itemEntities, accessDetails)) {
      if (list != null) {
        return list;
      }
    }
    return List.of();
  }

  /** The token of the next page, or null on the last one. */
  public String next() {
    return continuationToken == null || continuationToken.isBlank() ? null : continuationToken;
  }
}
