package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A workspace as the admin APIs return it ({@code AdminGroup}: GetGroupsAsAdmin, GetGroupAsAdmin).
 * The expandable lists are null unless requested with {@code $expand}. {@code type} is one of
 * {@code Workspace}, {@code Group}, {@code PersonalGroup}, {@code Personal} (kept as a string).
 */
public record AdminGroup(
    String id,
    String name,
    @JsonProperty("isReadOnly") Boolean isReadOnly,
    @JsonProperty("isOnDedicatedCapacity") Boolean isOnDedicatedCapacity,
    String capacityId,
    String dataflowStorageId,
    String defaultDatasetStorageFormat,
    String description,
    String type,
    String state,
    String capacityMigrationStatus,
    Boolean hasWorkspaceLevelSettings,
    String pipelineId,
    List<GroupUser> users,
    List<AdminReport> reports,
    List<AdminDashboard> dashboards,
    List<AdminDataset> datasets,
    List<AdminDataflow> dataflows,
    List<Workbook> workbooks,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> additionalProperties) {
  public AdminGroup {
    additionalProperties = AdditionalProperties.copy(additionalProperties);
  }
}
