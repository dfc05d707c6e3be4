package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.App;
import dev.pbiadmin.emulator.content.Capacity;
import dev.pbiadmin.emulator.content.ContentGenerator;
import dev.pbiadmin.emulator.content.ContentSet;
import dev.pbiadmin.emulator.content.Dashboard;
import dev.pbiadmin.emulator.content.Dataflow;
import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.DatasourceInstance;
import dev.pbiadmin.emulator.content.Report;
import dev.pbiadmin.emulator.content.SharedArtifact;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.TestTenants;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.contract.SwaggerSchemas;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final SwaggerSchemas schemas = SwaggerSchemas.load();
  private final TenantContent tenant = new TenantContent(TestTenants.small());

  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  static JsonNode render(Writer w) throws IOException {
    TokenBuffer buffer = new TokenBuffer(MAPPER, false);
    w.write(buffer);
    buffer.flush();
    return MAPPER.readTree(buffer.asParser());
  }

  @Test
  void writeAdminGroup_everyExpansion_validatesStrictlyAgainstGetGroupsAsAdmin()
      throws IOException {
    JsonNode page =
        render(
            g -> {
              g.writeStartObject();
              g.writeArrayFieldStart("value");
              for (Workspace w : tenant.workspaces()) {
                ContentJson.writeAdminGroup(g, w, EnumSet.allOf(Expand.class));
              }
              g.writeEndArray();
              g.writeEndObject();
            });

    assertThat(schemas.validateResponse("Groups_GetGroupsAsAdmin", 200, page, true)).isEmpty();
    assertThat(page.get("value")).hasSize(600);
  }

  @Test
  void seedRequest_personalGroupsWithEveryExpansion_rendersAValidPage() throws IOException {
    // GET
    // /v1.0/myorg/admin/groups?$top=5000&$expand=datasets,dataflows,reports,dashboards,users&$filter=type eq 'PersonalGroup'
    int top = dev.pbiadmin.emulator.odata.QueryOptions.top("5000", true, 5000, 0);
    var expand = Expand.parseGroupExpand("datasets,dataflows,reports,dashboards,users");
    for (String filter : List.of("type eq 'PersonalGroup'", "type ne 'PersonalGroup'")) {
      List<Workspace> page =
          tenant.workspaces().stream()
              .filter(ContentFilters.workspaces(filter))
              .limit(top)
              .toList();

      JsonNode body =
          render(
              g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("value");
                for (Workspace w : page) {
                  ContentJson.writeAdminGroup(g, w, expand);
                }
                g.writeEndArray();
                g.writeEndObject();
              });

      assertThat(schemas.validateResponse("Groups_GetGroupsAsAdmin", 200, body, true)).isEmpty();
      assertThat(body.get("value"))
          .isNotEmpty()
          .allSatisfy(
              group -> {
                assertThat(group.get("type").asText().equals("PersonalGroup"))
                    .isEqualTo(filter.contains(" eq "));
                assertThat(group.has("users") && group.has("datasets") && group.has("dashboards"))
                    .isTrue();
                assertThat(group.has("workbooks")).isFalse();
              });
    }
  }

  @Test
  void parseGroupExpand_unknownName_isClearError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Expand.parseGroupExpand("reports,tiles"))
        .isInstanceOf(dev.pbiadmin.emulator.odata.ODataException.class)
        .hasMessageContaining("'tiles'");
  }

  @Test
  void writeAdminGroup_noExpansion_omitsItemLists() throws IOException {
    Workspace w =
        tenant.workspaces().stream().filter(x -> !x.reports().isEmpty()).findFirst().orElseThrow();

    JsonNode group = render(g -> ContentJson.writeAdminGroup(g, w, EnumSet.noneOf(Expand.class)));

    assertThat(group.has("reports")).isFalse();
    assertThat(group.has("users")).isFalse();
    assertThat(group.get("id").asText()).isEqualTo(w.id());
  }

  @Test
  void itemShapes_withWorkspaceId_validateStrictlyAgainstTheirOperations() throws IOException {
    Workspace w =
        tenant.workspaces().stream()
            .filter(
                x ->
                    !x.users().isEmpty()
                        && !x.reports().isEmpty()
                        && !x.dashboards().isEmpty()
                        && !x.dataflows().isEmpty())
            .findFirst()
            .orElseThrow();
    assertValid(
        "Reports_GetReportsAsAdmin",
        list(
            g -> {
              for (Report r : w.reports()) {
                ContentJson.writeAdminReport(g, w, r, true);
              }
            }));
    assertValid(
        "Dashboards_GetDashboardsAsAdmin",
        list(
            g -> {
              for (Dashboard d : w.dashboards()) {
                ContentJson.writeAdminDashboard(g, w, d, true, true);
              }
            }));
    assertValid(
        "Datasets_GetDatasetsAsAdmin",
        list(
            g -> {
              for (Dataset d : w.datasets()) {
                ContentJson.writeAdminDataset(g, w, d, true);
              }
            }));
    assertValid(
        "Dataflows_GetDataflowsAsAdmin",
        list(
            g -> {
              for (Dataflow d : w.dataflows()) {
                ContentJson.writeAdminDataflow(g, w, d, true);
              }
            }));
    assertValid(
        "Groups_GetGroupUsersAsAdmin",
        list(
            g -> {
              for (Access a : w.users()) {
                ContentJson.writeUser(g, a, "groupUserAccessRight");
              }
            }));
    assertValid(
        "Dataflows_GetDataflowUsersAsAdmin",
        list(
            g -> {
              for (Access a : w.dataflows().get(0).users()) {
                ContentJson.writeUser(g, a, "dataflowUserAccessRight");
              }
            }));
    Workspace linked =
        tenant.workspaces().stream()
            .filter(x -> x.datasets().stream().anyMatch(d -> !d.upstreamDataflows().isEmpty()))
            .findFirst()
            .orElseThrow();
    assertValid(
        "Datasets_GetDatasetToDataflowsLinksInGroupAsAdmin",
        list(g -> ContentJson.writeDatasetToDataflowLinks(g, linked)));
  }

  @Test
  void writeAdminDataset_spellsFieldsAsMicrosoftsExamples() throws IOException {
    Workspace w =
        tenant.workspaces().stream().filter(x -> !x.datasets().isEmpty()).findFirst().orElseThrow();
    Dataset model =
        w.datasets().stream()
            .filter(x -> x.contentProviderType() != null)
            .findFirst()
            .orElseThrow();

    JsonNode d = render(g -> ContentJson.writeAdminDataset(g, w, model, true));

    // Groups_GetGroupsAsAdmin's example: camel-case booleans and createdDate with an offset, yet
    // ContentProviderType
    assertThat(
            d.has("isRefreshable")
                && d.has("isOnPremGatewayRequired")
                && d.has("isInPlaceSharingEnabled"))
        .isTrue();
    assertThat(d.has("IsRefreshable") || d.has("CreatedDate") || d.has("contentProviderType"))
        .isFalse();
    assertThat(d.get("createdDate").asText()).matches(".*T.*[+-]\\d{2}:\\d{2}");
    assertThat(d.get("ContentProviderType").asText()).startsWith("Pbix");
  }

  @Test
  void tenantWideShapes_validateStrictlyAgainstTheirOperations() throws IOException {
    ContentSet c = tenant.snapshot();
    assertValid(
        "Admin_GetCapacitiesAsAdmin",
        list(
            g -> {
              for (Capacity cap : c.capacities()) {
                ContentJson.writeCapacity(g, cap);
              }
            }));
    assertValid(
        "Apps_GetAppsAsAdmin",
        list(
            g -> {
              for (App a : c.apps()) {
                ContentJson.writeAdminApp(g, a);
              }
            }));
    assertValid(
        "Apps_GetAppUsersAsAdmin",
        list(
            g -> {
              for (Access a : c.apps().get(0).users()) {
                ContentJson.writeAppUser(g, a);
              }
            }));
    Workspace ws =
        tenant.workspaces().stream()
            .filter(
                x ->
                    !x.dashboards().isEmpty()
                        && !x.dashboards().get(0).tiles().isEmpty()
                        && !x.reports().isEmpty())
            .findFirst()
            .orElseThrow();
    assertValid(
        "Dashboards_GetTilesAsAdmin",
        list(
            g -> {
              for (Dashboard.Tile t : ws.dashboards().get(0).tiles()) {
                ContentJson.writeAdminTile(g, ws, ws.dashboards().get(0), t);
              }
            }));
    assertValid(
        "Reports_GetReportUsersAsAdmin",
        list(
            g -> {
              for (Access a : ws.reports().get(0).users()) {
                ContentJson.writeUser(g, a, "reportUserAccessRight");
              }
            }));
    assertValid(
        "Datasets_GetDatasourcesAsAdmin",
        list(
            g -> {
              for (DatasourceInstance d : c.datasources()) {
                ContentJson.writeDatasource(g, d);
              }
            }));
    JsonNode modified =
        render(
            g -> {
              g.writeStartArray();
              for (Workspace w : tenant.modifiedSince(TestTenants.NOW.minusSeconds(86_400 * 5))) {
                ContentJson.writeModifiedWorkspace(g, w);
              }
              g.writeEndArray();
            });
    assertThat(schemas.validateResponse("WorkspaceInfo_GetModifiedWorkspaces", 200, modified, true))
        .isEmpty();
    JsonNode shared =
        render(
            g -> {
              g.writeStartObject();
              g.writeArrayFieldStart("artifactAccessEntities");
              for (SharedArtifact s : c.sharedArtifacts()) {
                ContentJson.writeArtifactAccess(g, s);
              }
              g.writeEndArray();
              g.writeEndObject();
            });
    assertThat(c.sharedArtifacts()).isNotEmpty();
    assertThat(schemas.validateResponse("WidelySharedArtifacts_PublishedToWeb", 200, shared, true))
        .isEmpty();
  }

  @Test
  void scanResult_allFlags_validatesStrictlyAgainstGetScanResult() throws IOException {
    List<Workspace> batch = tenant.workspaces().subList(0, 100);

    JsonNode result = render(g -> new ScanResultWriter(tenant).write(g, batch, ScanOptions.all()));

    assertThat(schemas.validateResponse("WorkspaceInfo_GetScanResult", 200, result, true))
        .isEmpty();
    assertThat(result.get("workspaces")).hasSize(100);
    assertThat(result.get("datasourceInstances")).isNotEmpty();
    assertThat(result.findValues("tables")).isNotEmpty();
    assertThat(result.findValues("expressions")).isNotEmpty();
  }

  @Test
  void scanResult_metadataSettingsOff_leavesOutSchemaAndExpressions() throws IOException {
    List<Workspace> batch = tenant.workspaces().subList(0, 100);
    ScanOptions noDetail = new ScanOptions(true, true, true, true, true, false, false);
    ScanOptions noExpressions = new ScanOptions(true, true, true, true, true, true, false);

    JsonNode withoutDetail = render(g -> new ScanResultWriter(tenant).write(g, batch, noDetail));
    JsonNode withoutExpressions =
        render(g -> new ScanResultWriter(tenant).write(g, batch, noExpressions));

    assertThat(withoutDetail.findValues("tables")).isEmpty();
    assertThat(withoutDetail.findValues("expressions")).isEmpty();
    assertThat(withoutExpressions.findValues("tables")).isNotEmpty();
    assertThat(withoutExpressions.findValues("expressions")).isEmpty();
    assertThat(withoutExpressions.findValues("source")).isEmpty();
    assertThat(withoutExpressions.findValues("measures").stream().flatMap(m -> iterate(m).stream()))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.has("expression")).isFalse());
  }

  @Test
  void scanResult_noFlags_hasNoUsersLineageOrInstances() throws IOException {
    List<Workspace> batch = tenant.workspaces().subList(0, 100);
    ScanOptions none = new ScanOptions(false, false, false, false, false, true, true);

    JsonNode result = render(g -> new ScanResultWriter(tenant).write(g, batch, none));

    assertThat(result.findValues("users")).isEmpty();
    assertThat(result.findValues("datasourceUsages")).isEmpty();
    assertThat(result.findValues("tiles")).isEmpty();
    assertThat(result.has("datasourceInstances")).isFalse();
    assertThat(schemas.validateResponse("WorkspaceInfo_GetScanResult", 200, result, true))
        .isEmpty();
  }

  private static List<JsonNode> iterate(JsonNode n) {
    List<JsonNode> out = new java.util.ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  private JsonNode list(Writer items) throws IOException {
    return render(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("value");
          items.write(g);
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private void assertValid(String operationId, JsonNode body) {
    assertThat(body.get("value")).as(operationId + " renders something").isNotEmpty();
    assertThat(schemas.validateResponse(operationId, 200, body, true)).as(operationId).isEmpty();
    ObjectNode broken = body.deepCopy();
    ((ObjectNode) broken.get("value").get(0)).put("inventedField", 1);
    assertThat(schemas.validateResponse(operationId, 200, broken, true))
        .as("strict mode catches extra fields")
        .isNotEmpty();
  }

  @Test
  void generatedTenant_sameOptions_rendersByteForByteIdentical() throws Exception {
    String first = renderAll(ContentGenerator.generate(TestTenants.options(400, 99)));
    String second = renderAll(ContentGenerator.generate(TestTenants.options(400, 99)));
    String other = renderAll(ContentGenerator.generate(TestTenants.options(400, 100)));

    assertThat(second).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  private static String renderAll(ContentSet c) throws Exception {
    TenantContent t = new TenantContent(c);
    java.io.StringWriter out = new java.io.StringWriter();
    try (var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
      g.writeStartArray();
      for (Workspace w : t.workspaces()) {
        ContentJson.writeAdminGroup(g, w, EnumSet.allOf(Expand.class));
      }
      new ScanResultWriter(t).write(g, t.workspaces(), ScanOptions.all());
      g.writeEndArray();
    }
    return out.toString();
  }
}
