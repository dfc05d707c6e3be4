package dev.pbiadmin.emulator;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import dev.pbiadmin.emulator.store.Database;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every {@link EmulatorModule} shares: configuration, the emulated clock, the tenant
 * directory, the one store of tenant settings, the database (modules create their own tables in it, transactionally), the validator
 * for bearer tokens, and where the server listens. {@link #baseUrl()} is known only once the server
 * has bound its port, so read it while handling requests, not while registering routes.
 */
public final class EmulatorContext {
  private final EmulatorConfig config;
  private final ScaledClock clock;
  private final Directory directory;
  private final SettingStore settings;
  private final Database database;
  private final AccessTokenValidator tokenValidator;
  private final Path dataDir;
  private final String managementKey;
  private final dev.pbiadmin.emulator.throttle.SignInLimiter signInLimiter;
  private volatile URI baseUrl;

  EmulatorContext(
      EmulatorConfig config,
      ScaledClock clock,
      Directory directory,
      SettingStore settings,
      Database database,
      AccessTokenValidator tokenValidator,
      Path dataDir,
      String managementKey,
      dev.pbiadmin.emulator.throttle.SignInLimiter signInLimiter) {
    this.config = config;
    this.clock = clock;
    this.directory = directory;
    this.settings = settings;
    this.database = database;
    this.tokenValidator = tokenValidator;
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

  public AccessTokenValidator tokenValidator() {
    return tokenValidator;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Wrong management keys per client address, shared by the portal's sign-in and the management API. */
  public dev.pbiadmin.emulator.throttle.SignInLimiter signInLimiter() {
    return signInLimiter;
  }

  public String managementKey() {
    return managementKey;
  }

  /** Root URL of the server, e.g. {@code https://127.0.0.1:5443}, without a trailing slash. */
  public URI baseUrl() {
    URI url = baseUrl;
    if (url == null) {
      throw new IllegalStateException("the server has not bound its port yet; read baseUrl() while handling a request");
    }
    return url;
  }

  void bind(URI baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl);
  }
}
