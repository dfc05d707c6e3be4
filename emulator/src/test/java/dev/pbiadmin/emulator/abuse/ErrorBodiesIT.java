package dev.pbiadmin.emulator.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.manage.ManagementApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every error path the emulator has answers with exactly one JSON document: Power BI (not found,
 * bad input, unauthorized, injected 5xx and 429, expired token), Entra, Graph, the management API,
 * the portal, Jetty's own errors, unknown routes and wrong methods. Each body is read over a raw
 * socket and parsed strictly, trailing content rejected, so a second document appended to the first
 * (as a not-found fallback once did) fails here.
 */
class ErrorBodiesIT {
  @RegisterExtension
  static EmulatorExtension extension =
      EmulatorExtension.builder().demoWorkspaces(5).throttling(false).build();

  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String ADMIN = "/v1.0/myorg/admin";

  /** One request and the status it must get. {@code head} is the request line plus header lines. */
  private record Case(String name, int status, String head, String body) {}

  @Test
  void strictReader_twoDocuments_isRejected() {
    assertThatCode(() -> STRICT.readValue("{\"error\":{}}{\"error\":{}}", JsonNode.class))
        .isInstanceOf(Exception.class);
    assertThatCode(() -> STRICT.readValue("{\"error\":{}}", JsonNode.class))
        .doesNotThrowAnyException();
  }

  @Test
  void powerBiErrors_answerOneJsonDocument() {
    String auth = "\r\nAuthorization: Bearer " + demoToken();
    String workspace = emulator().powerBi().content().workspaces().get(0).id();
    String json = "\r\nContent-Type: application/json";
    List<Case> cases =
        new ArrayList<>(
            List.of(
                new Case(
                    "unknown scan result",
                    404,
                    "GET "
                        + ADMIN
                        + "/workspaces/scanResult/"
                        + UUID.randomUUID()
                        + " HTTP/1.1"
                        + auth,
                    ""),
                new Case(
                    "unknown scan status",
                    404,
                    "GET "
                        + ADMIN
                        + "/workspaces/scanStatus/"
                        + UUID.randomUUID()
                        + " HTTP/1.1"
                        + auth,
                    ""),
                new Case(
                    "unknown workspace",
                    404,
                    "GET " + ADMIN + "/groups/" + UUID.randomUUID() + " HTTP/1.1" + auth,
                    ""),
                new Case(
                    "unknown report",
                    404,
                    "GET " + ADMIN + "/reports/" + UUID.randomUUID() + "/users HTTP/1.1" + auth,
                    ""),
                new Case(
                    "malformed id", 400, "GET " + ADMIN + "/groups/not-a-guid HTTP/1.1" + auth, ""),
                new Case(
                    "bad $filter",
                    400,
                    "GET "
                        + ADMIN
                        + "/groups?$top=10&$filter="
                        + enc("nonsense eq")
                        + " HTTP/1.1"
                        + auth,
                    ""),
                new Case("missing $top", 400, "GET " + ADMIN + "/groups HTTP/1.1" + auth, ""),
                new Case(
                    "getInfo body not JSON",
                    400,
                    "POST " + ADMIN + "/workspaces/getInfo HTTP/1.1" + auth + json,
                    "not json"),
                new Case(
                    "getInfo no workspaces",
                    400,
                    "POST " + ADMIN + "/workspaces/getInfo HTTP/1.1" + auth + json,
                    "{\"workspaces\":[]}"),
                new Case(
                    "getInfo body too large",
                    413,
                    "POST " + ADMIN + "/workspaces/getInfo HTTP/1.1" + auth + json,
                    "{\"workspaces\":[\"" + "x".repeat(1_100_000) + "\"]}"),
                new Case(
                    "modifiedSince out of range",
                    400,
                    "GET "
                        + ADMIN
                        + "/workspaces/modified?modifiedSince=2000-01-01T00:00:00Z HTTP/1.1"
                        + auth,
                    ""),
                new Case(
                    "unknown admin route",
                    404,
                    "GET " + ADMIN + "/nothing/here HTTP/1.1" + auth,
                    ""),
                new Case(
                    "wrong method on an admin route",
                    404,
                    "DELETE " + ADMIN + "/groups HTTP/1.1" + auth,
                    ""),
                new Case("no token", 401, "GET " + ADMIN + "/groups?$top=1 HTTP/1.1", ""),
                new Case(
                    "garbage token",
                    401,
                    "GET " + ADMIN + "/groups?$top=1 HTTP/1.1\r\nAuthorization: Bearer abc.def.ghi",
                    ""),
                new Case(
                    "admin write by a service principal",
                    401,
                    "POST " + ADMIN + "/groups/" + workspace + "/users HTTP/1.1" + auth + json,
                    "{}")));
    String started =
        send(
                "POST " + ADMIN + "/workspaces/getInfo HTTP/1.1" + auth + json,
                "{\"workspaces\":[\"" + workspace + "\"]}")
            .json()
            .get("id")
            .asText();
    cases.add(
        new Case(
            "result of an unfinished scan",
            400,
            "GET " + ADMIN + "/workspaces/scanResult/" + started + " HTTP/1.1" + auth,
            ""));

    assertEveryCase(cases);
  }

