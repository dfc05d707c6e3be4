package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import dev.pbiadmin.emulator.directory.SettingOverride;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.directory.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A directory held in maps, for unit tests of decisions that only read the directory. */
final class InMemoryDirectory implements Directory {
  static final String TENANT = "11111111-2222-3333-4444-555555555555";

  private final Clock clock;
  private final Map<String, AppRegistration> apps = new LinkedHashMap<>();
  private final Map<String, User> users = new LinkedHashMap<>();
  private final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
  private final Map<String, TenantSetting> settings = new LinkedHashMap<>();
  private final List<SettingOverride> overrides = new ArrayList<>();

  InMemoryDirectory(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String tenantId() {
    return TENANT;
  }

  @Override
  public List<String> domains() {
    return List.of("contoso.onmicrosoft.com");
  }

  @Override
  public boolean isThisTenant(String tenant) {
    return TENANT.equalsIgnoreCase(tenant);
  }

  @Override
  public List<AppRegistration> apps() {
    return List.copyOf(apps.values());
  }

  @Override
  public Optional<AppRegistration> findAppByClientId(String id) {
    return Optional.ofNullable(apps.get(id));
  }

  @Override
  public Optional<AppRegistration> findAppByServicePrincipalId(String spId) {
    return apps.values().stream().filter(a -> a.servicePrincipalId().equals(spId)).findFirst();
  }

  @Override
  public List<User> users() {
    return List.copyOf(users.values());
  }

  @Override
  public Optional<User> findUserByPrincipalName(String upn) {
    return users.values().stream()
        .filter(u -> u.userPrincipalName().equalsIgnoreCase(upn))
        .findFirst();
  }

  @Override
  public Optional<User> findUserByObjectId(String id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public List<SecurityGroup> groups() {
    return List.copyOf(groups.values());
  }

  @Override
  public Optional<SecurityGroup> findGroup(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  @Override
  public Set<String> transitiveGroupIds(String principalId) {
    Set<String> found = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(principalId));
    while (!todo.isEmpty()) {
      String member = todo.pop();
      for (SecurityGroup g : groups.values()) {
        if (g.members().stream().anyMatch(m -> m.id().equals(member)) && found.add(g.id())) {
          todo.push(g.id());
        }
      }
    }
    return found;
  }

  @Override
  public List<TenantSetting> settings() {
    return List.copyOf(settings.values());
  }

  @Override
  public Optional<TenantSetting> findSetting(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  @Override
  public List<SettingOverride> settingOverrides() {
    return List.copyOf(overrides);
  }

  @Override
  public void saveSettingOverride(SettingOverride o) {
    overrides.add(o);
  }

  @Override
  public boolean deleteSettingOverride(String scope, String scopeId, String name) {
    return overrides.removeIf(
        o ->
            o.scope().equals(scope) && o.scopeId().equals(scopeId) && o.settingName().equals(name));
  }

  @Override
  public SecretCheck checkSecret(AppRegistration app, String secret) {
    return SecretCheck.INVALID;
  }

  @Override
  public boolean checkPassword(User user, String password) {
    return false;
  }

  @Override
  public void saveApp(AppRegistration app) {
    apps.put(app.clientId(), app);
  }

  @Override
  public String addSecret(String clientId, String hint, Instant expiresAt) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void deleteApp(String clientId) {
    apps.remove(clientId);
  }

  @Override
  public void saveUser(User user, String password) {
    users.put(user.objectId(), user);
  }

  @Override
  public void deleteUser(String objectId) {
    users.remove(objectId);
  }

  @Override
  public void saveGroup(SecurityGroup group) {
    groups.put(group.id(), group);
  }

  @Override
  public void deleteGroup(String groupId) {
    groups.remove(groupId);
  }

  @Override
  public void saveSetting(TenantSetting s) {
    settings.put(
        s.settingName(),
        new TenantSetting(
            s.settingName(),
            s.title(),
            s.enabled(),
            s.enabledSecurityGroups(),
            s.excludedSecurityGroups(),
            clock.instant(),
            s.tenantSettingGroup(),
            s.canSpecifySecurityGroups(),
            s.delegateToCapacity(),
            s.delegateToDomain(),
            s.delegateToWorkspace(),
            s.properties()));
  }
}
