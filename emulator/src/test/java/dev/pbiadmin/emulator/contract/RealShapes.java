package dev.pbiadmin.emulator.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the real service sends beyond the swagger's definitions, allowed by {@link SwaggerSchemas}'
 * strict mode one property at a time, each with its evidence. Everything else stays strict: a field
 * in no definition and not listed here still fails. Sections (§) are those of
 * docs/reference/scan-result-real-shapes.md; "golden" means Microsoft's example in
 * contract/golden/powerbi, which spells the field so where the definition does not.
 */
final class RealShapes {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Timestamps with 0–7 fraction digits and {@code Z}, an offset, or no zone (§9). */
  private static final String SERVICE_TIME =
      "{\"type\":\"string\",\"pattern\":\"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}(\\\\.\\\\d{1,7})?(Z|[+-]\\\\d{2}:\\\\d{2})?$\"}";

  private static final String STRING = "{\"type\":\"string\"}";
  private static final String BOOLEAN = "{\"type\":\"boolean\"}";
  private static final String UUID = "{\"type\":\"string\",\"format\":\"uuid\"}";
  private static final String RELATIONS =
      "{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/Real_Relation\"}}";
  private static final String USAGES =
      "{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/DatasourceUsage\"}}";
  private static final String SCHEDULE = "{\"$ref\":\"#/definitions/Real_RefreshSchedule\"}";

  /**
   * Fabric item arrays of a scanned workspace, by key as real output spells them (§3, every key a
   * consumer shows in real output). Warehouses and SQL endpoints have the datamart field set
   * (§5.7).
   */
  static final List<String> FABRIC_KEYS =
      List.of(
          "Lakehouse",
          "Notebook",
          "DataPipeline",
          "Eventstream",
          "Eventhouse",
          "KQLDatabase",
          "KQLQueryset",
          "Environment",
          "MLModel",
          "MLExperiment",
          "SparkJobDefinition",
          "Reflex",
          "reflexproject",
          "kustoeventhubdataconnection",
          "sqldbnative",
          "MountedDatabase",
          "dataexploration",
          "FunctionSet",
          "HLSCohort",
          "healthdatamanager",
          "RetailDataManager",
          "microsoftsupplychaincenter",
          "Homeone");

  static final List<String> DATAMART_STYLE_KEYS =
      List.of("warehouses", "SQLAnalyticsEndpoint", "SQLEndpoints");

  private RealShapes() {}

  /** Definition name → property name → the schema the real value follows. */
  static Map<String, Map<String, JsonNode>> properties() {
    Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
    Map<String, JsonNode> workspace = new LinkedHashMap<>();
    FABRIC_KEYS.forEach(
        k ->
            workspace.put(
                k,
                json(
                    "{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/Real_FabricItem\"}}")));
    DATAMART_STYLE_KEYS.forEach(
        k ->
            workspace.put(
                k,
                json(
                    "{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/Real_DatamartStyleItem\"}}")));
    out.put("WorkspaceInfo", workspace);
    out.put(
        "WorkspaceInfoReport",
        Map.of(
            "originalReportObjectId",
                json(UUID), // §5.1: the real key; the swagger's is originalReportId
            "datasourceUsages", json(USAGES), // §5.1: paginated reports
            "relations", json(RELATIONS), // §5.1, §7
            "createdDateTime", json(SERVICE_TIME), // §9: the swagger's own example has no zone
            "modifiedDateTime", json(SERVICE_TIME)));
    out.put(
        "WorkspaceInfoDataset",
        Map.of(
            "createdDate", json(SERVICE_TIME), // §5.3, §9: camel case in scan results
            "contentProviderType", json(STRING), // §5.3, §9
            "configuredById", json(STRING), // §5.3
            "isEffectiveIdentityRequired", json(BOOLEAN), // §5.3
            "isEffectiveIdentityRolesRequired", json(BOOLEAN), // §5.3
            "refreshSchedule", json(SCHEDULE), // §5.3, §12
            "directQueryRefreshSchedule",
                json("{\"$ref\":\"#/definitions/Real_DirectQueryRefreshSchedule\"}"), // §5.3
            "relations", json(RELATIONS))); // §5.3, §7: Direct Lake model → store
    out.put("Table", Map.of("storageMode", json(STRING))); // §5.4
    out.put("Column", Map.of("columnType", json(STRING), "expression", json(STRING))); // §5.4
    out.put(
        "WorkspaceInfoDataflow",
        Map.of(
            "modifiedBy", json(STRING), // §5.5 and the swagger's own example
            "modifiedDateTime", json(SERVICE_TIME),
            "refreshSchedule", json(SCHEDULE))); // §12
    out.put(
        "DatasourceConnectionDetails",
        Map.of(
            "extensionDataSourceKind", json(STRING), // §8
            "extensionDataSourcePath", json(STRING),
            "sharePointSiteUrl", json(STRING)));
    // golden: Groups_GetGroupsAsAdmin and Datasets_Get*AsAdmin examples spell these in camel case,
    // and a model's createdDate with an offset; the definitions spell them in Pascal case
    Map<String, JsonNode> camelDataset =
        Map.of(
            "isRefreshable", json(BOOLEAN),
            "isEffectiveIdentityRequired", json(BOOLEAN),
            "isEffectiveIdentityRolesRequired", json(BOOLEAN),
            "isOnPremGatewayRequired", json(BOOLEAN),
            "isInPlaceSharingEnabled", json(BOOLEAN),
            "createdDate", json(SERVICE_TIME));
    out.put("AdminDataset", camelDataset);
    out.put("Dataset", camelDataset);
    // golden: Imports_GetImportsAsAdmin's example has both; the Import definition neither
    out.put("Import", Map.of("connectionType", json(STRING), "source", json(STRING)));
    // golden: Admin_GetRefreshables' example spells it in camel case; RefreshSchedule says
    // NotifyOption
    out.put("RefreshSchedule", Map.of("notifyOption", json(STRING)));
    return out;
  }

