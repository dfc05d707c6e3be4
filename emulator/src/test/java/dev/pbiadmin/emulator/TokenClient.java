package dev.pbiadmin.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain form posts to the emulator's token endpoints, trusting its CA. */
public final class TokenClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Emulator emulator;
  private final HttpClient http;

  public TokenClient(Emulator emulator) {
    this.emulator = emulator;
    this.http =
        HttpClient.newBuilder()
            .sslContext(emulator.sslContext())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public HttpClient http() {
    return http;
  }

  public Reply post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = JSON.readTree(response.body());
      } catch (IOException e) {
        // not JSON: the assertion on json() will say so
      }
      return new Reply(response.statusCode(), json, response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path)).GET());
  }

  public static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  /** A response: status, parsed JSON body (or null), and the raw response. */
  public record Reply(int status, JsonNode json, HttpResponse<String> raw) {}
}
