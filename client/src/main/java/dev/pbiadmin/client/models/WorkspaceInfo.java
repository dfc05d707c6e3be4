package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One workspace of a scan result ({@code WorkspaceInfo}). Items keep their common fields here; the
 * scan adds lineage, schema and expressions depending on the scan flags: callers who need all of it
 * should use the streaming scan result, which hands over the raw JSON of each workspace. Nothing is
 * dropped: every field without a component, among them the Fabric item arrays ({@code Lakehouse},
 * {@code warehouses}, ..., and any type added later), is in {@code additionalProperties}.
 */
public record WorkspaceInfo(
    String id,
    String name,
    String description,
    String type,
    String state,
    String dataRetrievalState,
    @JsonProperty("isOnDedicatedCapacity") Boolean isOnDedicatedCapacity,
    String capacityId,
    String defaultDatasetStorageFormat,
    List<AdminReport> reports,
    List<AdminDashboard> dashboards,
    List<AdminDataset> datasets,
    List<AdminDataflow> dataflows,
    List<JsonNode> datamarts,
    List<GroupUser> users,
    String domainId,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public WorkspaceInfo {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }

  /**
   * The workspace's Fabric items by the array key the service used (its casing varies: {@code
   * Lakehouse}, {@code warehouses}, {@code SQLAnalyticsEndpoint}; reference §3): every additional
   * field that is an array of objects.
   */
  public Map<String, List<JsonNode>> fabricItems() {
    Map<String, List<JsonNode>> items = new TreeMap<>();
    additionalProperties.forEach(
        (key, value) -> {
          if (value.isArray() && !value.isEmpty()) {
            List<JsonNode> objects = new ArrayList<>();
            value.forEach(
                e -> {
                  if (e.isObject()) {
                    objects.add(e);
                  }
                });
            if (objects.size() == value.size()) {
              items.put(key, List.copyOf(objects));
            }
          }
        });
    return items;
  }
}
