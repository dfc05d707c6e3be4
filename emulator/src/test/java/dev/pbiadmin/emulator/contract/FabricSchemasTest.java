package dev.pbiadmin.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FabricSchemasTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final FabricSchemas schemas = FabricSchemas.load();

  @Test
  void
      validateResponse_microsoftsExamplesOfTheEmulatedOperations_areValidOnceTheirNullsAreDropped() {
    for (String op :
        List.of(
            "Tenants_ListTenantSettings",
            "Tenants_UpdateTenantSetting",
            "Tenants_ListCapacitiesTenantSettingsOverrides",
            "Tenants_ListDomainsTenantSettingsOverrides",
            "Tenants_ListWorkspacesTenantSettingsOverrides",
            "Workspaces_ListWorkspaces",
            "Items_ListItems",
            "Workspaces_ListWorkspaceAccessDetails",
            "Items_ListItemAccessDetails")) {
      for (Map.Entry<String, JsonNode> example : schemas.examples(op).entrySet()) {
        JsonNode body = withoutNulls(example.getValue().path("responses").path("200").path("body"));
        assertThat(schemas.validateResponse(op, 200, body, true))
            .as(op + " " + example.getKey())
            .isEmpty();
      }
    }
  }

  @Test
  void validateResponse_undeclaredFieldOrUnknownEnum_isReported() throws Exception {
    JsonNode typo =
        MAPPER.readTree(
            """
            {"value":[{"settingName":"a","title":"t","enabled":true,"canSpecifySecurityGroups":false,"titel":"x"}]}\
            """);
    JsonNode badType =
        MAPPER.readTree(
            """
            {"value":[{"settingName":"a","title":"t","enabled":true,"canSpecifySecurityGroups":false,
            "properties":[{"name":"p","value":"1","type":"Float"}]}]}\
            """);

    assertThat(schemas.validateResponse("Tenants_ListTenantSettings", 200, typo, false)).isEmpty();
    assertThat(schemas.validateResponse("Tenants_ListTenantSettings", 200, typo, true))
        .anyMatch(m -> m.contains("titel"));
    assertThat(schemas.validateResponse("Tenants_ListTenantSettings", 200, badType, false))
        .isNotEmpty();
  }

  @Test
  void validateResponse_departuresTheReferenceDocuments_areAccepted() throws Exception {
    JsonNode real =
        MAPPER.readTree(
            """
            {"tenantSettings":[{"settingName":"AdminCustomDisclaimer","title":"t","enabled":false,
              "canSpecifySecurityGroups":true,"tenantSettingGroup":"Help and support settings",
              "properties":[{"name":"AdminCustomDisclaimer","value":"","type":"Freetext"}]}],
             "value":[]}\
            """);
    JsonNode legacy =
        MAPPER.readTree("{\"overrides\":[{\"id\":\"x\",\"tenantSettings\":[]}],\"value\":[]}");

    assertThat(schemas.validateResponse("Tenants_ListTenantSettings", 200, real, true)).isEmpty();
    assertThat(
            schemas.validateResponse(
                "Tenants_ListCapacitiesTenantSettingsOverrides", 200, legacy, true))
        .isEmpty();
  }

  @Test
  void validateResponse_principalSubtypeDetails_passStrictButTheirTyposDoNot() throws Exception {
    JsonNode ok =
        MAPPER.readTree(
            """
            {"accessDetails":[{"principal":{"id":"f3052d1c-61a9-46fb-8df9-0d78916ae041","displayName":"A","type":"User",
              "userDetails":{"userPrincipalName":"a@b"}},"workspaceAccessDetails":{"type":"Workspace","workspaceRole":"Admin"}}]}\
            """);
    ObjectNode typo = ok.deepCopy();
    ((ObjectNode) typo.get("accessDetails").get(0).get("principal")).put("userDetail", "x");

    assertThat(schemas.validateResponse("Workspaces_ListWorkspaceAccessDetails", 200, ok, true))
        .isEmpty();
    assertThat(schemas.validateResponse("Workspaces_ListWorkspaceAccessDetails", 200, typo, true))
        .isNotEmpty();
  }

  @Test
  void unresolved_onlyPlatformDefinitionsTheRepositoryDoesNotVendor() {
    schemas.validateResponse("Workspaces_ListWorkspaces", 200, MAPPER.createObjectNode(), true);
    assertThat(schemas.unresolved())
        .isNotEmpty()
        .allMatch(r -> r.startsWith("platform/") || r.startsWith("variableLibrary/"));
  }

  @Test
  void jsonShapes_typedPathsWithoutNulls() throws Exception {
    JsonNode doc = MAPPER.readTree("{\"a\":[{\"b\":1,\"c\":null}],\"d\":{\"e\":\"x\"}}");
    assertThat(JsonShapes.of(doc))
        .containsExactlyInAnyOrder(
            "a:array", "a[]:object", "a[].b:number", "d.e:string", "d:object");
  }

  private static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nulls =
          object.properties().stream()
              .filter(e -> e.getValue().isNull())
              .map(Map.Entry::getKey)
              .toList();
      object.remove(nulls);
    }
    node.forEach(FabricSchemasTest::strip);
  }
}