  /** Definitions the properties above refer to, strict like every other. */
  static Map<String, JsonNode> definitions() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    // §4: the common field set of artifact-style Fabric items
    out.put(
        "Real_FabricItem",
        json(
            """
            {"required":["id"],"additionalProperties":false,"properties":{
              "id":%s,"name":%s,"description":%s,"state":%s,
              "createdDate":%s,"lastUpdatedDate":%s,
              "createdBy":%s,"createdById":%s,"modifiedBy":%s,"modifiedById":%s,
              "extendedProperties":{"type":"object","additionalProperties":{"type":"string"}},
              "relations":%s,"datasourceUsages":%s,
              "endorsementDetails":{"$ref":"#/definitions/EndorsementDetails"},
              "sensitivityLabel":{"$ref":"#/definitions/SensitivityLabel"},
              "users":{"type":"array","items":{"$ref":"#/definitions/Real_FabricItemUser"}}}}
            """
                .formatted(
                    UUID,
                    STRING,
                    STRING,
                    STRING,
                    SERVICE_TIME,
                    SERVICE_TIME,
                    STRING,
                    STRING,
                    STRING,
                    STRING,
                    RELATIONS,
                    USAGES)));
    // §5.7: warehouses and SQL analytics endpoints use the datamart field set and DatamartUser
    out.put(
        "Real_DatamartStyleItem",
        json(
            """
            {"required":["id"],"additionalProperties":false,"properties":{
              "id":%s,"name":%s,"description":%s,"state":%s,
              "configuredBy":%s,"configuredById":%s,"modifiedBy":%s,"modifiedById":%s,"modifiedDateTime":%s,
              "relations":%s,
              "endorsementDetails":{"$ref":"#/definitions/EndorsementDetails"},
              "sensitivityLabel":{"$ref":"#/definitions/SensitivityLabel"},
              "users":{"type":"array","items":{"$ref":"#/definitions/DatamartUser"}}}}
            """
                .formatted(
                    UUID,
                    STRING,
                    STRING,
                    STRING,
                    STRING,
                    STRING,
                    STRING,
                    STRING,
                    SERVICE_TIME,
                    RELATIONS)));
    // §6: the User fields plus artifactUserAccessRight
    out.put(
        "Real_FabricItemUser",
        json(
            """
            {"required":["identifier","principalType","artifactUserAccessRight"],"additionalProperties":false,"properties":{
              "emailAddress":%s,"displayName":%s,"identifier":%s,"graphId":%s,"userType":%s,
              "principalType":{"type":"string","enum":["None","User","Group","App"]},
              "artifactUserAccessRight":%s}}
            """
                .formatted(STRING, STRING, STRING, STRING, STRING, STRING)));
    // §7
    out.put(
        "Real_Relation",
        json(
            """
            {"additionalProperties":false,"properties":{
              "dependentOnArtifactId":%s,"relationType":%s,"workspaceId":%s,"usage":%s,"settingsList":%s}}
            """
                .formatted(UUID, STRING, UUID, STRING, STRING)));
    // §12: {days, times, enabled, localTimeZoneId, notifyOption}; the swagger's RefreshSchedule
    // says NotifyOption
    out.put(
        "Real_RefreshSchedule",
        json(
            """
            {"additionalProperties":false,"properties":{
              "days":{"type":"array","items":{"type":"string"}},"times":{"type":"array","items":{"type":"string"}},
              "enabled":%s,"localTimeZoneId":%s,"notifyOption":%s}}
            """
                .formatted(BOOLEAN, STRING, STRING)));
    // §5.3: {days, times, frequency, localTimeZoneId}
    out.put(
        "Real_DirectQueryRefreshSchedule",
        json(
            """
            {"additionalProperties":false,"properties":{
              "days":{"type":"array","items":{"type":"string"}},"times":{"type":"array","items":{"type":"string"}},
              "frequency":{"type":"integer"},"localTimeZoneId":%s}}
            """
                .formatted(STRING)));
    return out;
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad schema in RealShapes: " + text, e);
    }
  }
}
