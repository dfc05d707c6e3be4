package dev.pbiadmin.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.TenantSetting;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State survives a clean restart and a {@code kill -9} in the middle of writes. */
class PersistenceIT {
  static final String SCOPE = "https://analysis.windows.net/powerbi/api/.default";

  @Test
  void restart_sameDataDir_keepsTenantSecretsSigningKeyAndWrites(@TempDir Path dir) {
    String tenantId;
    String token;
    DemoCredentials demo;
    String appClientId = UUID.randomUUID().toString();
    try (Emulator first = Emulator.builder().dataDir(dir).build().start()) {
      tenantId = first.tenantId();
      demo = first.demo().orElseThrow();
      token = tokenFor(first, demo).json().get("access_token").asText();
      first
          .directory()
          .saveApp(
              new AppRegistration(
                  appClientId,
                  UUID.randomUUID().toString(),
                  "added",
                  List.of(),
                  List.of(),
                  List.of()));
      first
          .directory()
          .saveSetting(
              new TenantSetting(
                  TenantSetting.EXPRESSIONS, "x", false, List.of(), List.of(), Instant.EPOCH));
    }
    try (Emulator second = Emulator.builder().dataDir(dir).build().start()) {
      assertThat(second.tenantId()).isEqualTo(tenantId);
      assertThat(second.demo()).contains(demo);
      assertThat(second.directory().findAppByClientId(appClientId)).isPresent();
      assertThat(second.directory().findSetting(TenantSetting.EXPRESSIONS).orElseThrow().enabled())
          .isFalse();
      assertThat(tokenFor(second, demo).status()).isEqualTo(200);
      // the signing key persisted, so a token from before the restart still validates
      assertThat(second.tokenValidator().validate(token).appId()).isEqualTo(demo.clientId());
    }
  }

  @Test
  void kill9_duringWrites_keepsEveryCommittedWriteAndAConsistentDatabase(@TempDir Path dir)
      throws Exception {
    Process child =
        new ProcessBuilder(
                javaBinary(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int lastCommitted = -1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      String line;
      while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          lastCommitted = Integer.parseInt(line.substring("committed ".length()));
          if (lastCommitted >= 40) {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no clean close
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertThat(lastCommitted)
        .as("the child committed writes before it was killed")
        .isGreaterThanOrEqualTo(40);

    try (Emulator restarted = Emulator.builder().dataDir(dir).build().start()) {
      Set<String> names =
          restarted.directory().apps().stream()
              .map(AppRegistration::displayName)
              .collect(Collectors.toSet());
      for (int i = 0; i <= lastCommitted; i++) {
        assertThat(names).contains("crash-" + i);
      }
      String integrity = integrityCheck(dir);
      assertThat(integrity).isEqualTo("ok");
      DemoCredentials demo = restarted.demo().orElseThrow();
      assertThat(tokenFor(restarted, demo).status()).isEqualTo(200);
    }
  }

  private static String integrityCheck(Path dir) throws Exception {
    try (var connection =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("emulator.db"));
        Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static TokenClient.Reply tokenFor(Emulator emulator, DemoCredentials demo) {
    return new TokenClient(emulator)
        .post(
            "/" + emulator.tenantId() + "/oauth2/v2.0/token",
            TokenClient.form(
                "grant_type",
                "client_credentials",
                "client_id",
                demo.clientId(),
                "client_secret",
                demo.clientSecret(),
                "scope",
                SCOPE));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
