package dev.pbiadmin.emulator.spi;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings an emulator runs with, as given to {@link Emulator.Builder} or on the command line.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param dataDir where the database, certificates and {@code emulator.json} live
 * @param tenantFile YAML tenant file seeding a fresh data directory, or {@code null} for the demo
 *     tenant
 * @param http serve plain HTTP instead of HTTPS
 * @param timeScale how many times faster than real time the emulated clock runs
 * @param tokenLifetime lifetime of issued access tokens ({@code expires_in})
 * @param demoWorkspaces how many workspaces the demo content generator creates
 * @param seed seed of the demo content generator, for reproducible content
 * @param propagationDelay how long a tenant-setting change takes to take effect (real service: up
 *     to 15 minutes); zero by default so tests see changes at once
 */
public record EmulatorConfig(
    int port,
    Path dataDir,
    Path tenantFile,
    boolean http,
    double timeScale,
    Duration tokenLifetime,
    int demoWorkspaces,
    long seed,
    Duration propagationDelay) {

  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(3599);

  public EmulatorConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
      throw new IllegalArgumentException("time scale must be a positive number, got " + timeScale);
    }
    if (tokenLifetime.isNegative() || tokenLifetime.getSeconds() < 1) {
      throw new IllegalArgumentException(
          "token lifetime must be at least one second, got " + tokenLifetime);
    }
    if (demoWorkspaces < 0) {
      throw new IllegalArgumentException(
          "demo workspaces must not be negative, got " + demoWorkspaces);
    }
    if (propagationDelay.isNegative()) {
      throw new IllegalArgumentException("propagation delay must not be negative");
    }
  }
}
