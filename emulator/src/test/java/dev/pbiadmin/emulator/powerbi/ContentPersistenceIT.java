package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.Emulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content changed through the management API survives a clean restart and a {@code kill -9}: the
 * admin APIs and the scanner see it afterwards, with its original modified time.
 */
class ContentPersistenceIT {
  private static final String APP_ID = "7b0b58ae-7e21-4a0b-9d5d-1f5a4f1e8c11";

  @Test
  void restart_afterManagementChanges_adminApisAndScannerSeeThem(@TempDir Path dir) {
    String created = UUID.randomUUID().toString();
    String deleted;
    String touchedAt;
    try (Emulator first = Emulator.builder().dataDir(dir).demoWorkspaces(6).build().start()) {
      EmulatorHttp http = new EmulatorHttp(first);
      deleted = first.powerBi().content().workspaces().get(1).id();
      http.manage(
          "PUT",
          "/emulator/workspaces/" + created,
          Map.of("name", "Finance durable", "description", "kept"));
      http.manage(
          "POST",
          "/emulator/workspaces/" + created + "/users",
          Map.of(
              "identifier",
              APP_ID,
              "principalType",
              "App",
              "groupUserAccessRight",
              "Admin",
              "displayName",
              "auditor"));
      http.manage(
          "POST",
          "/emulator/workspaces/" + created + "/users",
          Map.of(
              "identifier",
              "gone@contoso.com",
              "principalType",
              "User",
              "groupUserAccessRight",
              "Viewer"));
      http.manage("DELETE", "/emulator/workspaces/" + created + "/users/gone@contoso.com", null);
      http.manage("DELETE", "/emulator/workspaces/" + deleted, null);
      touchedAt =
          http.manage("POST", "/emulator/workspaces/" + created + "/touch", null)
              .json()
              .get("modifiedAt")
              .asText();
    }
    try (Emulator second = Emulator.builder().dataDir(dir).demoWorkspaces(6).build().start()) {
      EmulatorHttp http = new EmulatorHttp(second);
      String token = http.demoToken();
      JsonNode group = http.get("/v1.0/myorg/admin/groups/" + created, token).json();
      assertThat(group.get("name").asText()).isEqualTo("Finance durable");
      JsonNode users =
          http.get("/v1.0/myorg/admin/groups/" + created + "/users", token).json().get("value");
      assertThat(users).hasSize(1);
      assertThat(users.get(0).get("identifier").asText()).isEqualTo(APP_ID);
      assertThat(users.get(0).get("groupUserAccessRight").asText()).isEqualTo("Admin");
      assertThat(
              http.get("/v1.0/myorg/admin/groups/" + deleted, token).json().get("state").asText())
          .isEqualTo("Deleted");
      assertThat(second.powerBi().content().workspace(created).orElseThrow().modifiedAt())
          .hasToString(touchedAt);

      String scanId =
          http.post(
                  "/v1.0/myorg/admin/workspaces/getInfo",
                  token,
                  "{\"workspaces\":[\"" + created + "\"]}")
              .json()
              .get("id")
              .asText();
      http.manage("POST", "/emulator/time/advance", Map.of("duration", "PT2M"));
      token = http.demoToken();
      JsonNode scanned =
          http.get("/v1.0/myorg/admin/workspaces/scanResult/" + scanId, token)
              .json()
              .get("workspaces")
              .get(0);
      assertThat(scanned.get("name").asText()).isEqualTo("Finance durable");
      assertThat(scanned.get("description").asText()).isEqualTo("kept");
    }
  }

  @Test
  void kill9_rightAfterAcknowledgement_keepsEveryAcknowledgedChange(@TempDir Path dir)
      throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ContentCrashWriter.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> acknowledged = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      String line;
      while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
        if (line.startsWith("acknowledged ")) {
          acknowledged.add(line.substring("acknowledged ".length()));
          if (acknowledged.size() >= 25) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertThat(acknowledged)
        .as("the child acknowledged changes before it was killed")
        .hasSizeGreaterThanOrEqualTo(25);

    try (Emulator restarted = Emulator.builder().dataDir(dir).demoWorkspaces(5).build().start()) {
      EmulatorHttp http = new EmulatorHttp(restarted);
      String token = http.demoToken();
      for (int i = 0; i < acknowledged.size(); i++) {
        EmulatorHttp.Response r =
            http.get("/v1.0/myorg/admin/groups/" + acknowledged.get(i), token);
        assertThat(r.status()).as("workspace %s", acknowledged.get(i)).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("crash-" + i);
      }
    }
  }
}
