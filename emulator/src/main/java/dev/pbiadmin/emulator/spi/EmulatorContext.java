package dev.pbiadmin.emulator.spi;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.store.Database;
import dev.pbiadmin.emulator.throttle.SignInLimiter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every {@link EmulatorModule} shares: configuration, the emulated clock, the tenant
 * directory, the one store of tenant settings, the database (modules create their own tables in it,
 * transactionally), and where the server listens. It names no service package (a module that
 * validates bearer tokens is given entra's validator when it is built), so services depend on this
 * package and never on {@code dev.pbiadmin.emulator}, which assembles them. {@link #baseUrl()} is
 * known only once the server has bound its port, so read it while handling requests, not while
 * registering routes.
 */
public final class EmulatorContext {
  private final EmulatorConfig config;
  private final ScaledClock clock;
  private final Directory directory;
  private final SettingStore settings;
  private final Database database;
  private final Path dataDir;
  private final String managementKey;
  private final SignInLimiter signInLimiter;
  private volatile URI baseUrl;

  /** Built by the {@code Emulator} that assembles the modules. */
  public EmulatorContext(
      EmulatorConfig config,
      ScaledClock clock,
      Directory directory,
      SettingStore settings,
      Database database,
      Path dataDir,
      String managementKey,
      SignInLimiter signInLimiter) {
    this.config = config;
    this.clock = clock;
    this.directory = directory;
    this.settings = settings;
    this.database = database;
    this.dataDir = dataDir;
    this.managementKey = managementKey;
    this.signInLimiter = signInLimiter;
  }

  public EmulatorConfig config() {
    return config;
  }

  public ScaledClock clock() {
    return clock;
  }

  public Directory directory() {
    return directory;
  }

  /** Tenant settings and their overrides: what every service lists and enforces. */
  public SettingStore settings() {
    return settings;
  }

  public Database database() {
    return database;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * Wrong management keys per client address, shared by the portal's sign-in and the management
   * API.
   */
  public SignInLimiter signInLimiter() {
    return signInLimiter;
  }

  public String managementKey() {
    return managementKey;
  }

  /** Root URL of the server, e.g. {@code https://127.0.0.1:5443}, without a trailing slash. */
  public URI baseUrl() {
    URI url = baseUrl;
    if (url == null) {
      throw new IllegalStateException(
          "the server has not bound its port yet; read baseUrl() while handling a request");
    }
    return url;
  }

  /** Called once by the {@code Emulator} when the server has bound its port. */
  public void bind(URI baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl);
  }
}
