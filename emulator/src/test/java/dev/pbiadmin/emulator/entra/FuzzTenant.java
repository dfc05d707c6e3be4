package dev.pbiadmin.emulator.entra;

import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.directory.SqliteDirectory;
import dev.pbiadmin.emulator.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A real directory (SQLite in a temporary folder, the demo tenant) and signing key for the entra
 * fuzz targets, made once per JVM: a fuzzing run calls a target millions of times.
 */
final class FuzzTenant {
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static FuzzTenant instance;

  final SqliteDirectory directory;
  final SigningKeys keys;

  private FuzzTenant() {
    try {
      var dir = Files.createTempDirectory("pbiadmin-fuzz-entra");
      dir.toFile().deleteOnExit();
      Database db = Database.open(dir);
      keys = SigningKeys.loadOrCreate(db, NOW);
      directory = SqliteDirectory.open(db, CLOCK);
      directory.seed(DemoTenant.create().seed());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized FuzzTenant get() {
    if (instance == null) {
      instance = new FuzzTenant();
    }
    return instance;
  }
}
