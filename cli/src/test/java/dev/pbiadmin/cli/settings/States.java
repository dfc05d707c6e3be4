package dev.pbiadmin.cli.settings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Settings and snapshots built in a line, for the tests of this package. */
final class States {
  static final String READERS = "0b5f7a1e-0000-4000-8000-000000000001";
  static final String FINANCE = "0b5f7a1e-0000-4000-8000-000000000002";

  private States() {}

  static SettingState tenant(String name, boolean enabled, List<GroupRef> groups) {
    return new SettingState(
        SettingState.TENANT,
        "",
        name,
        name + " title",
        "Export and sharing settings",
        enabled,
        true,
        groups,
        List.of(),
        null,
        null,
        null,
        null,
        Map.of(),
        "{\"settingName\":\"" + name + "\"}");
  }

  static SettingState withProperty(SettingState s, String name, String value) {
    return new SettingState(
        s.scopeType(),
        s.scopeId(),
        s.settingName(),
        s.title(),
        s.tenantSettingGroup(),
        s.enabled(),
        s.canSpecifySecurityGroups(),
        s.enabledSecurityGroups(),
        s.excludedSecurityGroups(),
        s.delegateToCapacity(),
        s.delegateToDomain(),
        s.delegateToWorkspace(),
        s.delegatedFrom(),
        Map.of(name, value),
        s.raw());
  }

  static SettingState capacityOverride(String capacity, String name, boolean enabled) {
    return new SettingState(
        "Capacity",
        capacity,
        name,
        name + " title",
        "Microsoft Fabric",
        enabled,
        true,
        List.of(),
        List.of(),
        null,
        null,
        false,
        "Tenant",
        Map.of(),
        null);
  }

  static GroupRef group(String id, String name) {
    return new GroupRef(id, name, null, null);
  }

  static Snapshot snapshot(SettingState... states) {
    return new Snapshot(Instant.parse("2026-03-01T08:00:00Z"), List.of(states), "graph");
  }
}
