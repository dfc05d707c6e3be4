package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.auth.ConnectionSettings;
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
 * The doctor's raw HTTP, beside the client library's pipeline on purpose: that pipeline retries
 * 429s and 5xx, refreshes a token on 403 {@code TokenExpired}, turns a 401 into an exception and
 * hides Entra ID's error body behind MSAL — each of which is exactly what the doctor has to see and
 * explain. So: no retries, no token refresh, no redirects; every status, header and body as the
 * service answered, and transport failures as an {@link Observed} too. What it shares with every
 * command is the rest of the connection: endpoints, credential and TLS trust, from the same {@link
 * ConnectionSettings}.
 */
final class Http {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private final HttpClient client;

  Http(HttpClient client) {
    this.client = client;
  }

  /**
   * An HTTPS client that trusts what every command trusts ({@code --ca-cert}, an emulator's CA).
   */
  static Http trusting(ConnectionSettings connection) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER);
    connection.sslContext().ifPresent(builder::sslContext);
    return new Http(builder.build());
  }

  Observed postForm(URI url, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send("POST", url, request);
  }

  Observed get(URI url, String bearer) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + bearer)
            .header("Accept", "application/json")
            .GET()
            .build();
    return send("GET", url, request);
  }

  Observed postJson(URI url, String bearer, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
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
      return new Observed(
          method, url, response.statusCode(), response.headers().map(), response.body(), null);
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
