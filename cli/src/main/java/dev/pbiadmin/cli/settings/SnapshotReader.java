package dev.pbiadmin.cli.settings;

import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.client.FabricAdminClient;
import dev.pbiadmin.client.PagedList;
import dev.pbiadmin.client.models.DelegatedTenantSetting;
import dev.pbiadmin.client.models.TenantSetting;
import dev.pbiadmin.client.models.TenantSettingOverride;
import dev.pbiadmin.client.models.TenantSettingProperty;
import dev.pbiadmin.client.models.TenantSettingSecurityGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Takes a snapshot through the Fabric admin API: every tenant setting (Tenants_ListTenantSettings)
 * and the overrides of every capacity, domain and workspace, then names their groups through
 * Microsoft Graph where the identity may read them. Five calls to Fabric (within the 25 a minute
 * each list allows), one Graph call per distinct group.
 */
final class SnapshotReader {
  private SnapshotReader() {}

  static Snapshot read(
      FabricAdminClient client, Connection connection, Instant now, boolean groupNames) {
    List<SettingState> states = new ArrayList<>();
    for (TenantSetting s : client.listTenantSettings()) {
      states.add(state(SettingState.TENANT, "", s, null));
    }
    overrides(states, "Capacity", client::listCapacityTenantSettingOverrides);
    overrides(states, "Domain", client::listDomainTenantSettingOverrides);
    overrides(states, "Workspace", client::listWorkspaceTenantSettingOverrides);
    if (!groupNames) {
      return new Snapshot(
          now, states, "fabric: group lookup in Microsoft Graph turned off (--no-graph)");
    }
    GroupNames.Result names = GroupNames.lookUp(connection, groupIds(states));
    return new Snapshot(
        now, names.fromGraph() ? named(states, names.names()) : states, names.note());
  }

  private static void overrides(
      List<SettingState> states, String scope, Supplier<PagedList<TenantSettingOverride>> list) {
    for (TenantSettingOverride o : list.get()) {
      for (DelegatedTenantSetting s : o.tenantSettings()) {
        states.add(state(scope, o.id(), s.setting(), s.delegatedFrom()));
      }
    }
  }

  private static SettingState state(
      String scope, String scopeId, TenantSetting s, String delegatedFrom) {
    return new SettingState(
        scope,
        scopeId,
        s.settingName(),
        s.title(),
        s.tenantSettingGroup(),
        Boolean.TRUE.equals(s.enabled()),
        s.canSpecifySecurityGroups(),
        groups(s.enabledSecurityGroups()),
        groups(s.excludedSecurityGroups()),
        s.delegateToCapacity(),
        s.delegateToDomain(),
        s.delegateToWorkspace(),
        delegatedFrom,
        properties(s.properties()),
        s.raw() == null ? null : s.raw().toString());
  }

  private static List<GroupRef> groups(List<TenantSettingSecurityGroup> groups) {
    return groups.stream().map(g -> new GroupRef(g.graphId(), g.name(), null, null)).toList();
  }

  private static Map<String, String> properties(List<TenantSettingProperty> properties) {
    Map<String, String> map = new LinkedHashMap<>();
    properties.forEach(p -> map.put(p.name(), p.value()));
    return map;
  }

  private static Set<String> groupIds(List<SettingState> states) {
    Set<String> ids = new LinkedHashSet<>();
    for (SettingState s : states) {
      s.enabledSecurityGroups().forEach(g -> ids.add(g.graphId()));
      s.excludedSecurityGroups().forEach(g -> ids.add(g.graphId()));
    }
    return ids;
  }

  private static List<SettingState> named(List<SettingState> states, Map<String, String> names) {
    return states.stream()
        .map(
            s ->
                new SettingState(
                    s.scopeType(),
                    s.scopeId(),
                    s.settingName(),
                    s.title(),
                    s.tenantSettingGroup(),
                    s.enabled(),
                    s.canSpecifySecurityGroups(),
                    namedGroups(s.enabledSecurityGroups(), names),
                    namedGroups(s.excludedSecurityGroups(), names),
                    s.delegateToCapacity(),
                    s.delegateToDomain(),
                    s.delegateToWorkspace(),
                    s.delegatedFrom(),
                    s.properties(),
                    s.raw()))
        .toList();
  }

  private static List<GroupRef> namedGroups(List<GroupRef> groups, Map<String, String> names) {
    return groups.stream()
        .map(
            g -> {
              String key = g.graphId().toLowerCase(Locale.ROOT);
              return new GroupRef(
                  g.graphId(),
                  g.name(),
                  names.get(key),
                  names.containsKey(key) ? names.get(key) != null : null);
            })
        .toList();
  }
}
