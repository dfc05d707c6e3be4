package dev.pbiadmin.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.Emulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The emulator's management API ({@code /emulator/...}) over HTTPS: faults, the request log, directory changes. */
final class Management {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Emulator emulator;
  private final HttpClient http;

  Management(Emulator emulator) {
    this.emulator = emulator;
    this.http = HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
  }

  void faults(Object body) {
    send("PUT", "/emulator/faults", body);
  }

  /** PUTs {@code body} to a management path, e.g. a user under {@code /emulator/users/{objectId}}. */
  void put(String path, Object body) {
    send("PUT", path, body);
  }

  void reset() {
    send("DELETE", "/emulator/faults", null);
    send("DELETE", "/emulator/requests", null);
  }

  /** The logged Power BI requests of one operation, oldest first. */
  List<JsonNode> requests(String operationId) {
    List<JsonNode> result = new ArrayList<>();
    for (JsonNode entry : send("GET", "/emulator/requests?limit=1000", null)) {
      if (operationId.equals(entry.path("operationId").asText())) {
        result.add(entry);
      }
    }
    return result;
  }

  private JsonNode send(String method, String path, Object body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
              .header("X-Emulator-Key", emulator.managementKey())
              .header("Content-Type", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(method + " " + path + " -> " + response.statusCode());
      }
      return response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
