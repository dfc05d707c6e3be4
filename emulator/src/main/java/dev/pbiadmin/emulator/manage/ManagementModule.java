package dev.pbiadmin.emulator.manage;

import dev.pbiadmin.emulator.powerbi.PowerBiState;
import dev.pbiadmin.emulator.spi.EmulatorContext;
import dev.pbiadmin.emulator.spi.EmulatorModule;
import io.javalin.Javalin;

/** Registers the management API; must come after the Power BI module, whose content it edits. */
public final class ManagementModule implements EmulatorModule {
  private final PowerBiState state;

  public ManagementModule(PowerBiState state) {
    this.state = state;
  }

  @Override
  public void register(Javalin app, EmulatorContext context) {
    new ManagementApi(
            context.directory(),
            context.settings(),
            state.content(),
            context.database(),
            context.clock(),
            state,
            context.managementKey(),
            context.signInLimiter())
        .register(app);
  }
}
