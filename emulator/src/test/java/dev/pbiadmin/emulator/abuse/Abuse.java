package dev.pbiadmin.emulator.abuse;

import static org.assertj.core.api.Assertions.assertThat;

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

/** HTTPS calls and the envelope assertions the abuse suite shares. */
final class Abuse {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String POWER_BI_SCOPE = "https://analysis.windows.net/powerbi/api/.default";
  private final Emulator emulator;
  private final HttpClient http;

  Abuse(Emulator emulator) {
    this.emulator = emulator;
    this.http =
        HttpClient.newBuilder()
            .sslContext(emulator.sslContext())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  String demoToken() {
    var demo = emulator.demo().orElseThrow();
    Reply r =
        send(
            HttpRequest.newBuilder(uri("/" + emulator.tenantId() + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id="
                            + demo.clientId()
                            + "&client_secret="
                            + enc(demo.clientSecret())
                            + "&scope="
                            + enc(POWER_BI_SCOPE))));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("access_token").asText();
  }

  Reply get(String path, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  Reply management(String method, String path, String key, String contentType, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header(ManagementApi.KEY_HEADER, key);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  Reply post(String path, String authorization, String contentType, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void assertHealthy() {
    Reply r = get("/emulator/health", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
  }

  URI uri(String path) {
    return URI.create(emulator.baseUrl() + path);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  record Reply(int status, String body, String contentType) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    /** Power BI's (and the management API's) {@code {"error":{"code":...}}} envelope. */
    Reply assertPowerBiError(int expectedStatus, String code) {
      assertThat(status).as(body).isEqualTo(expectedStatus);
      assertThat(contentType).as(body).startsWith("application/json");
      assertThat(json().path("error").path("code").asText()).as(body).isEqualTo(code);
      return this;
    }

    /**
     * Entra's OAuth error body: {@code error}, {@code error_description} with the AADSTS code,
     * {@code error_codes}.
     */
    Reply assertEntraError(int expectedStatus, String error, int aadsts) {
      assertThat(status).as(body).isEqualTo(expectedStatus);
      assertThat(contentType).as(body).startsWith("application/json");
      JsonNode json = json();
      assertThat(json.path("error").asText()).as(body).isEqualTo(error);
      assertThat(json.path("error_description").asText())
          .as(body)
          .startsWith("AADSTS" + aadsts + ":");
      assertThat(json.path("error_codes").get(0).asInt()).as(body).isEqualTo(aadsts);
      return this;
    }
  }
}
