package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds misconfigurations through the emulator's management API over HTTPS, as an operator would.
 * Test-side only: the doctor itself never calls {@code /emulator/...}.
 */
final class EmulatorAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final URI base;
  private final String key;

  EmulatorAdmin(HttpClient http, URI base, String key) {
    this.http = http;
    this.base = base;
    this.key = key;
  }

  /** A new app registration with a service principal; returns {clientId, servicePrincipalId}. */
  App newApp(String name) {
    String clientId = UUID.randomUUID().toString();
    JsonNode app = send("PUT", "/emulator/apps/" + clientId, Map.of("displayName", name));
    return new App(clientId, app.path("servicePrincipalId").asText());
  }

  /**
   * A new app that may read its group memberships in Microsoft Graph: Directory.Read.All both calls
   * {@code transitiveMemberOf} and reads the groups' properties (a Graph permission, allowed).
   */
  App newGraphReader(String name) {
    App app = newApp(name);
    send(
        "PUT",
        "/emulator/apps/" + app.clientId() + "/permissions",
        Map.of(
            "permissions",
            List.of(
                Map.of(
                    "resource",
                    "https://graph.microsoft.com",
                    "name",
                    "Directory.Read.All",
                    "type",
                    "Application",
                    "adminConsentGranted",
                    true))));
    return app;
  }

  String addSecret(String clientId, String expiresAtOrNull) {
    Map<String, Object> body =
        expiresAtOrNull == null
            ? Map.of("description", "doctor-it")
            : Map.of("description", "doctor-it", "expiresAt", expiresAtOrNull);
    return send("POST", "/emulator/apps/" + clientId + "/secrets", body)
        .path("secretText")
        .asText();
  }

  String newGroup(String name, String type, String... servicePrincipalIds) {
    String id = UUID.randomUUID().toString();
    var members =
        java.util.Arrays.stream(servicePrincipalIds)
            .map(sp -> Map.of("kind", "ServicePrincipal", "id", sp))
            .toList();
    send(
        "PUT",
        "/emulator/groups/" + id,
        Map.of("displayName", name, "groupType", type, "members", members));
    return id;
  }

  /**
   * A group whose members are given as the management API spells them ({@code kind}, {@code id}).
   */
  String newGroupOf(String name, String type, List<Map<String, String>> members) {
    String id = UUID.randomUUID().toString();
    send(
        "PUT",
        "/emulator/groups/" + id,
        Map.of("displayName", name, "groupType", type, "members", members));
    return id;
  }

  void addMember(String groupId, String servicePrincipalId) {
    send(
        "POST",
        "/emulator/groups/" + groupId + "/members",
        Map.of("kind", "ServicePrincipal", "id", servicePrincipalId));
  }

  JsonNode setting(String name) {
    return send("GET", "/emulator/settings/" + name, null);
  }

  void putSetting(String name, Map<String, Object> body) {
    send("PUT", "/emulator/settings/" + name, body);
  }

  JsonNode send(String method, String path, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .header("X-Emulator-Key", key)
              .header("Content-Type", "application/json");
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            method + " " + path + " → " + response.statusCode() + ": " + response.body());
      }
      return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  record App(String clientId, String servicePrincipalId) {}
}
