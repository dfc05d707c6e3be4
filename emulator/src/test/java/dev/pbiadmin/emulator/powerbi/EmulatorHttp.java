package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.manage.ManagementApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Talks to a running emulator over real HTTPS, as a client would: tokens from its token endpoint,
 * Power BI calls with them, and the management API with the key. For integration tests.
 */
public final class EmulatorHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  public static final String POWER_BI_SCOPE = "https://analysis.windows.net/powerbi/api/.default";
  public static final String FABRIC_SCOPE = "https://api.fabric.microsoft.com/.default";
  private final Emulator emulator;
  private final HttpClient http;

  public EmulatorHttp(Emulator emulator) {
    this.emulator = emulator;
    this.http =
        HttpClient.newBuilder()
            .sslContext(emulator.sslContext())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** An app-only token from the v2 endpoint for the Power BI resource. */
  public String appToken(String clientId, String secret) {
    return appToken(clientId, secret, POWER_BI_SCOPE);
  }

  /** An app-only token from the v2 endpoint for {@code scope} ({@code <resource>/.default}). */
  public String appToken(String clientId, String secret, String scope) {
    Response r =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        emulator.baseUrl() + "/" + emulator.tenantId() + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                clientId,
                                "client_secret",
                                secret,
                                "scope",
                                scope)))));
    if (r.status() != 200) {
      throw new IllegalStateException("token request failed: " + r.status() + " " + r.body());
    }
    return r.json().get("access_token").asText();
  }

  /** A delegated token for a user (password grant) with the app's consented Power BI scopes. */
  public String userToken(String clientId, String secret, String upn, String password) {
    return userToken(clientId, secret, upn, password, POWER_BI_SCOPE);
  }

  /**
   * A delegated token for a user (password grant) for {@code scope}, with the app's consented
   * scopes.
   */
  public String userToken(
      String clientId, String secret, String upn, String password, String scope) {
    Response r =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        emulator.baseUrl() + "/" + emulator.tenantId() + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                clientId,
                                "client_secret",
                                secret,
                                "username",
                                upn,
                                "password",
                                password,
                                "scope",
                                scope)))));
    if (r.status() != 200) {
      throw new IllegalStateException("token request failed: " + r.status() + " " + r.body());
    }
    return r.json().get("access_token").asText();
  }

  public String demoToken() {
    return demoToken(POWER_BI_SCOPE);
  }

  public String demoToken(String scope) {
    return appToken(
        emulator.demo().orElseThrow().clientId(),
        emulator.demo().orElseThrow().clientSecret(),
        scope);
  }

  public Response get(String pathAndQuery, String token) {
    return send(request(pathAndQuery, token).GET());
  }

  public Response post(String pathAndQuery, String token, String body) {
    return send(
        request(pathAndQuery, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response method(String method, String pathAndQuery, String token, String body) {
    return send(
        request(pathAndQuery, token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A management API call with the key; {@code body} null for none. Fails on an error status. */
  public Response manage(String method, String path, Object body) {
    Response r = manageRaw(method, path, body);
    if (r.status() >= 400) {
      throw new IllegalStateException(
          method + " " + path + " failed: " + r.status() + " " + r.body());
    }
    return r;
  }

  /** A management API call with the key, whatever it answers. */
  public Response manageRaw(String method, String path, Object body) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
              .header(ManagementApi.KEY_HEADER, emulator.managementKey())
              .header("Content-Type", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      return send(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates an app with a secret through the management API; no permissions, in no group. */
  public NewApp newApp(String name) {
    String clientId = UUID.randomUUID().toString();
    String spId = UUID.randomUUID().toString();
    manage(
        "PUT",
        "/emulator/apps/" + clientId,
        Map.of("displayName", name, "servicePrincipalId", spId));
    String secret =
        manage("POST", "/emulator/apps/" + clientId + "/secrets", Map.of())
            .json()
            .get("secretText")
            .asText();
    return new NewApp(clientId, spId, secret);
  }

  /** Creates a security group holding the given service principals. */
  public String newGroup(String type, String... servicePrincipalIds) {
    String id = UUID.randomUUID().toString();
    manage(
        "PUT",
        "/emulator/groups/" + id,
        Map.of(
            "displayName",
            "group " + id,
            "groupType",
            type,
            "members",
            java.util.Arrays.stream(servicePrincipalIds)
                .map(sp -> Map.of("kind", "ServicePrincipal", "id", sp))
                .toList()));
    return id;
  }

  public void setting(String name, boolean enabled, java.util.List<String> groups) {
    manage(
        "PUT",
        "/emulator/settings/" + name,
        Map.of("enabled", enabled, "enabledSecurityGroups", groups));
  }

  private HttpRequest.Builder request(String pathAndQuery, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Percent-encodes a query value (spaces as %20, as OData clients send them). */
  public static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + q(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  public record NewApp(String clientId, String servicePrincipalId, String secret) {}

  public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }
}
