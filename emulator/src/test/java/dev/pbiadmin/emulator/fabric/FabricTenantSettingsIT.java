package dev.pbiadmin.emulator.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.contract.FabricSchemas;
import dev.pbiadmin.emulator.contract.JsonShapes;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.powerbi.EmulatorHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tenants_ListTenantSettings, Tenants_UpdateTenantSetting and the three override lists over HTTPS
 * with real Fabric tokens: the real service's forms, validated against the vendored spec and
 * checked against Microsoft's examples, and one store shared with Power BI and the management API.
 */
class FabricTenantSettingsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LIST = "/v1/admin/tenantsettings";
  private static final String EXAMPLE_GROUP = "f51b705f-a409-4d40-9197-c5d5f349e2f0";

  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().fabricPageSize(2).build();

  private final FabricSchemas schemas = FabricSchemas.load();
  private EmulatorHttp http;
  private String readers;
  private String token;

  @BeforeEach
  void setUp() {
    http = new EmulatorHttp(EMULATOR.get());
    EMULATOR.get().powerBi().rateLimiter().reset();
    readers =
        EMULATOR
            .get()
            .directory()
            .findSetting(TenantSetting.READ_ONLY_ADMIN_APIS)
            .orElseThrow()
            .enabledSecurityGroups()
            .get(0);
    http.setting(TenantSetting.WRITE_ADMIN_APIS, true, List.of(readers));
    token = http.demoToken(EmulatorHttp.FABRIC_SCOPE);
    // the demo tenant's own overrides aside, each test starts from none
    for (JsonNode o : http.manage("GET", "/emulator/setting-overrides", null).json()) {
      http.manage(
          "DELETE",
          "/emulator/setting-overrides/"
              + o.get("scope").asText()
              + "/"
              + o.get("scopeId").asText()
              + "/"
              + o.get("settingName").asText(),
          null);
    }
  }

  @AfterEach
  void restore() {
    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(readers));
    http.setting(TenantSetting.WRITE_ADMIN_APIS, false, List.of());
  }

  @Test
  void list_everyCatalogueSetting_inBothArrays_validAndShapedLikeTheExample() {
    EmulatorHttp.Response r = http.get(LIST, token);

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("tenantSettings")).isEqualTo(body.get("value"));
    assertThat(body.get("value"))
        .hasSize(EMULATOR.get().directory().settings().size())
        .hasSizeGreaterThanOrEqualTo(150);
    assertThat(body.has("continuationToken")).isFalse();
    assertThat(schemas.validateResponse("Tenants_ListTenantSettings", 200, body, true)).isEmpty();
    assertThat(JsonShapes.of(body))
        .containsAll(exampleShape("Tenants_ListTenantSettings", "ListTenantSettings.json"));
  }

  @Test
  void
      list_realForms_delegationKeysFirstAndOnlyWhereApplicable_emptyGroupsLeftOut_portalHeadings() {
    JsonNode settings = http.get(LIST, token).json().get("value");

    JsonNode prepped = named(settings, "PreppedForCopilotContentDiscovery");
    assertThat(List.of(prepped.fieldNames().next(), prepped.has("delegateToCapacity")))
        .containsExactly("delegateToDomain", false);
    JsonNode metadata = named(settings, TenantSetting.DETAILED_METADATA);
    assertThat(metadata.has("delegateToCapacity") || metadata.has("excludedSecurityGroups"))
        .isFalse();
    assertThat(metadata.get("tenantSettingGroup").asText()).isEqualTo("Admin API settings");
    assertThat(metadata.at("/enabledSecurityGroups/0/graphId").asText()).isEqualTo(readers);
    assertThat(named(settings, "AdminCustomDisclaimer").at("/properties/0/type").asText())
        .isEqualTo("Freetext");
    assertThat(named(settings, "FabricThirdPartyWorkloads").get("title").asText()).endsWith(" ");
  }

  @Test
  void list_continuationToken_400BecauseTheListNeverPages() {
    EmulatorHttp.Response r = http.get(LIST + "?continuationToken=MSwxMDAwMCww", token);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errorCode").asText()).isEqualTo("InvalidContinuationToken");
  }

  @Test
  void update_microsoftsExampleRequest_answersTheExamplesShape_andTheListShowsIt()
      throws Exception {
    http.manage(
        "PUT", "/emulator/groups/" + EXAMPLE_GROUP, Map.of("displayName", "TestComputeCdsa"));
    JsonNode example =
        schemas.examples("Tenants_UpdateTenantSetting").get("UpdateTenantSetting.json");
    String request = JSON.writeValueAsString(example.at("/parameters/updateTenantSettingRequest"));

    EmulatorHttp.Response r = http.post(LIST + "/PublishToWeb/update", token, request);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(schemas.validateResponse("Tenants_UpdateTenantSetting", 200, r.json(), true))
        .isEmpty();
    assertThat(JsonShapes.of(r.json()))
        .containsAll(JsonShapes.of(example.at("/responses/200/body")));
    JsonNode listed = named(http.get(LIST, token).json().get("value"), "PublishToWeb");
    assertThat(listed.get("enabledSecurityGroups"))
        .isEqualTo(example.at("/parameters/updateTenantSettingRequest/enabledSecurityGroups"));
    assertThat(listed.get("properties"))
        .isEqualTo(example.at("/parameters/updateTenantSettingRequest/properties"));
  }

  @Test
  void update_propertiesLeftOut_areDropped_delegationLeftOutIsKept() {
    http.post(
        LIST + "/EnableAOAI/update", token, "{\"enabled\":true,\"delegateToCapacity\":false}");
    http.post(
        LIST + "/PublishToWeb/update",
        token,
        "{\"enabled\":true,\"properties\":[{\"name\":\"CreateP2w\",\"value\":\"true\",\"type\":\"Boolean\"}]}");

    JsonNode publish =
        http.post(LIST + "/PublishToWeb/update", token, "{\"enabled\":false}")
            .json()
            .at("/tenantSettings/0");
    JsonNode aoai =
        http.post(LIST + "/EnableAOAI/update", token, "{\"enabled\":true}")
            .json()
            .at("/tenantSettings/0");

    assertThat(publish.has("properties")).isFalse();
    assertThat(aoai.get("delegateToCapacity").asBoolean()).isFalse();
  }

  @Test
  void update_throughFabric_powerBiEnforcesIt_throughManagement_fabricListsIt() {
    EmulatorHttp.NewApp app = http.newApp("fabric-granted");
    String group = http.newGroup("Security", app.servicePrincipalId());
    String body =
        "{\"enabled\":true,\"enabledSecurityGroups\":[{\"graphId\":\""
            + readers
            + "\",\"name\":\"r\"},"
            + "{\"graphId\":\""
            + group
            + "\",\"name\":\"g\"}]}";
    String powerBiToken = http.appToken(app.clientId(), app.secret());
    assertThat(http.get("/v1.0/myorg/admin/groups?$top=1", powerBiToken).status()).isEqualTo(401);

    assertThat(
            http.post(LIST + "/" + TenantSetting.READ_ONLY_ADMIN_APIS + "/update", token, body)
                .status())
        .isEqualTo(200);
    assertThat(http.get("/v1.0/myorg/admin/groups?$top=1", powerBiToken).status()).isEqualTo(200);

    http.setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(readers));
    JsonNode listed =
        named(http.get(LIST, token).json().get("value"), TenantSetting.READ_ONLY_ADMIN_APIS);
    assertThat(listed.get("enabledSecurityGroups")).hasSize(1);
    assertThat(http.get("/v1.0/myorg/admin/groups?$top=1", powerBiToken).status()).isEqualTo(401);
  }

  @Test
  void update_badRequests_400InvalidInputWithADetailPerProblem() {
    String unknownGroup = UUID.randomUUID().toString();

    JsonNode missing =
        http.post(
                LIST + "/PublishToWeb/update",
                token,
                "{\"enabledSecurityGroups\":[{\"graphId\":\""
                    + unknownGroup
                    + "\",\"name\":\"x\"}]}")
            .json();
    EmulatorHttp.Response wrongType =
        http.post(
            LIST + "/PublishToWeb/update",
            token,
            "{\"enabled\":true,\"properties\":[{\"name\":\"CreateP2w\",\"value\":\"true\",\"type\":\"Url\"}]}");
    EmulatorHttp.Response noGroups =
        http.post(
            LIST + "/BlockResourceKeyAuthentication/update",
            token,
            "{\"enabled\":true,\"enabledSecurityGroups\":[{\"graphId\":\""
                + readers
                + "\",\"name\":\"r\"}]}");
    EmulatorHttp.Response notDelegable =
        http.post(
            LIST + "/PublishToWeb/update", token, "{\"enabled\":true,\"delegateToCapacity\":true}");
    EmulatorHttp.Response notJson = http.post(LIST + "/PublishToWeb/update", token, "{enabled");

    assertThat(missing.get("errorCode").asText()).isEqualTo("InvalidInput");
    assertThat(missing.get("moreDetails")).hasSize(2);
    assertThat(missing.at("/moreDetails/1/relatedResource/resourceId").asText())
        .isEqualTo(unknownGroup);
    assertThat(schemas.validateResponse("Tenants_UpdateTenantSetting", 400, missing, true))
        .isEmpty();
    for (EmulatorHttp.Response r : List.of(wrongType, noGroups, notDelegable, notJson)) {
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.json().get("errorCode").asText()).isEqualTo("InvalidInput");
    }
    assertThat(wrongType.body()).contains("of type Boolean, not Url");
  }

  @Test
  void update_unknownSetting_404EntityNotFoundNamingIt() {
    EmulatorHttp.Response r =
        http.post(LIST + "/NoSuchSetting/update", token, "{\"enabled\":true}");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("errorCode").asText()).isEqualTo("EntityNotFound");
    assertThat(r.json().at("/relatedResource/resourceId").asText()).isEqualTo("NoSuchSetting");
  }

  @Test
  void capacityOverrides_pagedByContinuation_inBothArrays_validAndShapedLikeTheExample() {
    List<String> capacities =
        List.of(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString());
    for (String capacity : capacities) {
      http.manage(
          "PUT",
          "/emulator/setting-overrides/Capacity/" + capacity + "/EnableAOAI",
          Map.of("enabled", false, "enabledSecurityGroups", List.of()));
    }
    http.manage(
        "PUT", "/emulator/settings/GitIntegrationTenantSwitch", Map.of("delegateToCapacity", true));
    http.manage(
        "PUT",
        "/emulator/setting-overrides/Capacity/" + capacities.get(0) + "/GitIntegrationTenantSwitch",
        Map.of(
            "enabled",
            true,
            "enabledSecurityGroups",
            List.of(readers),
            "delegateToWorkspace",
            false));

    List<JsonNode> pages = follow("/v1/admin/capacities/delegatedTenantSettingOverrides");

    assertThat(pages).hasSize(2);
    List<String> ids = new ArrayList<>();
    for (JsonNode page : pages) {
      assertThat(page.get("overrides")).isEqualTo(page.get("value"));
      assertThat(
              schemas.validateResponse(
                  "Tenants_ListCapacitiesTenantSettingsOverrides", 200, page, true))
          .isEmpty();
      page.get("value").forEach(v -> ids.add(v.get("id").asText()));
    }
    assertThat(ids).containsExactlyElementsOf(capacities);
    assertThat(pages.get(0).at("/value/0/tenantSettings")).hasSize(2);
    Set<String> shape = JsonShapes.of(pages.get(0));
    // the example's override carries a property; the emulator's overrides carry none (UNVERIFIED
    // whether real ones do)
    assertThat(shape)
        .containsAll(
            exampleShape(
                    "Tenants_ListCapacitiesTenantSettingsOverrides",
                    "ListCapacityTenantSettingsOverrides.json")
                .stream()
                .filter(p -> !p.contains("properties"))
                .toList());
  }

  @Test
  void domainAndWorkspaceOverrides_onlyValue_validAndShapedLikeTheExamples() {
    String domain = UUID.randomUUID().toString();
    String workspace = EMULATOR.get().powerBi().content().workspaces().get(0).id();
    http.manage(
        "PUT",
        "/emulator/setting-overrides/Domain/" + domain + "/PreppedForCopilotContentDiscovery",
        Map.of("enabled", true, "delegateToWorkspace", false));
    http.manage(
        "PUT",
        "/emulator/setting-overrides/Workspace/" + workspace + "/AllowOneLakeUDK",
        Map.of("enabled", true, "delegatedFrom", "Tenant"));

    JsonNode domains = http.get("/v1/admin/domains/delegatedTenantSettingOverrides", token).json();
    JsonNode workspaces =
        http.get("/v1/admin/workspaces/delegatedTenantSettingOverrides", token).json();

    assertThat(domains.has("overrides") || workspaces.has("overrides")).isFalse();
    assertThat(domains.at("/value/0/tenantSettings/0/delegateToWorkspace").asBoolean(true))
        .isFalse();
    assertThat(workspaces.at("/value/0/id").asText()).isEqualTo(workspace);
    assertThat(
            schemas.validateResponse(
                "Tenants_ListDomainsTenantSettingsOverrides", 200, domains, true))
        .isEmpty();
    assertThat(
            schemas.validateResponse(
                "Tenants_ListWorkspacesTenantSettingsOverrides", 200, workspaces, true))
        .isEmpty();
    // the examples' overrides name groups, and their lists go on; these carry none and fit one page
    assertThat(JsonShapes.of(domains))
        .containsAll(
            exampleShape(
                    "Tenants_ListDomainsTenantSettingsOverrides",
                    "ListDomainTenantSettingsOverrides.json")
                .stream()
                .filter(FabricTenantSettingsIT::notGroupsOrContinuation)
                .toList());
    assertThat(JsonShapes.of(workspaces))
        .containsAll(
            exampleShape(
                    "Tenants_ListWorkspacesTenantSettingsOverrides",
                    "ListWorkspaceTenantSettingsOverrides.json")
                .stream()
                .filter(FabricTenantSettingsIT::notGroupsOrContinuation)
                .toList());
  }

  @Test
  void override_ofASettingNotDelegatedToThatScope_isRefusedByTheStore() {
    EmulatorHttp.Response r =
        http.manageRaw(
            "PUT",
            "/emulator/setting-overrides/Domain/" + UUID.randomUUID() + "/CertifyDatasets",
            Map.of("enabled", true));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("CertifyDatasets is not delegated to domain admins");
  }

  private List<JsonNode> follow(String path) {
    List<JsonNode> pages = new ArrayList<>();
    String next = path;
    while (next != null && pages.size() < 10) {
      EmulatorHttp.Response r = http.get(next, token);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      pages.add(r.json());
      JsonNode uri = r.json().get("continuationUri");
      next =
          uri == null
              ? null
              : uri.asText().substring(EMULATOR.get().fabricApiUrl().toString().length());
    }
    return pages;
  }

  private Set<String> exampleShape(String operationId, String file) {
    return JsonShapes.of(schemas.examples(operationId).get(file).at("/responses/200/body"));
  }

  private static boolean notGroupsOrContinuation(String path) {
    return !path.contains("SecurityGroups") && !path.startsWith("continuation");
  }

  private static JsonNode named(JsonNode settings, String name) {
    for (JsonNode s : settings) {
      if (name.equals(s.get("settingName").asText())) {
        return s;
      }
    }
    throw new AssertionError("no setting " + name);
  }
}
