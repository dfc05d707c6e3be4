package dev.pbiadmin.client;

import static dev.pbiadmin.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.client.implementation.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Microsoft's example response of every admin operation the client implements
 * (contract/golden/powerbi), answered over real HTTP and read through the client's public method
 * for that operation: every id in the example must come out of the records the client returns (in
 * their fields or their {@code additionalProperties}), so nothing the service sends is lost.
 */
class GoldenResponsesTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** The client call for each operation, given the example's request parameters. */
  private static final Map<String, BiFunction<PowerBiAdminClient, JsonNode, Object>> CALLS =
      Map.ofEntries(
          Map.entry(
              "Admin_GetActivityEvents",
              (c, p) ->
                  p.has("continuationToken")
                      ? c.getActivityEventsNext(p.get("continuationToken").asText())
                      : c.getActivityEvents(
                          new ActivityEventsRequest(
                              Instant.parse(p.get("startDateTime").asText().replace("'", "")),
                              Instant.parse(p.get("endDateTime").asText().replace("'", "")),
                              p.path("$filter").asText(null)))),
          Map.entry("Admin_GetCapacitiesAsAdmin", (c, p) -> first(c.listCapacities())),
          Map.entry("Apps_GetAppsAsAdmin", (c, p) -> first(c.listApps())),
          Map.entry("Dashboards_GetDashboardsAsAdmin", (c, p) -> first(c.listDashboards(null))),
          Map.entry(
              "Dashboards_GetDashboardsInGroupAsAdmin",
              (c, p) -> first(c.listDashboardsInGroup(p.path("groupId").asText("g")))),
          Map.entry(
              "Dashboards_GetTilesAsAdmin",
              (c, p) -> first(c.listDashboardTiles(p.path("dashboardId").asText("d")))),
          Map.entry(
              "Dataflows_GetDataflowDatasourcesAsAdmin",
              (c, p) -> first(c.listDataflowDatasources(p.path("dataflowId").asText("f")))),
          Map.entry("Dataflows_GetDataflowsAsAdmin", (c, p) -> first(c.listDataflows())),
          Map.entry(
              "Dataflows_GetDataflowsInGroupAsAdmin",
              (c, p) -> first(c.listDataflowsInGroup(p.path("groupId").asText("g")))),
          Map.entry("Datasets_GetDatasetsAsAdmin", (c, p) -> first(c.listDatasets())),
          Map.entry(
              "Datasets_GetDatasetsInGroupAsAdmin",
              (c, p) -> first(c.listDatasetsInGroup(p.path("groupId").asText("g")))),
          Map.entry(
              "Datasets_GetDatasourcesAsAdmin",
              (c, p) -> first(c.listDatasetDatasources(p.path("datasetId").asText("d")))),
          Map.entry(
              "Groups_GetGroupAsAdmin",
              (c, p) -> c.getGroup(p.path("groupId").asText("g"), p.path("$expand").asText(null))),
          Map.entry("Groups_GetGroupsAsAdmin", (c, p) -> first(c.listGroups())),
          Map.entry("Imports_GetImportsAsAdmin", (c, p) -> first(c.listImports())),
          Map.entry("Reports_GetReportsAsAdmin", (c, p) -> first(c.listReports())),
          Map.entry(
              "Reports_GetReportsInGroupAsAdmin",
              (c, p) -> first(c.listReportsInGroup(p.path("groupId").asText("g")))),
          Map.entry(
              "Users_GetUserArtifactAccessAsAdmin",
              (c, p) -> first(c.listUserArtifactAccess(p.path("userId").asText("u")))),
          Map.entry(
              "WidelySharedArtifacts_LinksSharedToWholeOrganization",
              (c, p) -> first(c.listWidelySharedLinks())),
          Map.entry(
              "WidelySharedArtifacts_PublishedToWeb", (c, p) -> first(c.listPublishedToWeb())),
          Map.entry(
              "WorkspaceInfo_GetModifiedWorkspaces",
              (c, p) -> c.listModifiedWorkspaces(ModifiedWorkspacesOptions.all())),
          Map.entry(
              "WorkspaceInfo_GetScanResult", (c, p) -> c.getScanResult(p.get("scanId").asText())),
          Map.entry(
              "WorkspaceInfo_GetScanStatus", (c, p) -> c.getScanStatus(p.get("scanId").asText())),
          Map.entry(
              "WorkspaceInfo_PostWorkspaceInfo",
              (c, p) -> c.beginWorkspaceScan(List.of("w"), ScanOptions.full()).latest()));

  /** The first page: items and continuation token (continuation lists have a next page). */
  private static Page<?> first(PagedList<?> list) {
    return list.streamByPage().findFirst().orElseThrow();
  }

  static Stream<Path> examples() throws IOException {
    Path dir = goldenDir();
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .filter(f -> CALLS.containsKey(f.getParent().getFileName().toString()))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** contract/golden/powerbi beside the swagger the build names. */
  private static Path goldenDir() {
    String swagger = System.getProperty("pbiadmin.contract");
    Path contract = swagger != null ? Path.of(swagger).getParent() : Path.of("..", "contract");
    return contract.resolve("golden").resolve("powerbi");
  }

  @Test
  void calls_coverEveryGoldenOperationTheClientImplements() throws Exception {
    String source =
        Files.readString(Path.of("src/main/java/dev/pbiadmin/client/PowerBiAdminClient.java"));
    Matcher m = Pattern.compile("\"([A-Z][A-Za-z]+_[A-Za-z]+)\"").matcher(source);
    Set<String> implemented = new HashSet<>();
    while (m.find()) {
      implemented.add(m.group(1));
    }
    Set<String> golden = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(goldenDir())) {
      dirs.forEach(d -> golden.add(d.getFileName().toString()));
    }
    golden.retainAll(implemented);
    assertThat(golden).hasSizeGreaterThan(20);
    assertThat(CALLS.keySet()).containsAll(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void clientCall_microsoftsExample_keepsEveryId(Path file) throws Exception {
    JsonNode example = PLAIN.readTree(file.toFile());
    JsonNode body = example.get("body");
    Object result;
    try (ScriptedServer server = new ScriptedServer()) {
      server.then(json(example.get("status").asInt(), PLAIN.writeValueAsString(body)));
      PowerBiAdminClient client =
          new PowerBiAdminClientBuilder()
              .credential(new FixedTokenCredential("token"))
              .endpoint(server.endpoint())
              .clock(new TestTime())
              .sleeper(new TestTime())
              .rateBudgets(RateBudgets.off())
              .buildClient();
      result =
          CALLS.get(example.get("operationId").asText()).apply(client, example.path("parameters"));
    }

    String out = Json.MAPPER.writeValueAsString(result).toLowerCase(Locale.ROOT);
    Set<String> ids = ids(body);
    assertThat(ids).as("ids in " + file).isNotEmpty();
    assertThat(ids).allSatisfy(id -> assertThat(out).as(id).contains(id));
  }

  @Test
  void workspaceInfo_fabricItemArraysAndUnknownFields_areKept() throws Exception {
    ObjectNode w =
        JsonNodeFactory.instance
            .objectNode()
            .put("id", "w")
            .put("domainId", "d")
            .put("brandNew", 1);
    w.putArray("Lakehouse").addObject().put("id", "lh");
    w.putArray("CopyJob").addObject().put("id", "cj");
    w.putArray("reports")
        .addObject()
        .put("id", "r")
        .put("originalReportObjectId", "o")
        .putArray("datasourceUsages")
        .addObject()
        .put("datasourceInstanceId", "ds");

    var info = Json.MAPPER.treeToValue(w, dev.pbiadmin.client.models.WorkspaceInfo.class);

    assertThat(info.domainId()).isEqualTo("d");
    assertThat(info.fabricItems()).containsOnlyKeys("CopyJob", "Lakehouse");
    assertThat(info.additionalProperties()).containsKeys("brandNew", "Lakehouse", "CopyJob");
    assertThat(info.reports().get(0).originalReportId()).isEqualTo("o");
    assertThat(info.reports().get(0).additionalProperties()).containsKey("datasourceUsages");
    assertThat(Json.MAPPER.valueToTree(info).get("brandNew").asInt()).isEqualTo(1);
  }

  /** Values of fields named id, objectId, identifier or ending in Id, anywhere, lower-cased. */
  private static Set<String> ids(JsonNode node) {
    Set<String> ids = new TreeSet<>();
    List<JsonNode> todo = new ArrayList<>(List.of(node));
    while (!todo.isEmpty()) {
      JsonNode n = todo.remove(todo.size() - 1);
      if (n.isArray()) {
        n.forEach(todo::add);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String k = e.getKey();
        JsonNode v = e.getValue();
        if (v.isValueNode()
            && !v.isNull()
            && !v.asText().isEmpty()
            && (k.equals("identifier") || k.equalsIgnoreCase("id") || k.endsWith("Id"))) {
          ids.add(v.asText().toLowerCase(Locale.ROOT));
        }
        todo.add(v);
      }
    }
    return ids;
  }
}
