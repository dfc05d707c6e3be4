package dev.pbiadmin.client.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.Emulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The emulator's management API ({@code /emulator/...}, docs/management-api.md) over HTTPS. */
final class Management {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Emulator emulator;
  private final HttpClient http;

  Management(Emulator emulator) {
    this.emulator = emulator;
    this.http = HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
  }

  JsonNode put(String path, Object body) {
    return send("PUT", path, body);
  }

  JsonNode post(String path, Object body) {
    return send("POST", path, body);
  }

  JsonNode delete(String path) {
    return send("DELETE", path, null);
  }

  JsonNode get(String path) {
    return send("GET", path, null);
  }

  private JsonNode send(String method, String path, Object body) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
          .header("X-Emulator-Key", emulator.managementKey())
          .header("Content-Type", "application/json");
      b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + new String(r.body()));
      }
      return r.body().length == 0 ? null : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
