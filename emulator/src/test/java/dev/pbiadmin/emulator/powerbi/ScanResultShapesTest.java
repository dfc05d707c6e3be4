package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.ContentJsonTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.TestTenants;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The scan result as real Fabric-era tenants return it (docs/reference/scan-result-real-shapes.md):
 * Fabric item arrays under their own inconsistently cased keys with the field set of their kind,
 * app copies, paginated reports' data sources, refresh schedules, column types, connector keys,
 * mixed timestamp forms and id case; and what the request flags gate.
 */
class ScanResultShapesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> WORKSPACE_FIELDS =
      Set.of(
          "id",
          "name",
          "description",
          "type",
          "state",
          "dataRetrievalState",
          "isOnDedicatedCapacity",
          "capacityId",
          "defaultDatasetStorageFormat",
          "users",
          "reports",
          "dashboards",
          "datasets",
          "dataflows",
          "datamarts");
  private static final Pattern TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})?");

  private final TenantContent tenant = new TenantContent(TestTenants.small());
  private final JsonNode all = scan(ScanOptions.all());

  @Test
  void fabricItems_haveTheirKindsKeyFieldSetAndAccessField() {
    List<JsonNode> artifacts = new ArrayList<>();
    List<JsonNode> sqlFamily = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (JsonNode w : all.get("workspaces")) {
      w.properties()
          .forEach(
              e -> {
                if (!WORKSPACE_FIELDS.contains(e.getKey())) {
                  keys.add(e.getKey());
                  e.getValue()
                      .forEach(
                          FabricKinds.datamartStyle(e.getKey()) ? sqlFamily::add : artifacts::add);
                }
              });
    }

    assertThat(keys)
        .contains("Lakehouse", "SQLAnalyticsEndpoint", "Notebook", "DataPipeline", "warehouses");
    assertThat(artifacts)
        .isNotEmpty()
        .allSatisfy(
            item -> {
              assertThat(
                      item.has("createdDate")
                          && item.has("lastUpdatedDate")
                          && item.has("createdById"))
                  .isTrue();
              assertThat(item.has("configuredBy") || item.has("modifiedDateTime")).isFalse();
              assertThat(item.get("users"))
                  .allSatisfy(u -> assertThat(u.has("artifactUserAccessRight")).isTrue());
            });
    assertThat(sqlFamily)
        .isNotEmpty()
        .allSatisfy(
            item -> {
              assertThat(item.has("configuredBy") && item.has("modifiedDateTime")).isTrue();
              assertThat(item.has("createdDate") || item.has("extendedProperties")).isFalse();
              assertThat(item.get("users"))
                  .allSatisfy(u -> assertThat(u.has("datamartUserAccessRight")).isTrue());
            });
  }

  @Test
  void lakehouse_extendedPropertiesArePascalCaseWithJsonInAString() throws IOException {
    JsonNode lakehouse = first("Lakehouse");
    JsonNode properties = lakehouse.get("extendedProperties");

    assertThat(properties.get("OneLakeTablesPath").asText())
        .endsWith(lakehouse.get("id").asText() + "/Tables");
    assertThat(properties.get("DwProperties").isTextual()).isTrue();
    assertThat(MAPPER.readTree(properties.get("DwProperties").asText()).get("tdsEndpoint").asText())
        .endsWith(".datawarehouse.fabric.microsoft.com");
  }

  @Test
  void relations_linkNotebooksEndpointsAndDirectLakeModelsToTheirStores() {
    List<String> notebookTypes = new ArrayList<>();
    all.findValues("Notebook")
        .forEach(
            a ->
                a.forEach(
                    n ->
                        n.path("relations")
                            .forEach(r -> notebookTypes.add(r.get("relationType").asText()))));
    Set<String> endpointTargets = new HashSet<>();
    all.findValues("SQLAnalyticsEndpoint")
        .forEach(
            a ->
                a.forEach(
                    e -> {
                      assertThat(e.get("relations").get(0).get("relationType").asText())
                          .isEqualTo("CascadeDelete");
                      endpointTargets.add(
                          e.get("relations")
                              .get(0)
                              .get("dependentOnArtifactId")
                              .asText()
                              .toLowerCase(Locale.ROOT));
                    }));
    Set<String> stores = new HashSet<>();
    for (String key : List.of("Lakehouse", "warehouses", "SQLAnalyticsEndpoint", "sqldbnative")) {
      all.findValues(key).forEach(a -> a.forEach(i -> stores.add(i.get("id").asText())));
    }
    List<JsonNode> directLake = new ArrayList<>();
    all.findValues("datasets")
        .forEach(
            a ->
                a.forEach(
                    d -> {
                      if (d.has("relations")) {
                        directLake.add(d);
                      }
                    }));

    assertThat(notebookTypes).isNotEmpty().containsOnly("Datasource");
    assertThat(endpointTargets).isNotEmpty().allMatch(stores::contains);
    assertThat(directLake)
        .isNotEmpty()
        .allSatisfy(
            d -> {
              JsonNode rel = d.get("relations").get(0);
              assertThat(rel.get("relationType").asText()).isEqualTo("Association");
              assertThat(stores)
                  .contains(rel.get("dependentOnArtifactId").asText().toLowerCase(Locale.ROOT));
              assertThat(d.get("tables"))
                  .allSatisfy(
                      t -> assertThat(t.get("storageMode").asText()).isEqualTo("DirectLake"));
            });
  }

  @Test
  void reports_appCopiesAppearTwiceAndPaginatedReportsListTheirSources() {
    List<JsonNode> reports = items("reports");
    Set<String> instances = new HashSet<>();
    all.get("datasourceInstances").forEach(d -> instances.add(d.get("datasourceId").asText()));
    all.get("misconfiguredDatasourceInstances")
        .forEach(d -> instances.add(d.get("datasourceId").asText()));
    Set<String> ids = new HashSet<>();
    reports.forEach(r -> ids.add(r.get("id").asText()));

    assertThat(reports)
        .filteredOn(r -> r.has("appId"))
        .isNotEmpty()
        .allSatisfy(copy -> assertThat(ids).contains(copy.get("originalReportObjectId").asText()));
    assertThat(reports).noneMatch(r -> r.has("originalReportId"));
    assertThat(reports)
        .filteredOn(r -> r.get("reportType").asText().equals("PaginatedReport"))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.get("datasourceUsages"))
                    .isNotEmpty()
                    .allSatisfy(
                        u ->
                            assertThat(instances)
                                .contains(u.get("datasourceInstanceId").asText())));
  }

  @Test
  void modelsAndDataflows_carryCamelCaseFieldsSchedulesAndColumnTypes() {
    List<JsonNode> models = items("datasets");
    List<JsonNode> columns = new ArrayList<>();
    models.forEach(d -> d.path("tables").forEach(t -> t.get("columns").forEach(columns::add)));

    assertThat(models)
        .allSatisfy(
            d -> {
              assertThat(d.has("CreatedDate") || d.has("ContentProviderType")).isFalse();
              assertThat(d.has("createdDate") && d.has("configuredById")).isTrue();
            });
    assertThat(models)
        .anySatisfy(d -> assertThat(d.get("refreshSchedule").get("days")).isNotEmpty());
    assertThat(models).anySatisfy(d -> assertThat(d.has("directQueryRefreshSchedule")).isTrue());
    assertThat(columns)
        .allSatisfy(
            c ->
                assertThat(c.get("columnType").asText())
                    .isIn("Data", "Calculated", "CalculatedTableColumn"));
    assertThat(columns)
        .filteredOn(c -> c.get("columnType").asText().equals("Calculated"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.get("expression").asText()).isNotBlank());
    assertThat(items("dataflows"))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.has("modifiedBy") && d.has("modifiedDateTime")).isTrue());
    assertThat(all.get("workspaces"))
        .allSatisfy(w -> assertThat(w.has("dataRetrievalState")).isTrue());
  }

  @Test
  void datasourceInstances_extensionsAndSharePointListsUseTheirRealKeys() throws IOException {
    List<JsonNode> sources = new ArrayList<>();
    all.get("datasourceInstances").forEach(sources::add);
    all.get("misconfiguredDatasourceInstances").forEach(sources::add);

    assertThat(sources)
        .filteredOn(s -> s.get("datasourceType").asText().equals("SharePointList"))
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.get("connectionDetails").get("sharePointSiteUrl").asText())
                    .startsWith("https://"));
    List<JsonNode> extensions =
        sources.stream().filter(s -> s.get("datasourceType").asText().equals("Extension")).toList();
    assertThat(extensions)
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.get("connectionDetails").get("extensionDataSourceKind").asText())
                    .isIn("Databricks", "AmazonRedshift"));
    for (JsonNode s : extensions) {
      String path = s.get("connectionDetails").get("extensionDataSourcePath").asText();
      if (s.get("connectionDetails").get("extensionDataSourceKind").asText().equals("Databricks")) {
        assertThat(path).contains("\\/sql\\/1.0\\/warehouses\\/");
        assertThat(MAPPER.readTree(path).get("httpPath").asText())
            .startsWith("/sql/1.0/warehouses/");
      }
    }
  }

  @Test
  void valueForms_mixTimestampFormsAndIdCase() {
    Set<Integer> digits = new HashSet<>();
    Set<String> zones = new HashSet<>();
    for (String key :
        List.of("createdDateTime", "modifiedDateTime", "createdDate", "lastUpdatedDate")) {
      for (JsonNode v : all.findValues(key)) {
        Matcher m = TIME.matcher(v.asText());
        assertThat(m.matches()).as(v.asText()).isTrue();
        digits.add(m.group(1) == null ? 0 : m.group(1).length());
        zones.add(m.group(2) == null ? "none" : m.group(2).equals("Z") ? "Z" : "offset");
      }
    }
    List<String> capacityRefs =
        all.findValues("capacityId").stream().map(JsonNode::asText).toList();

    assertThat(digits).contains(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(zones).containsExactlyInAnyOrder("Z", "offset", "none");
    assertThat(capacityRefs)
        .anyMatch(id -> id.equals(id.toUpperCase(Locale.ROOT)))
        .anyMatch(id -> id.equals(id.toLowerCase(Locale.ROOT)));
    assertThat(capacityRefs)
        .allSatisfy(
            id -> assertThat(tenant.capacity(id)).as("resolves in either case").isPresent());
  }

  @Test
  void flags_gateUsersRelationsAndCalculatedColumnDax() {
    JsonNode bare = scan(new ScanOptions(false, false, true, false, false, true, true));

    assertThat(bare.findValues("users")).isEmpty();
    assertThat(bare.findValues("relations")).isEmpty();
    assertThat(bare.findValues("datasourceUsages")).isEmpty();
    assertThat(bare.findValues("Lakehouse")).isNotEmpty();
    assertThat(bare.findValues("columnType")).isNotEmpty();
    assertThat(
            bare.findValues("columns").stream()
                .flatMap(c -> StreamSupport.stream(c.spliterator(), false)))
        .noneMatch(c -> c.has("expression"));
  }

  @Test
  void kindsWithoutItems_haveNoArray() {
    assertThat(all.get("workspaces")).anySatisfy(w -> assertThat(w.has("datamarts")).isFalse());
    assertThat(all.get("workspaces"))
        .allSatisfy(
            w ->
                w.properties()
                    .forEach(
                        e -> {
                          if (e.getValue().isArray() && !e.getKey().equals("users")) {
                            assertThat(e.getValue()).as(e.getKey()).isNotEmpty();
                          }
                        }));
  }

  private JsonNode scan(ScanOptions options) {
    try {
      return render(g -> new ScanResultWriter(tenant).write(g, tenant.workspaces(), options));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<JsonNode> items(String key) {
    List<JsonNode> out = new ArrayList<>();
    all.get("workspaces").forEach(w -> w.path(key).forEach(out::add));
    return out;
  }

  private JsonNode first(String key) {
    return items(key).get(0);
  }
}