  @Test
  void injectedFaults_answerOneJsonDocument() {
    String auth = "\r\nAuthorization: Bearer " + demoToken();
    manage(
        "PUT",
        "/emulator/faults",
        "{\"rules\":[{\"route\":\"Admin_GetCapacitiesAsAdmin\",\"errorRate\":1,\"errorStatus\":500},"
            + "{\"route\":\"Imports_GetImportsAsAdmin\",\"errorRate\":1,\"errorStatus\":503},"
            + "{\"route\":\"Apps_GetAppsAsAdmin\",\"throttleCount\":100}]}");
    try {
      assertEveryCase(
          List.of(
              new Case("injected 500", 500, "GET " + ADMIN + "/capacities HTTP/1.1" + auth, ""),
              new Case("injected 503", 503, "GET " + ADMIN + "/imports?$top=1 HTTP/1.1" + auth, ""),
              new Case("injected 429", 429, "GET " + ADMIN + "/apps?$top=1 HTTP/1.1" + auth, "")));
    } finally {
      manage("DELETE", "/emulator/faults", "");
    }
  }

  @Test
  void expiredToken_answersOneJsonDocument() {
    String auth = "\r\nAuthorization: Bearer " + demoToken();
    manage("POST", "/emulator/time/advance", "{\"duration\":\"PT3H\"}");

    assertEveryCase(
        List.of(
            new Case("expired token", 403, "GET " + ADMIN + "/groups?$top=1 HTTP/1.1" + auth, "")));
  }

  @Test
  void entraGraphManagementAndPortalErrors_answerOneJsonDocument() {
    String tenant = emulator().tenantId();
    String form = "\r\nContent-Type: application/x-www-form-urlencoded";
    String key = "\r\n" + ManagementApi.KEY_HEADER + ": " + emulator().managementKey();
    String sp = UUID.randomUUID().toString();
    assertEveryCase(
        List.of(
            new Case(
                "token request without grant",
                400,
                "POST /" + tenant + "/oauth2/v2.0/token HTTP/1.1" + form,
                "x=y"),
            new Case(
                "token request, wrong secret",
                401,
                "POST /" + tenant + "/oauth2/v2.0/token HTTP/1.1" + form,
                "grant_type=client_credentials&client_id="
                    + emulator().demo().orElseThrow().clientId()
                    + "&client_secret=wrong&scope="
                    + enc("https://analysis.windows.net/powerbi/api/.default")),
            new Case(
                "token endpoint, wrong method",
                405,
                "GET /" + tenant + "/oauth2/v2.0/token HTTP/1.1",
                ""),
            new Case(
                "discovery of an unknown tenant",
                400,
                "GET /" + UUID.randomUUID() + "/v2.0/.well-known/openid-configuration HTTP/1.1",
                ""),
            new Case(
                "Graph without a token",
                401,
                "GET /v1.0/servicePrincipals/" + sp + "/memberOf HTTP/1.1",
                ""),
            new Case(
                "Graph with a Power BI token",
                401,
                "GET /v1.0/servicePrincipals/"
                    + sp
                    + "/memberOf HTTP/1.1\r\nAuthorization: Bearer "
                    + demoToken(),
                ""),
            new Case("management without key", 401, "GET /emulator/apps HTTP/1.1", ""),
            new Case(
                "management, unknown workspace",
                404,
                "GET /emulator/workspaces/" + UUID.randomUUID() + " HTTP/1.1" + key,
                ""),
            new Case(
                "management, body not JSON",
                400,
                "PUT /emulator/settings/Anything HTTP/1.1"
                    + key
                    + "\r\nContent-Type: application/json",
                "not json"),
            new Case(
                "management, bad fault rule",
                400,
                "PUT /emulator/faults HTTP/1.1" + key + "\r\nContent-Type: application/json",
                "{\"rules\":[{\"route\":\"*\",\"errorStatus\":418}]}"),
            new Case("management, unknown route", 404, "GET /emulator/nothing HTTP/1.1" + key, ""),
            new Case("management, wrong method", 405, "PATCH /emulator/health HTTP/1.1", ""),
            new Case("portal, unknown asset", 404, "GET /portal/assets/nothing.js HTTP/1.1", "")));
  }

