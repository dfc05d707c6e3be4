package dev.pbiadmin.emulator.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.TokenClient;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.manage.ManagementApi;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The minimal Microsoft Graph over HTTPS: memberships, Graph permissions, audiences, error
 * envelope.
 */
class GraphIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(3).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GRAPH = "https://graph.microsoft.com";
  private static final String POWER_BI = "https://analysis.windows.net/powerbi/api";

  private TokenClient client;

  @BeforeEach
  void setUp() {
    client = new TokenClient(EMULATOR.get());
  }

  @Test
  void transitiveMemberOf_nestedGroups_returnsEveryGroupAndMemberOfOnlyTheDirectOne()
      throws Exception {
    App app = newApp("Directory.Read.All");
    String inner = group("Security", List.of(Map.of("kind", "ServicePrincipal", "id", app.spId)));
    String outer = group("Security", List.of(Map.of("kind", "Group", "id", inner)));
    String m365 = group("Microsoft365", List.of(Map.of("kind", "Group", "id", outer)));
    group("Security", List.of()); // unrelated
    String token = token(app, GRAPH);

    JsonNode transitive =
        get("/v1.0/servicePrincipals/" + app.spId + "/transitiveMemberOf", token).json();
    assertThat(ids(transitive)).containsExactlyInAnyOrder(inner, outer, m365);
    JsonNode unified = find(transitive, m365);
    assertThat(unified.get("@odata.type").asText()).isEqualTo("#microsoft.graph.group");
    assertThat(unified.get("securityEnabled").asBoolean()).isFalse();
    assertThat(unified.get("groupTypes").get(0).asText()).isEqualTo("Unified");

    assertThat(ids(get("/v1.0/servicePrincipals/" + app.spId + "/memberOf", token).json()))
        .containsExactly(inner);
    JsonNode byAppId =
        get(
                "/v1.0/servicePrincipals(appId='"
                    + app.clientId
                    + "')/transitiveMemberOf/microsoft.graph.group"
                    + "?$select=id,displayName",
                token)
            .json();
    assertThat(ids(byAppId)).containsExactlyInAnyOrder(inner, outer, m365);
    assertThat(byAppId.get("value").get(0).has("securityEnabled")).isFalse();
  }

  @Test
  void transitiveMemberOf_smallTop_pagesWithNextLink() throws Exception {
    App app = newApp("Application.Read.All", "GroupMember.Read.All");
    String a = group("Security", List.of(Map.of("kind", "ServicePrincipal", "id", app.spId)));
    String b = group("Security", List.of(Map.of("kind", "ServicePrincipal", "id", app.spId)));
    String c = group("Security", List.of(Map.of("kind", "Group", "id", b)));
    String token = token(app, GRAPH);
    List<String> seen = new ArrayList<>();
    String next =
        EMULATOR.get().graphUrl()
            + "/v1.0/servicePrincipals/"
            + app.spId
            + "/transitiveMemberOf?$top=2";
    for (int pages = 0; next != null && pages < 5; pages++) {
      JsonNode page =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(next))
                      .header("Authorization", "Bearer " + token))
              .json();
      seen.addAll(ids(page));
      next = page.hasNonNull("@odata.nextLink") ? page.get("@odata.nextLink").asText() : null;
    }
    assertThat(seen).containsExactlyInAnyOrder(a, b, c);
  }

  @Test
  void group_byId_withAGroupReadPermission_namesIt_without_403_unknown_404() throws Exception {
    String id = group("Security", List.of());
    App reader = newApp("GroupMember.Read.All");
    App other = newApp("Application.Read.All");

    JsonNode found =
        get("/v1.0/groups/" + id + "?$select=id,displayName", token(reader, GRAPH)).json();
    TokenClient.Reply denied = get("/v1.0/groups/" + id, token(other, GRAPH));
    TokenClient.Reply unknown = get("/v1.0/groups/" + UUID.randomUUID(), token(reader, GRAPH));

    assertThat(found.get("displayName").asText()).isEqualTo("g-" + id);
    assertThat(found.has("securityEnabled")).isFalse();
    assertThat(denied.status()).isEqualTo(403);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().at("/error/code").asText()).isEqualTo("Request_ResourceNotFound");
  }

  @Test
  void memberOf_withoutGraphPermission_is403WithGraphsEnvelope() throws Exception {
    App app =
        newApp("GroupMember.Read.All"); // reads groups, but not service principals' relationships
    TokenClient.Reply r =
        get("/v1.0/servicePrincipals/" + app.spId + "/transitiveMemberOf", token(app, GRAPH));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().at("/error/code").asText()).isEqualTo("Authorization_RequestDenied");
    assertThat(r.json().at("/error/innerError/request-id").asText()).isNotBlank();

    App powerBiOnly = newPowerBiApp("Tenant.Read.All"); // a Power BI permission gives no Graph role
    TokenClient.Reply denied =
        get("/v1.0/servicePrincipals/" + powerBiOnly.spId + "/memberOf", token(powerBiOnly, GRAPH));
    assertThat(denied.status()).isEqualTo(403);
  }

  /**
   * Graph's rule for directoryObject collections: without permission to read a type, "only the
   *
   * @odata.type property for the object type and the id is returned, while other properties are
   *     indicated as null" (List servicePrincipal transitive memberOf, learn.microsoft.com).
   */
  @Test
  void memberOf_onlyApplicationReadAll_returnsGroupsWithLimitedInformation() throws Exception {
    App app = newApp("Application.Read.All");
    String g = group("Microsoft365", List.of(Map.of("kind", "ServicePrincipal", "id", app.spId)));
    JsonNode item =
        get(
                "/v1.0/servicePrincipals/"
                    + app.spId
                    + "/transitiveMemberOf?$select=id,displayName,securityEnabled,groupTypes",
                token(app, GRAPH))
            .json()
            .get("value")
            .get(0);
    assertThat(item.get("id").asText()).isEqualTo(g);
    assertThat(item.get("@odata.type").asText()).isEqualTo("#microsoft.graph.group");
    assertThat(item.get("displayName").isNull()).isTrue();
    assertThat(item.get("securityEnabled").isNull()).isTrue();
    assertThat(item.get("groupTypes").isNull()).isTrue();
  }

  @Test
  void audiences_powerBiTokenOnGraphAndGraphTokenOnPowerBi_areRejected() throws Exception {
    App app = newApp("Directory.Read.All");
    TokenClient.Reply onGraph =
        get("/v1.0/servicePrincipals/" + app.spId + "/memberOf", token(app, POWER_BI));
    assertThat(onGraph.status()).isEqualTo(401);
    assertThat(onGraph.json().at("/error/code").asText()).isEqualTo("InvalidAuthenticationToken");
    assertThat(onGraph.json().at("/error/message").asText()).contains("Invalid audience");

    var demo = EMULATOR.get().demo().orElseThrow();
    String graphToken = token(new App(demo.clientId(), null, demo.clientSecret()), GRAPH);
    assertThat(get("/v1.0/myorg/admin/groups?$top=1", graphToken).status()).isEqualTo(401);

    assertThat(get("/v1.0/servicePrincipals/" + app.spId + "/memberOf", null).status())
        .isEqualTo(401);
  }

  @Test
  void memberOf_unknownOrMalformedId_is404Or400() throws Exception {
    App app = newApp("Directory.Read.All");
    String token = token(app, GRAPH);
    TokenClient.Reply missing =
        get("/v1.0/servicePrincipals/" + UUID.randomUUID() + "/memberOf", token);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().at("/error/code").asText()).isEqualTo("Request_ResourceNotFound");
    assertThat(get("/v1.0/servicePrincipals/not-a-guid/memberOf", token).status()).isEqualTo(400);
    assertThat(get("/v1.0/servicePrincipals/" + app.spId + "/memberOf?$top=1000", token).status())
        .isEqualTo(400);
    assertThat(
            get("/v1.0/servicePrincipals/" + app.spId + "/memberOf?$select=nope", token).status())
        .isEqualTo(400);
  }

  private record App(String clientId, String spId, String secret) {}

  private App newApp(String... graphPermissions) throws Exception {
    return appWith(GRAPH, graphPermissions);
  }

  private App newPowerBiApp(String... permissions) throws Exception {
    return appWith(POWER_BI, permissions);
  }

  private App appWith(String resource, String... permissions) throws Exception {
    String clientId = UUID.randomUUID().toString();
    String spId = UUID.randomUUID().toString();
    manage(
        "PUT",
        "/emulator/apps/" + clientId,
        Map.of("displayName", "graph-" + clientId, "servicePrincipalId", spId));
    manage(
        "PUT",
        "/emulator/apps/" + clientId + "/permissions",
        Map.of(
            "permissions",
            List.of(permissions).stream()
                .map(
                    p ->
                        Map.of(
                            "resource",
                            resource,
                            "name",
                            p,
                            "type",
                            "Application",
                            "adminConsentGranted",
                            true))
                .toList()));
    String secret =
        manage("POST", "/emulator/apps/" + clientId + "/secrets", Map.of())
            .json()
            .get("secretText")
            .asText();
    return new App(clientId, spId, secret);
  }

  private String group(String type, List<Map<String, String>> members) throws Exception {
    String id = UUID.randomUUID().toString();
    manage(
        "PUT",
        "/emulator/groups/" + id,
        Map.of("displayName", "g-" + id, "groupType", type, "members", members));
    return id;
  }

  private String token(App app, String resource) {
    TokenClient.Reply r =
        client.post(
            "/" + EMULATOR.get().tenantId() + "/oauth2/v2.0/token",
            TokenClient.form(
                "grant_type",
                "client_credentials",
                "client_id",
                app.clientId,
                "client_secret",
                app.secret,
                "scope",
                resource + "/.default"));
    assertThat(r.status()).as("token for %s", resource).isEqualTo(200);
    return r.json().get("access_token").asText();
  }

  private TokenClient.Reply get(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(EMULATOR.get().graphUrl() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b);
  }

  private TokenClient.Reply manage(String method, String path, Object body) throws Exception {
    TokenClient.Reply r =
        client.send(
            HttpRequest.newBuilder(URI.create(EMULATOR.get().baseUrl() + path))
                .header(ManagementApi.KEY_HEADER, EMULATOR.get().managementKey())
                .header("Content-Type", "application/json")
                .method(
                    method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    assertThat(r.status()).as("%s %s", method, path).isLessThan(300);
    return r;
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("value").forEach(v -> out.add(v.get("id").asText()));
    return out;
  }

  private static JsonNode find(JsonNode page, String id) {
    for (JsonNode v : page.get("value")) {
      if (v.get("id").asText().equals(id)) {
        return v;
      }
    }
    throw new AssertionError("no " + id);
  }
}
