package dev.pbiadmin.emulator.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.content.Report;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.contract.FabricSchemas;
import dev.pbiadmin.emulator.contract.JsonShapes;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.powerbi.EmulatorHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Workspaces_ListWorkspaces, Items_ListItems and the two access lists over the tenant's content:
 * continuation paging (seven records a page here), filters, bad input, validated against the
 * vendored spec and checked against Microsoft's examples.
 */
class FabricContentIT {
  private static final int PAGE = 7;

  /** What the examples carry that the emulator's content has no source for. */
  private static final Set<String> NOT_EMULATED = Set.of("tags", "domainId", "defaultIdentity");

  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(60).fabricPageSize(PAGE).build();

  private final FabricSchemas schemas = FabricSchemas.load();
  private EmulatorHttp http;
  private String token;

  @BeforeEach
  void setUp() {
    http = new EmulatorHttp(EMULATOR.get());
    EMULATOR.get().powerBi().rateLimiter().reset();
    token = http.demoToken(EmulatorHttp.FABRIC_SCOPE);
  }

  @Test
  void listWorkspaces_followingContinuationUris_everyWorkspaceOnceInPagesOfAtMostTheSize() {
    List<JsonNode> pages = follow("/v1/admin/workspaces");

    List<String> ids = new ArrayList<>();
    for (JsonNode page : pages) {
      assertThat(page.get("workspaces").size()).isLessThanOrEqualTo(PAGE);
      assertThat(schemas.validateResponse("Workspaces_ListWorkspaces", 200, page, true)).isEmpty();
      page.get("workspaces").forEach(w -> ids.add(w.get("id").asText()));
    }
    assertThat(ids).containsExactlyElementsOf(workspaces().stream().map(Workspace::id).toList());
    assertThat(pages.get(pages.size() - 1).has("continuationToken")).isFalse();
    Set<String> ours =
        pages.stream().flatMap(p -> JsonShapes.of(p).stream()).collect(Collectors.toSet());
    assertThat(without(shape("Workspaces_ListWorkspaces", "ListWorkspaces.json"))).isSubsetOf(ours);
  }

  @Test
  void listWorkspaces_filtersTravelInTheToken_andTheTokenIsAcceptedQuotedOrEncodedTwice() {
    JsonNode first = http.get("/v1/admin/workspaces?type=Workspace", token).json();
    String returned = first.get("continuationToken").asText();
    String decoded = java.net.URLDecoder.decode(returned, StandardCharsets.UTF_8);

    JsonNode plain = http.get("/v1/admin/workspaces?continuationToken=" + returned, token).json();
    JsonNode quoted =
        http.get("/v1/admin/workspaces?continuationToken=" + enc("'" + decoded + "'"), token)
            .json();
    JsonNode twice =
        http.get("/v1/admin/workspaces?continuationToken=" + enc(returned), token).json();

    assertThat(quoted).isEqualTo(plain);
    assertThat(twice).isEqualTo(plain);
    assertThat(plain.get("workspaces")).allMatch(w -> w.get("type").asText().equals("Workspace"));
  }

  @Test
  void listWorkspaces_badFilterOrToken_400() {
    EmulatorHttp.Response type = http.get("/v1/admin/workspaces?type=team", token);
    EmulatorHttp.Response state = http.get("/v1/admin/workspaces?state=gone", token);
    EmulatorHttp.Response bad =
        http.get("/v1/admin/workspaces?continuationToken=not-a-token", token);

    assertThat(type.json().get("errorCode").asText()).isEqualTo("BadRequest");
    assertThat(state.status()).isEqualTo(400);
    assertThat(bad.json().get("errorCode").asText()).isEqualTo("InvalidContinuationToken");
    assertThat(schemas.validateResponse("Workspaces_ListWorkspaces", 400, type.json(), true))
        .isEmpty();
  }

  @Test
  void listWorkspaces_personalAndDeletedFilters_matchTheContent() {
    List<JsonNode> personal = items(follow("/v1/admin/workspaces?type=personal"), "workspaces");
    List<JsonNode> deleted = items(follow("/v1/admin/workspaces?state=Deleted"), "workspaces");

    assertThat(personal)
        .hasSize((int) workspaces().stream().filter(Workspace::isPersonal).count())
        .allMatch(w -> w.get("type").asText().equals("Personal"));
    assertThat(deleted).hasSize((int) workspaces().stream().filter(w -> !w.isActive()).count());
  }

