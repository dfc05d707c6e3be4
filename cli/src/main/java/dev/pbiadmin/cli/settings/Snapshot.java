package dev.pbiadmin.cli.settings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every tenant setting and delegated override at one moment.
 *
 * @param groupNames how the group names were found: {@code graph} (Microsoft Graph's current names)
 *     or {@code fabric} (the names the Fabric API gave), with the reason when Graph was not used
 */
record Snapshot(Instant takenAt, List<SettingState> states, String groupNames) {

  Snapshot {
    states = List.copyOf(states);
  }

  List<SettingState> tenantSettings() {
    return states.stream().filter(SettingState::isTenantLevel).toList();
  }

  List<SettingState> overrides() {
    return states.stream().filter(s -> !s.isTenantLevel()).toList();
  }

  Map<String, SettingState> byKey() {
    Map<String, SettingState> map = new LinkedHashMap<>();
    states.forEach(s -> map.put(s.key(), s));
    return map;
  }
}
