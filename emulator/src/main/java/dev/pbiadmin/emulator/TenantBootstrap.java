package dev.pbiadmin.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.content.TenantFileContent;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.directory.SqliteDirectory;
import dev.pbiadmin.emulator.directory.TenantFile;
import dev.pbiadmin.emulator.directory.TenantSeed;
import dev.pbiadmin.emulator.directory.User;
import dev.pbiadmin.emulator.spi.EmulatorConfig;
import dev.pbiadmin.emulator.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the directory of a data directory, seeding it on first start from the tenant file or with
 * the demo tenant. The demo's clear secret lives only in {@code emulator.json} (the database keeps
 * its hash); if that file is gone, a fresh secret and password are issued.
 */
final class TenantBootstrap {
  private static final Logger log = LoggerFactory.getLogger(TenantBootstrap.class);
  private static final String DEMO_CLIENT = "demo.clientId";

  /**
   * The tenant file's {@code content:} section (JSON), laid over the generated content at every
   * start.
   */
  static final String TENANT_CONTENT = "tenant.content";

  record Result(SqliteDirectory directory, DemoCredentials demo) {}

  private TenantBootstrap() {}

  static Result open(Database db, ScaledClock clock, EmulatorConfig config) {
    SqliteDirectory directory = SqliteDirectory.open(db, clock);
    if (directory.isEmpty()) {
      if (config.tenantFile() != null) {
        TenantSeed seed = TenantFile.load(config.tenantFile());
        String content = checkedContent(config.tenantFile(), seed.domains().get(0), clock);
        // stored before the directory: an empty directory means "not seeded", so a crash in between
        // reseeds
        db.inTransaction(
            c -> {
              Database.putSetting(c, TENANT_CONTENT, content);
              return null;
            });
        directory.seed(seed);
        return new Result(directory, null);
      }
      DemoTenant.Demo demo = DemoTenant.create();
      directory.seed(demo.seed());
      db.inTransaction(
          c -> {
            Database.putSetting(c, DEMO_CLIENT, demo.clientId());
            return null;
          });
      return new Result(
          directory,
          new DemoCredentials(
              demo.clientId(), demo.clientSecret(), DemoTenant.ADMIN_UPN, demo.adminPassword()));
    }
    if (config.tenantFile() != null) {
      log.warn(
          "data directory {} already holds tenant {}; the tenant file is ignored",
          config.dataDir(),
          directory.tenantId());
    }
    String demoClient = db.setting(DEMO_CLIENT).orElse(null);
    if (demoClient == null || directory.findAppByClientId(demoClient).isEmpty()) {
      return new Result(directory, null);
    }
    DemoCredentials previous =
        previousDemo(config.dataDir().resolve(Emulator.INFO_FILE), demoClient);
    if (previous != null) {
      return new Result(directory, previous);
    }
    String secret = directory.addSecret(demoClient, "demo", null);
    String password = "Demo-" + SqliteDirectory.newSecretValue().substring(0, 16);
    directory
        .findUserByPrincipalName(DemoTenant.ADMIN_UPN)
        .ifPresent(
            u ->
                directory.saveUser(
                    new User(
                        u.objectId(),
                        u.userPrincipalName(),
                        u.displayName(),
                        null,
                        u.fabricAdministrator()),
                    password));
    log.info("issued a new demo secret because {} was missing", Emulator.INFO_FILE);
    return new Result(
        directory, new DemoCredentials(demoClient, secret, DemoTenant.ADMIN_UPN, password));
  }

  /**
   * The content section as JSON ("{}" if none), checked now so a bad reference stops the first
   * start; a bad one is a {@link TenantFile.TenantFileException}.
   */
  static String checkedContent(Path file, String domain, Clock clock) {
    String json = TenantFile.contentJson(file).orElse("{}");
    try {
      TenantFileContent.parse(json).toContentSet(clock.instant(), domain);
    } catch (IllegalArgumentException e) {
      throw new TenantFile.TenantFileException(file + ": content: " + e.getMessage());
    }
    return json;
  }

  private static DemoCredentials previousDemo(Path infoFile, String clientId) {
    if (!Files.isRegularFile(infoFile)) {
      return null;
    }
    try {
      JsonNode demo = Emulator.JSON.readTree(infoFile.toFile()).path("demo");
      if (clientId.equals(demo.path("clientId").asText(null)) && demo.hasNonNull("clientSecret")) {
        return new DemoCredentials(
            clientId,
            demo.get("clientSecret").asText(),
            demo.path("adminUserPrincipalName").asText(null),
            demo.path("adminPassword").asText(null));
      }
    } catch (IOException e) {
      log.warn("{} is unreadable; issuing new demo credentials", infoFile);
    }
    return null;
  }

  static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
  }
}
