package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A Fabric or Power BI item as the Fabric admin API lists it ({@code Item}: Items_ListItems).
 * {@code type} is kept as a string ({@code Lakehouse}, {@code Report}, {@code SemanticModel}, …,
 * and types Microsoft adds later); {@code lastUpdatedDate} comes with or without a UTC offset
 * (Microsoft's examples give none). {@code raw} keeps the item exactly as received.
 */
public record FabricItem(
    String id,
    String type,
    String name,
    String description,
    String state,
    Instant lastUpdatedDate,
    String workspaceId,
    String capacityId,
    String folderId,
    FabricPrincipal creatorPrincipal,
    @JsonIgnore JsonNode raw) {

  /** The same item, keeping {@code json} as what the service sent. */
  public FabricItem withRaw(JsonNode json) {
    return new FabricItem(
        id,
        type,
        name,
        description,
        state,
        lastUpdatedDate,
        workspaceId,
        capacityId,
        folderId,
        creatorPrincipal,
        json);
  }
}
