package dev.pbiadmin.emulator.manage;

import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SettingChange;
import dev.pbiadmin.emulator.directory.SettingOverride;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.directory.TenantSetting;
import java.util.ArrayList;
import java.util.List;

/**
 * Tenant settings and their delegated overrides, changed at runtime through the emulator's one
 * {@link SettingStore} (the portal calls these routes): Power BI and the Fabric admin API see every
 * change, after the propagation delay.
 */
final class SettingsAdmin {
  private final SettingStore store;
  private final Directory directory;

  SettingsAdmin(SettingStore store, Directory directory) {
    this.store = store;
    this.directory = directory;
  }

  List<TenantSetting> settings() {
    return store.settings();
  }

  TenantSetting setting(String name) {
    return store
        .find(name)
        .orElseThrow(() -> ManagementException.notFound("no tenant setting named " + name));
  }

  /**
   * Changes a setting; fields left out keep their value. With a propagation delay, the services
   * keep deciding with the old value for that long.
   */
  TenantSetting putSetting(String name, Body body) {
    List<String> enabledGroups = groupIds(body, "enabledSecurityGroups");
    List<String> excludedGroups = groupIds(body, "excludedSecurityGroups");
    List<TenantSetting.Property> properties = null;
    if (body.has("properties")) {
      properties = new ArrayList<>();
      for (Body p : body.objects("properties")) {
        properties.add(
            new TenantSetting.Property(
                p.requiredText("name"), p.text("value", ""), p.requiredText("type")));
      }
    }
    SettingChange change =
        new SettingChange(
            body.text("title", null),
            flag(body, "enabled"),
            enabledGroups,
            excludedGroups,
            properties,
            flag(body, "delegateToCapacity"),
            flag(body, "delegateToDomain"),
            flag(body, "delegateToWorkspace"));
    try {
      return store.update(name, change, true);
    } catch (IllegalArgumentException e) {
      throw ManagementException.badRequest(e.getMessage());
    }
  }

  List<SettingOverride> overrides() {
    return directory.settingOverrides();
  }

  /** Creates or replaces an override at capacity, domain or workspace scope. */
  SettingOverride putOverride(String scope, String scopeId, String name, Body body) {
    DirectoryAdmin.requireGuid("scope id", scopeId);
    SettingOverride requested =
        new SettingOverride(
            scope,
            scopeId,
            name,
            body.bool("enabled", true),
            orEmpty(groupIds(body, "enabledSecurityGroups")),
            orEmpty(groupIds(body, "excludedSecurityGroups")),
            body.text("delegatedFrom", null),
            flag(body, "delegateToWorkspace"),
            null);
    try {
      return store.override(requested);
    } catch (IllegalArgumentException e) {
      throw ManagementException.badRequest(e.getMessage());
    }
  }

  Object deleteOverride(String scope, String scopeId, String name) {
    if (!store.removeOverride(scope, scopeId, name)) {
      throw ManagementException.notFound(
          "no " + scope + " override of " + name + " for " + scopeId);
    }
    return null;
  }

  private static List<String> groupIds(Body body, String field) {
    List<String> ids = body.strings(field, null);
    if (ids != null) {
      ids.forEach(id -> DirectoryAdmin.requireGuid(field, id));
    }
    return ids;
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? List.of() : ids;
  }

  private static Boolean flag(Body body, String field) {
    return body.has(field) ? body.bool(field, false) : null;
  }
}