  @Test
  void
      listItems_everyItemOfActiveWorkspacesInThePageOrderOfTheirTypes_validAndShapedLikeTheExample() {
    List<JsonNode> pages = follow("/v1/admin/items");
    List<JsonNode> all = items(pages, "itemEntities");

    List<String> types = all.stream().map(i -> i.get("type").asText()).distinct().toList();
    assertThat(types)
        .isSortedAccordingTo(
            (a, b) -> FabricItems.PAGE_ORDER.indexOf(a) - FabricItems.PAGE_ORDER.indexOf(b));
    long reports =
        workspaces().stream().filter(Workspace::isActive).mapToLong(w -> w.reports().size()).sum();
    assertThat(all.stream().filter(i -> i.get("type").asText().endsWith("Report")).count())
        .isEqualTo(reports);
    for (JsonNode page : pages) {
      assertThat(schemas.validateResponse("Items_ListItems", 200, page, true)).isEmpty();
    }
    Set<String> ours =
        pages.stream().flatMap(p -> JsonShapes.of(p).stream()).collect(Collectors.toSet());
    assertThat(without(shape("Items_ListItems", "ListItems.json"))).isSubsetOf(ours);
  }

  @Test
  void listItems_fabricItemsOfTheContent_sameIdsAsScanResultsUnderTheSpecsItemTypes() {
    List<JsonNode> all = items(follow("/v1/admin/items"), "itemEntities");

    Set<String> powerBi = Set.copyOf(FabricItems.PAGE_ORDER);
    List<String> listed =
        all.stream()
            .filter(i -> !powerBi.contains(i.get("type").asText()))
            .map(i -> i.get("id").asText() + " " + i.get("type").asText())
            .sorted()
            .toList();
    List<String> content =
        workspaces().stream()
            .filter(Workspace::isActive)
            .flatMap(w -> w.fabricItems().stream())
            .map(f -> f.id() + " " + FabricItems.itemType(f.key()))
            .sorted()
            .toList();
    assertThat(listed).isNotEmpty().containsExactlyElementsOf(content);
    assertThat(all.stream().map(i -> i.get("type").asText()).distinct())
        .allMatch(ItemsApi.ITEM_TYPES::contains);
    assertThat(FabricItems.itemType("warehouses")).isEqualTo("Warehouse");
    assertThat(FabricItems.itemType("SQLAnalyticsEndpoint")).isEqualTo("SQLEndpoint");
    assertThat(FabricItems.itemType("reflexproject")).isEqualTo("Reflex");
    assertThat(FabricItems.itemType("sqldbnative")).isEqualTo("SQLDatabase");
    assertThat(FabricItems.itemType("kqldatabase")).isEqualTo("KQLDatabase");
    assertThat(FabricItems.itemType("HLSCohort")).isEqualTo("HLSCohort");
  }

  @Test
  void listItems_typeAndWorkspaceFilters_andBadTypeOrState_400() {
    Workspace w =
        workspaces().stream()
            .filter(x -> x.isActive() && !x.reports().isEmpty())
            .findFirst()
            .orElseThrow();

    List<JsonNode> reports =
        items(follow("/v1/admin/items?type=report&workspaceId=" + w.id()), "itemEntities");
    EmulatorHttp.Response badType = http.get("/v1/admin/items?type=Spreadsheet", token);
    EmulatorHttp.Response badState = http.get("/v1/admin/items?state=deleted", token);

    assertThat(reports)
        .extracting(i -> i.get("id").asText())
        .containsExactlyElementsOf(
            w.reports().stream()
                .filter(r -> !"PaginatedReport".equals(r.reportType()))
                .map(Report::id)
                .toList());
    assertThat(badType.json().get("errorCode").asText()).isEqualTo("InvalidItemType");
    assertThat(badState.json().get("errorCode").asText()).isEqualTo("InvalidItemState");
  }

