package dev.pbiadmin.emulator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.Emulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator's management API ({@code /emulator/...}, docs/management-api.md) over HTTPS, as
 * every module's integration tests drive it: faults, the request log, directory changes.
 */
public final class Management {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Emulator emulator;
  private final HttpClient http;

  public Management(Emulator emulator) {
    this.emulator = emulator;
    this.http = HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
  }

  public JsonNode put(String path, Object body) {
    return send("PUT", path, body);
  }

  public JsonNode post(String path, Object body) {
    return send("POST", path, body);
  }

  public JsonNode delete(String path) {
    return send("DELETE", path, null);
  }

  public JsonNode get(String path) {
    return send("GET", path, null);
  }

  /** Replaces the injected faults ({@code {"seed":…,"rules":[…]}}). */
  public void faults(Object body) {
    put("/emulator/faults", body);
  }

  /** No faults, an empty request log. */
  public void reset() {
    delete("/emulator/faults");
    delete("/emulator/requests");
  }

  /** The logged Power BI requests of one operation, oldest first. */
  public List<JsonNode> requests(String operationId) {
    List<JsonNode> result = new ArrayList<>();
    for (JsonNode entry : get("/emulator/requests?limit=1000")) {
      if (operationId.equals(entry.path("operationId").asText())) {
        result.add(entry);
      }
    }
    return result;
  }

  private JsonNode send(String method, String path, Object body) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
              .header("X-Emulator-Key", emulator.managementKey())
              .header("Content-Type", "application/json");
      b.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + " -> " + r.statusCode() + " " + new String(r.body()));
      }
      return r.body().length == 0 ? JSON.nullNode() : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
