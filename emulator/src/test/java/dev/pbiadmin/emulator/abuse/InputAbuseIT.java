package dev.pbiadmin.emulator.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.powerbi.Operation;
import dev.pbiadmin.emulator.powerbi.OperationCatalog;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Junk ids, oversized and malformed bodies, wrong content types and random query strings against
 * the Power BI admin API, the token endpoint and the management API (issue 9 §3): always the exact
 * 4xx in the route's own envelope, never a 5xx, and the emulator stays healthy.
 */
class InputAbuseIT {
  /** Every service-principal admin GET with an id in its path, from the operation catalog. */
  private static final List<String> POWER_BI_ID_ROUTES =
      OperationCatalog.ofKind(Operation.Kind.ADMIN_SERVICE_PRINCIPAL).stream()
          .filter(o -> o.method().equals("GET") && o.path().contains("{"))
          .map(Operation::fullPath)
          .toList();

  /** Management routes with an id; GET where the route has one, else DELETE. */
  private static final List<String[]> MANAGEMENT_ID_ROUTES =
      List.of(
          new String[] {"GET", "/emulator/apps/{id}"},
          new String[] {"DELETE", "/emulator/apps/{id}"},
          new String[] {"DELETE", "/emulator/users/{id}"},
          new String[] {"DELETE", "/emulator/groups/{id}"},
          new String[] {"GET", "/emulator/settings/{id}"},
          new String[] {"GET", "/emulator/workspaces/{id}"},
          new String[] {"DELETE", "/emulator/workspaces/{id}"});

  private static final List<String> JUNK_IDS =
      List.of(
          "..%2F..%2Fetc%2Fpasswd",
          "%2e%2e",
          "%2e%2e%2f%2e%2e",
          "..;",
          "not-a-guid",
          "12345",
          UUID.randomUUID() + "x",
          "%00",
          UUID.randomUUID() + "%00",
          "%27%20or%201%3D1--",
          "%22%3E%3Cscript%3E",
          "a".repeat(2000),
          "%C0%AE%C0%AE",
          "%FF%FE",
          "%20",
          "%7Bid%7D");

  @RegisterExtension
  static EmulatorExtension extension =
      EmulatorExtension.builder().demoWorkspaces(2).throttling(false).build();

  static Abuse abuse;
  static String bearer;

  @BeforeAll
  static void setUp() {
    abuse = new Abuse(extension.get());
    bearer = "Bearer " + abuse.demoToken();
  }

  @AfterEach
  void healthy() {
    abuse.assertHealthy();
  }

  @Test
  void powerBiIdRoutes_junkIds_4xxEnvelopeNever5xx() {
    assertThat(POWER_BI_ID_ROUTES).hasSizeGreaterThan(20);
    for (String route : POWER_BI_ID_ROUTES) {
      for (String id : JUNK_IDS) {
        String path = route.replaceAll("\\{[A-Za-z]+}", id);
        Abuse.Reply r = abuse.get(path, bearer);
        assertThat(r.status()).as(path + " → " + r.body()).isIn(400, 404);
        assertThat(r.contentType()).as(path).startsWith("application/json");
        assertThat(r.json().path("error").path("code").asText())
            .as(path + " → " + r.body())
            .isIn("InvalidRequest", "PowerBIEntityNotFound", "NotFound", "BadRequest");
      }
    }
  }

  @Test
  void managementIdRoutes_junkIds_4xxEnvelopeNever5xx() {
    String key = extension.get().managementKey();
    for (String[] route : MANAGEMENT_ID_ROUTES) {
      for (String id : JUNK_IDS) {
        String path = route[1].replace("{id}", id);
        Abuse.Reply r = abuse.management(route[0], path, key, null, null);
        assertThat(r.status()).as(route[0] + " " + path + " → " + r.body()).isIn(400, 404);
        assertThat(r.json().path("error").path("code").asText()).as(path).isNotBlank();
      }
    }
  }

  @Test
  void managementKey_missingWrongOrNearMiss_401() {
    String key = extension.get().managementKey();
    String nearMiss = key.substring(0, key.length() - 1) + (key.endsWith("a") ? "b" : "a");
    for (String presented :
        new String[] {
          null,
          "",
          "wrong",
          nearMiss,
          key + "x",
          key.substring(1),
          key.toUpperCase(),
          "Bearer " + key
        }) {
      Abuse.Reply r = abuse.management("GET", "/emulator/apps", presented, null, null);
      assertThat(r.status()).as(String.valueOf(presented)).isEqualTo(401);
      assertThat(r.json().path("error").path("code").asText()).isNotBlank();
      assertThat(r.body()).doesNotContain(key);
    }
    assertThat(abuse.management("GET", "/emulator/apps", key, null, null).status()).isEqualTo(200);
  }

