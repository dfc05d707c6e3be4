package dev.pbiadmin.emulator.portal;

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
import java.util.Optional;

/**
 * Plain HTTPS calls to a running emulator for the portal tests: tokens, Power BI, management API.
 */
final class PortalClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private final Emulator emulator;
  private final HttpClient http;

  PortalClient(Emulator emulator) {
    this.emulator = emulator;
    this.http =
        HttpClient.newBuilder()
            .sslContext(emulator.sslContext())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  record Response(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  /**
   * A client-credentials token request for the Power BI resource, as a confidential client sends
   * it.
   */
  Response tokenRequest(String clientId, String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + clientId
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8)
            + "&scope="
            + URLEncoder.encode(
                "https://analysis.windows.net/powerbi/api/.default", StandardCharsets.UTF_8);
    return send(
        request("/" + emulator.tenantId() + "/oauth2/v2.0/token")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  String demoToken() {
    var demo = emulator.demo().orElseThrow();
    Response r = tokenRequest(demo.clientId(), demo.clientSecret());
    if (r.status() != 200) {
      throw new IllegalStateException("token request failed: " + r.status());
    }
    return r.json().get("access_token").asText();
  }

  Response powerBi(String pathAndQuery, String token) {
    return send(request(pathAndQuery).header("Authorization", "Bearer " + token).GET());
  }

  /** A management API call with the key; fails the test on an error status. */
  JsonNode manage(String method, String path, Object body) {
    try {
      Response r =
          send(
              request(path)
                  .header(ManagementApi.KEY_HEADER, emulator.managementKey())
                  .header("Content-Type", "application/json")
                  .method(
                      method,
                      body == null
                          ? HttpRequest.BodyPublishers.noBody()
                          : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
      if (r.status() >= 400) {
        throw new IllegalStateException(
            method + " " + path + " failed: " + r.status() + " " + r.body());
      }
      return r.body().isEmpty() ? null : r.json();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any request, with the given extra headers (cookie, CSRF marker, Origin). */
  Response call(
      String method, String path, String body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder b =
        request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    return send(b);
  }

  /** Signs in with {@code key} through the login form; the answer carries the cookie on success. */
  Response login(String key) {
    return call(
        "POST",
        "/portal/login",
        "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8),
        "application/x-www-form-urlencoded",
        Map.of());
  }

  /** The session cookie's {@code name=value} from a successful sign-in. */
  static String cookie(Response login) {
    String setCookie = login.header("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
        .timeout(Duration.ofSeconds(30));
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