  @Test
  void workspaceUsers_everyPrincipalWithItsRole_validAndShapedLikeTheExample() {
    Workspace w = workspaces().stream().filter(x -> !x.users().isEmpty()).findFirst().orElseThrow();

    EmulatorHttp.Response r = http.get("/v1/admin/workspaces/" + w.id() + "/users", token);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("accessDetails")).hasSize(w.users().size());
    assertThat(r.json().at("/accessDetails/0/workspaceAccessDetails/workspaceRole").asText())
        .isEqualTo(w.users().get(0).right());
    assertThat(
            schemas.validateResponse("Workspaces_ListWorkspaceAccessDetails", 200, r.json(), true))
        .isEmpty();
    Set<String> example = shape("Workspaces_ListWorkspaceAccessDetails", "ListWorkspaceUsers.json");
    assertThat(JsonShapes.of(r.json()))
        .containsAll(example.stream().filter(p -> !p.contains("groupDetails")).toList());
  }

  @Test
  void workspaceUsers_unknownOrMalformedWorkspace_404Or400() {
    EmulatorHttp.Response unknown =
        http.get("/v1/admin/workspaces/" + java.util.UUID.randomUUID() + "/users", token);
    EmulatorHttp.Response malformed = http.get("/v1/admin/workspaces/not-a-guid/users", token);

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("errorCode").asText()).isEqualTo("EntityNotFound");
    assertThat(malformed.status()).isEqualTo(400);
  }

  @Test
  void itemUsers_powerBiItemFoundOnlyWithItsType_permissionsFromTheRight() {
    Workspace w =
        workspaces().stream()
            .filter(x -> x.reports().stream().anyMatch(r -> !r.users().isEmpty()))
            .findFirst()
            .orElseThrow();
    Report report =
        w.reports().stream().filter(r -> !r.users().isEmpty()).findFirst().orElseThrow();
    String type = "PaginatedReport".equals(report.reportType()) ? "PaginatedReport" : "Report";
    String path = "/v1/admin/workspaces/" + w.id() + "/items/" + report.id() + "/users";

    EmulatorHttp.Response typed = http.get(path + "?type=" + type, token);
    EmulatorHttp.Response untyped = http.get(path, token);

    assertThat(typed.status()).isEqualTo(200);
    assertThat(typed.json().get("accessDetails")).hasSize(report.users().size());
    assertThat(typed.json().at("/accessDetails/0/itemAccessDetails/permissions").toString())
        .contains("Read");
    assertThat(schemas.validateResponse("Items_ListItemAccessDetails", 200, typed.json(), true))
        .isEmpty();
    // the content model has no workload permissions (ReadAll, viewOutput): additionalPermissions
    // stays empty
    assertThat(JsonShapes.of(typed.json()))
        .containsAll(
            shape("Items_ListItemAccessDetails", "ListItemUsersByIdType.json").stream()
                .filter(
                    p -> !p.startsWith("accessDetails[].itemAccessDetails.additionalPermissions[]"))
                .toList());
    if (type.equals("Report")) {
      assertThat(untyped.status()).isEqualTo(404);
      assertThat(untyped.json().get("errorCode").asText()).isEqualTo("ItemNotFound");
    }
  }

  @Test
  void permissions_rightsOfTheContentModel_asItemPermissions() {
    assertThat(FabricItems.permissions("ReadReshare")).containsExactly("Read", "Reshare");
    assertThat(FabricItems.permissions("Owner")).containsExactly("Read", "Write", "Reshare");
    assertThat(FabricItems.permissions("ReadExplore")).containsExactly("Read", "Explore");
  }

  private List<Workspace> workspaces() {
    return EMULATOR.get().powerBi().content().workspaces();
  }

  private List<JsonNode> follow(String path) {
    List<JsonNode> pages = new ArrayList<>();
    String next = path;
    while (next != null) {
      assertThat(pages).hasSizeLessThan(500);
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

  private static List<JsonNode> items(List<JsonNode> pages, String field) {
    List<JsonNode> all = new ArrayList<>();
    pages.forEach(p -> p.get(field).forEach(all::add));
    return all;
  }

  private Set<String> shape(String operationId, String file) {
    return JsonShapes.of(schemas.examples(operationId).get(file).at("/responses/200/body"));
  }

  private static Set<String> without(Set<String> shape) {
    return shape.stream()
        .filter(p -> NOT_EMULATED.stream().noneMatch(n -> p.contains("." + n)))
        .collect(Collectors.toSet());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
