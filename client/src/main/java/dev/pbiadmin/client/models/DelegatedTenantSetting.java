package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.client.implementation.Json;
import java.util.List;
import java.util.Objects;

/**
 * A tenant setting as a capacity, domain or workspace admin overrode it ({@code
 * CapacityTenantSetting}, {@code DomainTenantSetting}, {@code WorkspaceTenantSetting}): the
 * contract's tenant setting plus where it was delegated from. On the wire it is one flat object,
 * read and written as such.
 *
 * @param setting the overridden setting, with its raw JSON (which carries {@code delegatedFrom}
 *     too); an override can be delegated no further than to workspaces, so its {@code
 *     delegateToCapacity} and {@code delegateToDomain} stay unknown ({@code null})
 * @param delegatedFrom {@code Tenant}, {@code Capacity} or {@code Domain} (kept as a string)
 */
public record DelegatedTenantSetting(@JsonUnwrapped TenantSetting setting, String delegatedFrom) {

  public DelegatedTenantSetting {
    Objects.requireNonNull(setting, "setting");
  }

  /** Reads the flat object the service sends, keeping it as the setting's raw JSON. */
  @JsonCreator
  public static DelegatedTenantSetting fromJson(JsonNode json) {
    JsonNode fields = json;
    if (json instanceof ObjectNode o) {
      // not in the contract's definitions of an override: unknown, whatever else the body holds
      fields = o.deepCopy().without(List.of("delegateToCapacity", "delegateToDomain"));
    }
    return new DelegatedTenantSetting(
        Json.MAPPER.convertValue(fields, TenantSetting.class).withRaw(json),
        json.path("delegatedFrom").asText(null));
  }
}
