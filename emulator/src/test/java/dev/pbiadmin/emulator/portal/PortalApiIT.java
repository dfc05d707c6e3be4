package dev.pbiadmin.emulator.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's sign-in, session cookie and CSRF rules over real HTTPS, and the management routes
 * the portal added (workspace search, secret removal), including their bad-input answers.
 */
class PortalApiIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(120).build();

  private PortalClient client() {
    return new PortalClient(EMULATOR.get());
  }

  private Map<String, String> script(String cookie) {
    return Map.of("Cookie", cookie, PortalGuard.CSRF_HEADER, "1");
  }

  @Test
  void portal_noSession_servesLoginPageWithStrictSecurityHeaders() {
    PortalClient.Response r = client().call("GET", "/portal", null, null, Map.of());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("Management key").doesNotContain("{{message}}");
    assertThat(r.header("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(r.header("Cache-Control")).contains("no-store");
  }

  @Test
  void login_wrongKey_401WithoutCookieOrEcho() {
    PortalClient.Response r = client().login("wrong-key-<script>alert(1)</script>");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("Set-Cookie")).isEmpty();
    assertThat(r.body())
        .contains("not this emulator")
        .doesNotContain("wrong-key")
        .doesNotContain("<script>alert");
  }

  @Test
  void login_rightKey_setsHttpOnlySecureStrictCookieWithoutTheKey() {
    PortalClient.Response r = client().login(EMULATOR.get().managementKey());

    assertThat(r.status()).isEqualTo(303);
    assertThat(r.header("Location")).contains("/portal");
    String setCookie = r.header("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .startsWith(PortalGuard.COOKIE + "=")
        .contains("; HttpOnly")
        .contains("; Secure")
        .contains("; SameSite=Strict")
        .contains("; Path=/")
        .doesNotContain(EMULATOR.get().managementKey());
    assertThat(
            client()
                .call("GET", "/portal", null, null, Map.of("Cookie", PortalClient.cookie(r)))
                .body())
        .contains("Tenant settings");
  }

  @Test
  void managementApi_sessionWithCsrfHeader_authorized() {
    String cookie = PortalClient.cookie(client().login(EMULATOR.get().managementKey()));

    PortalClient.Response r = client().call("GET", "/emulator/apps", null, null, script(cookie));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().isArray()).isTrue();
  }

  @Test
  void managementApi_sessionWithoutCsrfHeader_401Json() {
    String cookie = PortalClient.cookie(client().login(EMULATOR.get().managementKey()));

    PortalClient.Response r =
        client()
            .call(
                "PUT",
                "/emulator/settings/AllowServicePrincipalsUseReadAdminAPIs",
                "{\"enabled\":false}",
                "application/json",
                Map.of("Cookie", cookie));

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().at("/error/code").asText()).isEqualTo("Unauthorized");
    assertThat(
            EMULATOR
                .get()
                .directory()
                .findSetting("AllowServicePrincipalsUseReadAdminAPIs")
                .orElseThrow()
                .enabled())
        .isTrue();
  }

  @Test
  void managementApi_sessionFromAnotherOrigin_401() {
    String cookie = PortalClient.cookie(client().login(EMULATOR.get().managementKey()));
    Map<String, String> headers = new HashMap<>(script(cookie));
    headers.put("Origin", "https://evil.example");

    assertThat(client().call("GET", "/emulator/apps", null, null, headers).status()).isEqualTo(401);
    headers.put("Origin", EMULATOR.get().baseUrl().toString());
    headers.put("Sec-Fetch-Site", "cross-site");
    assertThat(client().call("GET", "/emulator/apps", null, null, headers).status()).isEqualTo(401);
  }

  @Test
  void portalInfo_withoutSession_401JsonAndWithSession_propagationDelay() {
    PortalClient.Response anonymous =
        client().call("GET", "/portal/api/info", null, null, Map.of(PortalGuard.CSRF_HEADER, "1"));
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().at("/error/code").asText()).isEqualTo("Unauthorized");

    String cookie = PortalClient.cookie(client().login(EMULATOR.get().managementKey()));
    JsonNode info = client().call("GET", "/portal/api/info", null, null, script(cookie)).json();
    assertThat(info.get("tenantId").asText()).isEqualTo(EMULATOR.get().tenantId());
    assertThat(info.get("propagationDelaySeconds").asLong()).isZero();
  }

  @Test
  void logout_endsTheSession() {
    String cookie = PortalClient.cookie(client().login(EMULATOR.get().managementKey()));

    PortalClient.Response out =
        client().call("POST", "/portal/logout", null, null, Map.of("Cookie", cookie));

    assertThat(out.status()).isEqualTo(303);
    assertThat(out.header("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    assertThat(client().call("GET", "/emulator/apps", null, null, script(cookie)).status())
        .isEqualTo(401);
  }

  @Test
  void badInput_jsonErrorsNever500() {
    PortalClient c = client();
    assertThat(c.call("GET", "/portal/assets/..%2Fapp.html", null, null, Map.of()).status())
        .isEqualTo(404);
    assertThat(
            c.call("GET", "/portal/assets/app.html", null, null, Map.of())
                .json()
                .at("/error/code")
                .asText())
        .isEqualTo("NotFound");
    assertThat(
            c.call("POST", "/portal/login", "{\"key\":\"x\"}", "application/json", Map.of())
                .status())
        .isEqualTo(401);
    assertThat(
            c.call("POST", "/portal/login", "%%%", "application/x-www-form-urlencoded", Map.of())
                .status())
        .isEqualTo(401);
    assertThat(c.call("GET", "/portal/api/nothing", null, null, Map.of()).status()).isEqualTo(404);
  }

  @Test
  void workspaces_searchAndPage_returnsOnlyThePage() {
    PortalClient c = client();
    JsonNode all = c.manage("GET", "/emulator/workspaces?top=50&skip=100", null);
    assertThat(all.get("matches").asInt())
        .isEqualTo(EMULATOR.get().powerBi().content().workspaces().size());
    assertThat(all.get("workspaces")).hasSize(all.get("matches").asInt() - 100);

    String name = EMULATOR.get().powerBi().content().workspaces().get(7).name();
    JsonNode found =
        c.manage(
            "GET",
            "/emulator/workspaces?top=10&search="
                + java.net.URLEncoder.encode(
                    name.toUpperCase(java.util.Locale.ROOT),
                    java.nio.charset.StandardCharsets.UTF_8),
            null);
    assertThat(found.get("workspaces").findValuesAsText("name")).contains(name);
    assertThat(c.manage("GET", "/emulator/workspaces", null).has("workspaces")).isFalse();
  }

  @Test
  void workspaces_badPaging_400Json() {
    PortalClient.Response r =
        client()
            .call(
                "GET",
                "/emulator/workspaces?top=abc",
                null,
                null,
                Map.of(
                    dev.pbiadmin.emulator.manage.ManagementApi.KEY_HEADER,
                    EMULATOR.get().managementKey()));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/error/code").asText()).isEqualTo("BadRequest");
  }

  @Test
  void removeSecret_secretStopsWorking() {
    PortalClient c = client();
    String clientId = java.util.UUID.randomUUID().toString();
    c.manage("PUT", "/emulator/apps/" + clientId, Map.of("displayName", "secret removal"));
    String secret =
        c.manage("POST", "/emulator/apps/" + clientId + "/secrets", Map.of())
            .get("secretText")
            .asText();
    assertThat(c.tokenRequest(clientId, secret).status()).isEqualTo(200);
    String secretId =
        c.manage("GET", "/emulator/apps/" + clientId, null).at("/secrets/0/id").asText();

    JsonNode app = c.manage("DELETE", "/emulator/apps/" + clientId + "/secrets/" + secretId, null);

    assertThat(app.get("secrets")).isEmpty();
    assertThat(c.tokenRequest(clientId, secret).status()).isEqualTo(401);
    PortalClient.Response again =
        c.call(
            "DELETE",
            "/emulator/apps/" + clientId + "/secrets/" + secretId,
            null,
            null,
            Map.of(
                dev.pbiadmin.emulator.manage.ManagementApi.KEY_HEADER,
                EMULATOR.get().managementKey()));
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.json().at("/error/code").asText()).isEqualTo("NotFound");
  }
}
