package dev.pbiadmin.cli.doctor;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The doctor's raw HTTP: no retries, no token refresh, no redirects, so every status and body is
 * exactly what the service answered. Transport failures come back as an {@link Observed} too.
 */
final class Http {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private final HttpClient client;

  Http(HttpClient client) {
    this.client = client;
  }

  static HttpClient defaultClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  Observed postForm(URI url, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return send("POST", url, request);
  }

  Observed get(URI url, String bearer) {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + bearer)
        .header("Accept", "application/json")
        .GET()
        .build();
    return send("GET", url, request);
  }

  Observed postJson(URI url, String bearer, String json) {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + bearer)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return send("POST", url, request);
  }

  private Observed send(String method, URI url, HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Observed(method, url, response.statusCode(), response.headers().map(), response.body(), null);
    } catch (IOException e) {
      return Observed.failed(method, url, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Observed.failed(method, url, "interrupted");
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
