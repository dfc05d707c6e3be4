package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.EmulatorHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.contract.SwaggerSchemas;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calls every operation the emulator serves, over HTTPS with a real token, and validates each
 * response strictly against the schema the swagger declares for it. Operations whose response
 * cannot be checked are listed with the reason; the test fails if any served operation is in
 * neither list.
 */
class ContractIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(200).build();

  /**
   * Operations whose 200 body has no JSON schema to validate, or that the emulated tenant cannot
   * reach.
   */
  private static final Map<String, String> NOT_SCHEMA_CHECKED =
      Map.of(
          "Dataflows_ExportDataflowAsAdmin",
              "the swagger declares a file (model.json), not a JSON schema",
          "Pipelines_GetPipelineUsersAsAdmin",
              "the emulated tenant has no deployment pipelines: every id is 404");

  private static final Set<String> CHECKED = new TreeSet<>();
  private static EmulatorHttp http;
  private static String token;
  private static SwaggerSchemas schemas;
  private static JsonNode workspaces;

  @BeforeAll
  static void setUp() {
    EMULATOR.get().powerBi().rateLimiter().setEnabled(false);
    http = new EmulatorHttp(EMULATOR.get());
    token = http.demoToken();
    schemas = SwaggerSchemas.load();
    workspaces =
        check(
                "Groups_GetGroupsAsAdmin",
                200,
                "/v1.0/myorg/admin/groups?$top=5000&$expand="
                    + q("users,reports,dashboards,datasets,dataflows,workbooks"))
            .get("value");
  }

  @Test
  void everyServedOperation_responseMatchesSwaggerSchema() {
    JsonNode ws =
        first(
            w ->
                w.path("reports").size() > 0
                    && w.path("dashboards").size() > 0
                    && w.path("datasets").size() > 0);
    String g = ws.get("id").asText();
    String report = ws.get("reports").get(0).get("id").asText();
    String dashboard = ws.get("dashboards").get(0).get("id").asText();
    String dataset = ws.get("datasets").get(0).get("id").asText();
    JsonNode flowWs = first(w -> w.path("dataflows").size() > 0);
    String flowGroup = flowWs.get("id").asText();
    String dataflow = flowWs.get("dataflows").get(0).get("objectId").asText();
    String user =
        first(
                w ->
                    w.path("users").size() > 0
                        && "User".equals(w.get("users").get(0).get("principalType").asText()))
            .get("users")
            .get(0)
            .get("identifier")
            .asText();

    check("Groups_GetGroupAsAdmin", 200, "/v1.0/myorg/admin/groups/" + g + "?$expand=users");
    check("Groups_GetGroupUsersAsAdmin", 200, "/v1.0/myorg/admin/groups/" + g + "/users");
    check("Groups_GetUnusedArtifactsAsAdmin", 200, "/v1.0/myorg/admin/groups/" + g + "/unused");
    check(
        "Dashboards_GetDashboardsInGroupAsAdmin",
        200,
        "/v1.0/myorg/admin/groups/" + g + "/dashboards");
    check("Reports_GetReportsInGroupAsAdmin", 200, "/v1.0/myorg/admin/groups/" + g + "/reports");
    check("Datasets_GetDatasetsInGroupAsAdmin", 200, "/v1.0/myorg/admin/groups/" + g + "/datasets");
    check(
        "Datasets_GetDatasetToDataflowsLinksInGroupAsAdmin",
        200,
        "/v1.0/myorg/admin/groups/" + g + "/datasets/upstreamDataflows");
    check(
        "Dataflows_GetDataflowsInGroupAsAdmin",
        200,
        "/v1.0/myorg/admin/groups/" + flowGroup + "/dataflows");
    check(
        "Dataflows_GetUpstreamDataflowsInGroupAsAdmin",
        200,
        "/v1.0/myorg/admin/groups/" + flowGroup + "/dataflows/" + dataflow + "/upstreamDataflows");
    check(
        "Dashboards_GetDashboardsAsAdmin",
        200,
        "/v1.0/myorg/admin/dashboards?$expand=tiles&$top=100");
    check(
        "Dashboards_GetTilesAsAdmin", 200, "/v1.0/myorg/admin/dashboards/" + dashboard + "/tiles");
    check(
        "Dashboards_GetDashboardUsersAsAdmin",
        200,
        "/v1.0/myorg/admin/dashboards/" + dashboard + "/users");
    check(
        "Dashboards_GetDashboardSubscriptionsAsAdmin",
        200,
        "/v1.0/myorg/admin/dashboards/" + dashboard + "/subscriptions");
    check("Reports_GetReportsAsAdmin", 200, "/v1.0/myorg/admin/reports?$top=100");
    check("Reports_GetReportUsersAsAdmin", 200, "/v1.0/myorg/admin/reports/" + report + "/users");
    check(
        "Reports_GetReportSubscriptionsAsAdmin",
        200,
        "/v1.0/myorg/admin/reports/" + report + "/subscriptions");
    check("Datasets_GetDatasetsAsAdmin", 200, "/v1.0/myorg/admin/datasets?$top=100");
    check(
        "Datasets_GetDatasourcesAsAdmin",
        200,
        "/v1.0/myorg/admin/datasets/" + dataset + "/datasources");
    check(
        "Datasets_GetDatasetUsersAsAdmin", 200, "/v1.0/myorg/admin/datasets/" + dataset + "/users");
    check("Dataflows_GetDataflowsAsAdmin", 200, "/v1.0/myorg/admin/dataflows?$top=100");
    check(
        "Dataflows_GetDataflowDatasourcesAsAdmin",
        200,
        "/v1.0/myorg/admin/dataflows/" + dataflow + "/datasources");
    check(
        "Dataflows_GetDataflowUsersAsAdmin",
        200,
        "/v1.0/myorg/admin/dataflows/" + dataflow + "/users");
    assertThat(
            http.get("/v1.0/myorg/admin/dataflows/" + dataflow + "/export", token)
                .json()
                .get("name")
                .isTextual())
        .isTrue();

    JsonNode apps =
        check("Apps_GetAppsAsAdmin", 200, "/v1.0/myorg/admin/apps?$top=100").get("value");
    if (apps.size() > 0) {
      check(
          "Apps_GetAppUsersAsAdmin",
          200,
          "/v1.0/myorg/admin/apps/" + apps.get(0).get("id").asText() + "/users");
    }
    JsonNode capacities =
        check("Admin_GetCapacitiesAsAdmin", 200, "/v1.0/myorg/admin/capacities").get("value");
    String capacity = capacities.get(0).get("id").asText();
    JsonNode refreshables =
        check(
                "Admin_GetRefreshables",
                200,
                "/v1.0/myorg/admin/capacities/refreshables?$top=10&$expand="
                    + q("capacities,groups"))
            .get("value");
    check(
        "Admin_GetRefreshablesForCapacity",
        200,
        "/v1.0/myorg/admin/capacities/" + capacity + "/refreshables?$top=10");
    if (refreshables.size() > 0) {
      String cap = refreshables.get(0).get("capacity").get("id").asText();
      check(
          "Admin_GetRefreshableForCapacity",
          200,
          "/v1.0/myorg/admin/capacities/"
              + cap
              + "/refreshables/"
              + refreshables.get(0).get("id").asText());
    }
    check("Admin_GetPowerBIEncryptionKeys", 200, "/v1.0/myorg/admin/tenantKeys");
    check("Imports_GetImportsAsAdmin", 200, "/v1.0/myorg/admin/imports?$top=50");
    check("Pipelines_GetPipelinesAsAdmin", 200, "/v1.0/myorg/admin/pipelines");
    check("Profiles_GetProfilesAsAdmin", 200, "/v1.0/myorg/admin/profiles");
    check(
        "Users_GetUserArtifactAccessAsAdmin",
        200,
        "/v1.0/myorg/admin/users/" + q(user) + "/artifactAccess");
    check(
        "Users_GetUserSubscriptionsAsAdmin",
        200,
        "/v1.0/myorg/admin/users/" + q(user) + "/subscriptions");
    check(
        "WidelySharedArtifacts_LinksSharedToWholeOrganization",
        200,
        "/v1.0/myorg/admin/widelySharedArtifacts/linksSharedToWholeOrganization");
    check(
        "WidelySharedArtifacts_PublishedToWeb",
        200,
        "/v1.0/myorg/admin/widelySharedArtifacts/publishedToWeb");

    String day = LocalDate.now(EMULATOR.get().clock()).minusDays(1).toString();
    check(
        "Admin_GetActivityEvents",
        200,
        "/v1.0/myorg/admin/activityevents?startDateTime="
            + q("'" + day + "T00:00:00Z'")
            + "&endDateTime="
            + q("'" + day + "T23:59:59Z'"));
    check(
        "WorkspaceInfo_GetModifiedWorkspaces",
        200,
        "/v1.0/myorg/admin/workspaces/modified?excludePersonalWorkspaces=true");
    EmulatorHttp.Response started =
        http.post(
            "/v1.0/myorg/admin/workspaces/getInfo?lineage=true&datasourceDetails=true"
                + "&datasetSchema=true&datasetExpressions=true&getArtifactUsers=true",
            token,
            "{\"workspaces\":[\"" + g + "\",\"" + flowGroup + "\"]}");
    validate("WorkspaceInfo_PostWorkspaceInfo", 202, started);
    String scan = started.json().get("id").asText();
    check("WorkspaceInfo_GetScanStatus", 200, "/v1.0/myorg/admin/workspaces/scanStatus/" + scan);
    http.manage("POST", "/emulator/time/advance", Map.of("duration", "PT5M"));
    JsonNode result =
        check(
            "WorkspaceInfo_GetScanResult", 200, "/v1.0/myorg/admin/workspaces/scanResult/" + scan);
    assertThat(result.get("workspaces")).hasSize(2);

    DemoCredentials demo = EMULATOR.get().demo().orElseThrow();
    String admin =
        http.userToken(
            demo.clientId(),
            demo.clientSecret(),
            demo.adminUserPrincipalName(),
            demo.adminPassword());
    validate(
        "Capacities_GetCapacityUsersAsAdmin",
        200,
        http.get("/v1.0/myorg/admin/capacities/" + capacity + "/users", admin));

    JsonNode mine = check("Groups_GetGroups", 200, "/v1.0/myorg/groups").get("value");
    assertThat(mine)
        .as("the generator gives the demo service principal roles in a few workspaces")
        .isNotEmpty();
    String myGroup = mine.get(0).get("id").asText();
    check("Reports_GetReportsInGroup", 200, "/v1.0/myorg/groups/" + myGroup + "/reports");
    check("Datasets_GetDatasetsInGroup", 200, "/v1.0/myorg/groups/" + myGroup + "/datasets");
    check("Dashboards_GetDashboardsInGroup", 200, "/v1.0/myorg/groups/" + myGroup + "/dashboards");
    check("Dataflows_GetDataflows", 200, "/v1.0/myorg/groups/" + myGroup + "/dataflows");

    Set<String> served =
        OperationCatalog.all().stream()
            .filter(
                op ->
                    op.method().equals("GET")
                        || op.kind() == Operation.Kind.ADMIN_SERVICE_PRINCIPAL)
            .map(Operation::operationId)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> accounted = new TreeSet<>(CHECKED);
    accounted.addAll(NOT_SCHEMA_CHECKED.keySet());
    assertThat(accounted).isEqualTo(served);
  }

  private static JsonNode check(String operationId, int status, String pathAndQuery) {
    EmulatorHttp.Response r = http.get(pathAndQuery, token);
    validate(operationId, status, r);
    return r.json();
  }

  private static void validate(String operationId, int status, EmulatorHttp.Response r) {
    assertThat(r.status()).as(operationId + ": " + r.body()).isEqualTo(status);
    JsonNode body = withoutNulls(r.json().deepCopy());
    if (operationId.equals("Admin_GetActivityEvents")) {
      // the real service adds lastResultSet (activity log docs), which the swagger lacks
      assertThat(body.get("lastResultSet").isBoolean()).isTrue();
      ((ObjectNode) body).remove("lastResultSet");
    }
    assertThat(schemas.validateResponse(operationId, status, body, true)).as(operationId).isEmpty();
    CHECKED.add(operationId);
  }

  /**
   * Swagger 2.0 cannot say "nullable"; the real service sends {@code "continuationToken": null} on
   * last pages (documented), so null members are dropped before validating the rest.
   */
  private static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNull()) {
          it.remove();
        } else {
          withoutNulls(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(ContractIT::withoutNulls);
    }
    return node;
  }

  private static JsonNode first(java.util.function.Predicate<JsonNode> test) {
    for (JsonNode w : workspaces) {
      if (test.test(w)) {
        return w;
      }
    }
    throw new AssertionError("no workspace in the generated tenant matches");
  }
}
