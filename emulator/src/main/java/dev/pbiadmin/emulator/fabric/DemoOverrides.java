package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.content.Capacity;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.directory.SettingOverride;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.store.Database;
import java.util.List;

/**
 * The demo tenant's delegated overrides, made once (the demo content only exists once the Power BI
 * module has generated it): a capacity that turned Copilot off, and a workspace that allows OneLake
 * user-delegated SAS tokens. Tenants from a tenant file start without overrides.
 */
final class DemoOverrides {
  private static final String DONE = "demo.settingOverrides";

  private DemoOverrides() {}

  static void seedOnce(Database db, SettingStore settings, TenantContent content) {
    if (db.setting("demo.clientId").isEmpty() || db.setting(DONE).isPresent()) {
      return;
    }
    content.snapshot().capacities().stream()
        .findFirst()
        .map(Capacity::id)
        .ifPresent(
            capacity ->
                settings.override(
                    new SettingOverride(
                        "Capacity",
                        capacity,
                        "EnableAOAI",
                        false,
                        List.of(),
                        List.of(),
                        "Tenant",
                        null,
                        null)));
    content.workspaces().stream()
        .filter(w -> w.isActive() && !w.isPersonal())
        .findFirst()
        .map(Workspace::id)
        .ifPresent(
            workspace ->
                settings.override(
                    new SettingOverride(
                        "Workspace",
                        workspace,
                        "AllowOneLakeUDK",
                        true,
                        List.of(),
                        List.of(),
                        "Tenant",
                        null,
                        null)));
    db.inTransaction(
        c -> {
          Database.putSetting(c, DONE, "true");
          return null;
        });
  }
}
