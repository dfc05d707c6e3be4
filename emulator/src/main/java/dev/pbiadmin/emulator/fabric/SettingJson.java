package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import dev.pbiadmin.emulator.directory.SettingOverride;
import dev.pbiadmin.emulator.directory.TenantSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tenant settings in the real service's JSON (reference: catalogue §1), where it departs from the
 * spec: delegation keys only on delegable settings and written first, empty group lists and
 * properties left out, property types as the service spells them ({@code Freetext}).
 */
final class SettingJson {
  private final Directory directory;

  SettingJson(Directory directory) {
    this.directory = directory;
  }

  Map<String, Object> setting(TenantSetting s) {
    Map<String, Object> m = new LinkedHashMap<>();
    putIfSet(m, "delegateToCapacity", s.delegateToCapacity());
    putIfSet(m, "delegateToDomain", s.delegateToDomain());
    putIfSet(m, "delegateToWorkspace", s.delegateToWorkspace());
    common(m, s, s.enabled(), s.enabledSecurityGroups(), s.excludedSecurityGroups());
    if (!s.properties().isEmpty()) {
      m.put("properties", s.properties().stream().map(SettingJson::property).toList());
    }
    return m;
  }

  /**
   * A {@code CapacityTenantSetting}, {@code DomainTenantSetting} or {@code WorkspaceTenantSetting}.
   */
  Map<String, Object> override(SettingOverride o, TenantSetting tenantLevel) {
    Map<String, Object> m = new LinkedHashMap<>();
    common(m, tenantLevel, o.enabled(), o.enabledSecurityGroups(), o.excludedSecurityGroups());
    putIfSet(m, "delegateToWorkspace", o.delegateToWorkspace());
    m.put("delegatedFrom", o.delegatedFrom());
    return m;
  }

  private void common(
      Map<String, Object> m,
      TenantSetting s,
      boolean enabled,
      List<String> enabledGroups,
      List<String> excludedGroups) {
    m.put("settingName", s.settingName());
    m.put("title", s.title());
    m.put("enabled", enabled);
    m.put("canSpecifySecurityGroups", s.canSpecifySecurityGroups());
    if (!enabledGroups.isEmpty()) {
      m.put("enabledSecurityGroups", groups(enabledGroups));
    }
    if (!excludedGroups.isEmpty()) {
      m.put("excludedSecurityGroups", groups(excludedGroups));
    }
    if (s.tenantSettingGroup() != null) {
      m.put("tenantSettingGroup", s.tenantSettingGroup());
    }
  }

  /** {@code {graphId, name}}; a group no longer in the directory keeps its id as its name. */
  private List<Map<String, Object>> groups(List<String> ids) {
    return ids.stream()
        .map(
            id -> {
              Map<String, Object> g = new LinkedHashMap<>();
              g.put("graphId", id);
              g.put("name", directory.findGroup(id).map(SecurityGroup::displayName).orElse(id));
              return g;
            })
        .toList();
  }

  private static Map<String, Object> property(TenantSetting.Property p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("value", p.value());
    m.put("type", p.type());
    return m;
  }

  private static void putIfSet(Map<String, Object> m, String key, Boolean value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
