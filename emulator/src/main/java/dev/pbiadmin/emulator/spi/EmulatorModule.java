package dev.pbiadmin.emulator.spi;

import io.javalin.Javalin;

/**
 * A part of the emulated cloud that serves its own routes on the emulator's one HTTPS server: the
 * Entra ID token service, the Power BI service, the management API. Modules share state only
 * through the {@link EmulatorContext}.
 */
public interface EmulatorModule {

  /**
   * Registers this module's routes and exception handlers. Called once, before the server starts.
   */
  void register(Javalin app, EmulatorContext context);
}