  @Test
  void tokenEndpoint_oversizedMalformedOrWrongContentType_entraError() {
    Emulator e = extension.get();
    String path = "/" + e.tenantId() + "/oauth2/v2.0/token";
    String megabyte = "grant_type=client_credentials&x=" + "a".repeat(1 << 20);
    abuse
        .post(path, null, "application/x-www-form-urlencoded", megabyte)
        .assertEntraError(413, "invalid_request", 9002313);
    abuse
        .post(path, null, "application/json", "{\"grant_type\":\"client_credentials\"}")
        .assertEntraError(400, "invalid_request", 900144);
    abuse
        .post(path, null, "application/x-www-form-urlencoded", "%%%&&&==%zz")
        .assertEntraError(400, "invalid_request", 9002313);
    abuse
        .post(path, null, "text/plain", "grant_type=client_credentials")
        .assertEntraError(400, "invalid_request", 900144);
  }

  @Test
  void getInfo_oversizedMalformedOrWrongContentType_400or413() {
    String path = "/v1.0/myorg/admin/workspaces/getInfo";
    String megabyte = "{\"workspaces\":[\"" + "a".repeat(1 << 20) + "\"]}";
    assertThat(abuse.post(path, bearer, "application/json", megabyte).status()).isEqualTo(413);
    for (String body :
        new String[] {
          "{", "null", "{\"workspaces\":[1,2]}", "\u0000", "{\"workspaces\":[\"../x\"]}"
        }) {
      abuse.post(path, bearer, "application/json", body).assertPowerBiError(400, "InvalidRequest");
    }
    Abuse.Reply wrongType = abuse.post(path, bearer, "text/plain", "workspaces=1");
    assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);
  }

  @Test
  void managementWrites_oversizedMalformedOrWrongContentType_4xx() {
    String key = extension.get().managementKey();
    String megabyte = "{\"value\":\"" + "a".repeat(1 << 20) + "\"}";
    abuse
        .management(
            "PUT",
            "/emulator/settings/AllowServicePrincipalsUseReadAdminAPIs",
            null,
            "application/json",
            megabyte)
        .assertPowerBiError(413, "RequestTooLarge");
    for (String body : new String[] {"{", "[]", "null", "\"x\"", "{\"enabled\":\"maybe\"}"}) {
      Abuse.Reply r =
          abuse.management(
              "PUT",
              "/emulator/settings/AllowServicePrincipalsUseReadAdminAPIs",
              key,
              "application/json",
              body);
      assertThat(r.status()).as(body + " → " + r.body()).isEqualTo(400);
      assertThat(r.json().path("error").path("code").asText()).isNotBlank();
    }
    Abuse.Reply r = abuse.management("PUT", "/emulator/faults", key, "text/plain", "not json");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
  }

  @Test
  void randomQueryStrings_boundedLoop_never5xx() {
    Random random = new Random(20261127L);
    String[] paths = {
      "/v1.0/myorg/admin/groups",
      "/v1.0/myorg/admin/reports",
      "/v1.0/myorg/admin/activityevents",
      "/v1.0/myorg/admin/workspaces/modified",
      "/v1.0/myorg/admin/datasets",
      "/v1.0/myorg/admin/apps"
    };
    String[] names = {
      "$top",
      "$skip",
      "$filter",
      "$expand",
      "startDateTime",
      "endDateTime",
      "continuationToken",
      "modifiedSince",
      "excludePersonalWorkspaces",
      "x",
      "",
      "%00",
      "$top%00"
    };
    String alphabet = "abcXYZ019'\"%&=?#/\\ ()<>;:,.-_~!$*+@";
    long deadline = System.nanoTime() + 20_000_000_000L;
    int cases = 0;
    while (cases < 1000 && System.nanoTime() < deadline) {
      StringBuilder query = new StringBuilder();
      for (int n = random.nextInt(4); n >= 0; n--) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(names[random.nextInt(names.length)])
            .append('=');
        for (int len = random.nextInt(40); len > 0; len--) {
          char c = alphabet.charAt(random.nextInt(alphabet.length()));
          query.append(
              c == '%'
                  ? "%" + String.format("%02X", random.nextInt(256))
                  : Abuse.enc(String.valueOf(c)));
        }
      }
      String path = paths[random.nextInt(paths.length)] + query;
      Abuse.Reply r = abuse.get(path, bearer);
      assertThat(r.status()).as(path + " → " + r.body()).isLessThan(500);
      if (r.status() >= 400 && r.status() != 429) {
        assertThat(r.json().path("error").path("code").asText()).as(path).isNotBlank();
      }
      cases++;
    }
    assertThat(cases).as("cases run within 20 s").isGreaterThanOrEqualTo(200);
  }
}
