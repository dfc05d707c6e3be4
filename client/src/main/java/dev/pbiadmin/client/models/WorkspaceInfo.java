package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One workspace of a scan result ({@code WorkspaceInfo}). Items keep their common fields here; the
 * scan adds lineage, schema and expressions depending on the scan flags: callers who need all of it
 * should use the streaming scan result, which hands over the raw JSON of each workspace.
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
    List<GroupUser> users) {}
