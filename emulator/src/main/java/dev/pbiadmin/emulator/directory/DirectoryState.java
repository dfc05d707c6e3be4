package dev.pbiadmin.emulator.directory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An immutable snapshot of the directory, swapped in whole after each committed write. */
record DirectoryState(
    String tenantId,
    List<String> domains,
    Map<String, AppRegistration> appsByClientId,
    Map<String, AppRegistration> appsBySpId,
    Map<String, User> usersById,
    Map<String, User> usersByUpn,
    Map<String, SecurityGroup> groups,
    Map<String, TenantSetting> settings,
    List<SettingOverride> overrides,
    Map<String, Set<String>> parentGroups) {

  static final DirectoryState EMPTY =
      of(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  static DirectoryState of(
      String tenantId,
      List<String> domains,
      List<AppRegistration> apps,
      List<User> users,
      List<SecurityGroup> groups,
      List<TenantSetting> settings,
      List<SettingOverride> overrides) {
    Map<String, AppRegistration> byClient = new LinkedHashMap<>();
    Map<String, AppRegistration> bySp = new HashMap<>();
    for (AppRegistration app : apps) {
      byClient.put(app.clientId().toLowerCase(Locale.ROOT), app);
      bySp.put(app.servicePrincipalId().toLowerCase(Locale.ROOT), app);
    }
    Map<String, User> byId = new LinkedHashMap<>();
    Map<String, User> byUpn = new HashMap<>();
    for (User user : users) {
      byId.put(user.objectId().toLowerCase(Locale.ROOT), user);
      byUpn.put(user.userPrincipalName().toLowerCase(Locale.ROOT), user);
    }
    Map<String, SecurityGroup> groupMap = new LinkedHashMap<>();
    Map<String, Set<String>> parents = new HashMap<>();
    for (SecurityGroup group : groups) {
      groupMap.put(group.id().toLowerCase(Locale.ROOT), group);
      for (SecurityGroup.Member member : group.members()) {
        parents
            .computeIfAbsent(member.id().toLowerCase(Locale.ROOT), k -> new HashSet<>())
            .add(group.id());
      }
    }
    // the catalogue's settings as a fresh tenant has them, each replaced by what this tenant stored
    Map<String, TenantSetting> settingMap = new LinkedHashMap<>();
    for (TenantSetting setting : TenantSettingCatalogue.get().defaults()) {
      settingMap.put(setting.settingName().toLowerCase(Locale.ROOT), setting);
    }
    for (TenantSetting setting : settings) {
      String key = setting.settingName().toLowerCase(Locale.ROOT);
      settingMap.put(key, completed(setting, settingMap.get(key)));
    }
    return new DirectoryState(
        tenantId,
        List.copyOf(domains),
        java.util.Collections.unmodifiableMap(byClient),
        Map.copyOf(bySp),
        java.util.Collections.unmodifiableMap(byId),
        Map.copyOf(byUpn),
        java.util.Collections.unmodifiableMap(groupMap),
        java.util.Collections.unmodifiableMap(settingMap),
        List.copyOf(overrides),
        Map.copyOf(parents));
  }

  /**
   * A stored setting with what the catalogue knows about it (group, whether groups may be
   * specified, which delegation keys exist): rows stored before the emulator knew the catalogue
   * lack them.
   */
  private static TenantSetting completed(TenantSetting stored, TenantSetting catalogue) {
    if (catalogue == null) {
      return stored;
    }
    return new TenantSetting(
        stored.settingName(),
        stored.title(),
        stored.enabled(),
        stored.enabledSecurityGroups(),
        stored.excludedSecurityGroups(),
        stored.changedAt(),
        catalogue.tenantSettingGroup(),
        catalogue.canSpecifySecurityGroups(),
        catalogue.delegateToCapacity() == null
            ? null
            : orElse(stored.delegateToCapacity(), catalogue.delegateToCapacity()),
        catalogue.delegateToDomain() == null
            ? null
            : orElse(stored.delegateToDomain(), catalogue.delegateToDomain()),
        catalogue.delegateToWorkspace() == null
            ? null
            : orElse(stored.delegateToWorkspace(), catalogue.delegateToWorkspace()),
        stored.properties());
  }

  private static Boolean orElse(Boolean value, Boolean fallback) {
    return value != null ? value : fallback;
  }

  /** Groups containing {@code principalId} directly or through nesting; cycles are tolerated. */
  Set<String> transitiveGroupIds(String principalId) {
    Set<String> result = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(principalId.toLowerCase(Locale.ROOT));
    while (!todo.isEmpty()) {
      for (String groupId : parentGroups.getOrDefault(todo.poll(), Set.of())) {
        if (result.add(groupId)) {
          todo.add(groupId.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(result);
  }

  DirectoryState withApps(List<AppRegistration> apps) {
    return with(apps, null, null, null, null);
  }

  DirectoryState withUsers(List<User> users) {
    return with(null, users, null, null, null);
  }

  DirectoryState withGroups(List<SecurityGroup> groups) {
    return with(null, null, groups, null, null);
  }

  DirectoryState withSettings(List<TenantSetting> settings) {
    return with(null, null, null, settings, null);
  }

  DirectoryState withOverrides(List<SettingOverride> overrides) {
    return with(null, null, null, null, overrides);
  }

  /** This state with the non-null lists replaced and the others kept. */
  private DirectoryState with(
      List<AppRegistration> newApps,
      List<User> newUsers,
      List<SecurityGroup> newGroups,
      List<TenantSetting> newSettings,
      List<SettingOverride> newOverrides) {
    return of(
        tenantId,
        domains,
        newApps != null ? newApps : List.copyOf(appsByClientId.values()),
        newUsers != null ? newUsers : List.copyOf(usersById.values()),
        newGroups != null ? newGroups : List.copyOf(groups.values()),
        newSettings != null ? newSettings : List.copyOf(settings.values()),
        newOverrides != null ? newOverrides : overrides);
  }
}