  @Test
  void serverLevelErrors_answerOneJsonDocument() {
    assertEveryCase(
        List.of(
            new Case("unknown route", 404, "GET /no/such/thing HTTP/1.1", ""),
            new Case(
                "unknown route, POST",
                404,
                "POST /no/such/thing HTTP/1.1\r\nContent-Type: text/plain",
                "x"),
            new Case("malformed request line", 400, "THIS IS NOT HTTP", ""),
            new Case(
                "bad header", 400, "GET /emulator/health HTTP/1.1\r\nNo colon in this header", ""),
            new Case(
                "URI too long",
                414,
                "GET /v1.0/myorg/admin/groups?x=" + "a".repeat(12 * 1024) + " HTTP/1.1",
                ""),
            new Case(
                "headers too large",
                431,
                "GET /emulator/health HTTP/1.1\r\nX-Big: " + "a".repeat(12 * 1024),
                ""),
            new Case("unsupported HTTP version", 505, "GET /emulator/health HTTP/7.0", "")));
  }

  private void assertEveryCase(List<Case> cases) {
    SoftAssertions soft = new SoftAssertions();
    for (Case c : cases) {
      RawHttp.Response r = send(c.head(), c.body());
      String what = c.name() + " → " + r.status() + " " + r.body();
      soft.assertThat(r.status()).as(what).isEqualTo(c.status());
      soft.assertThat(r.headers().get("content-type")).as(what).startsWith("application/json");
      soft.assertThatCode(() -> STRICT.readValue(r.body(), JsonNode.class))
          .as("exactly one JSON document: " + what)
          .doesNotThrowAnyException();
      soft.assertThat(r.body()).as(what).startsWith("{");
    }
    soft.assertAll();
  }

  private static RawHttp.Response send(String head, String body) {
    return new RawHttp(emulator()).send(head, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void manage(String method, String path, String body) {
    RawHttp.Response r =
        send(
            method
                + " "
                + path
                + " HTTP/1.1\r\n"
                + ManagementApi.KEY_HEADER
                + ": "
                + emulator().managementKey()
                + "\r\nContent-Type: application/json",
            body);
    assertThat(r.status()).as(r.body()).isLessThan(300);
  }

  private static String demoToken() {
    var demo = emulator().demo().orElseThrow();
    RawHttp.Response r =
        send(
            "POST /"
                + emulator().tenantId()
                + "/oauth2/v2.0/token HTTP/1.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded",
            "grant_type=client_credentials&client_id="
                + demo.clientId()
                + "&client_secret="
                + enc(demo.clientSecret())
                + "&scope="
                + enc("https://analysis.windows.net/powerbi/api/.default"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("access_token").asText();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Emulator emulator() {
    return extension.get();
  }
}
