package dev.pbiadmin.emulator.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one store of tenant settings and their delegated overrides. Every service reads it and every
 * way of changing a setting (the Fabric admin API, the management API, the portal) goes through
 * {@link #update}: what the Fabric API lists is what Power BI and Fabric enforce, once a change has
 * propagated ("It can take up to 15 minutes for a setting change to take effect"). Changes are
 * checked against the catalogue; a bad one throws {@link IllegalArgumentException} with a sentence
 * naming the setting, and changes nothing. Thread-safe.
 */
public final class SettingStore {
  private final Directory directory;
  private final SettingHistory history;
  private final Clock clock;

  public SettingStore(Directory directory, Duration propagationDelay, Clock clock) {
    this.directory = directory;
    this.history = new SettingHistory(propagationDelay);
    this.clock = clock;
  }

  public Duration propagationDelay() {
    return history.delay();
  }

  /**
   * Every setting as configured now (the portal's and the Fabric API's view), catalogue order
   * first.
   */
  public List<TenantSetting> settings() {
    return directory.settings();
  }

  /** One setting as configured now, by name (case-insensitive). */
  public Optional<TenantSetting> find(String name) {
    return directory.findSetting(name);
  }

  /**
   * The version of a setting the services decide with now: the configured one, or the one before a
   * change that is still propagating.
   */
  public Effective effective(String name) {
    Optional<TenantSetting> current = directory.findSetting(name);
    Optional<TenantSetting> inEffect = history.effective(current, key(name), clock.instant());
    return new Effective(inEffect, inEffect.equals(current) ? null : current.get().changedAt());
  }

  /**
   * A setting as the services enforce it.
   *
   * @param setting the version in effect; empty when no such setting exists (it counts as disabled)
   * @param pendingChangeAt when a change that has not taken effect yet was made, or {@code null}
   */
  public record Effective(Optional<TenantSetting> setting, Instant pendingChangeAt) {}

  /**
   * Applies a change and returns the setting as stored. Only catalogue settings may be changed
   * unless {@code mayCreate} (the management API may define settings the catalogue lacks).
   */
  public TenantSetting update(String name, SettingChange change, boolean mayCreate) {
    synchronized (this) {
      Optional<TenantSetting> current = directory.findSetting(name);
      if (current.isEmpty() && !mayCreate) {
        throw new IllegalArgumentException("there is no tenant setting named '" + name + "'");
      }
      TenantSetting base =
          current.orElseGet(
              () ->
                  new TenantSetting(
                      name,
                      change.title() != null ? change.title() : name,
                      false,
                      List.of(),
                      List.of(),
                      null));
      TenantSetting changed = change.applyTo(base);
      validate(base, changed, change);
      history.beforeChange(key(name), current, clock.instant());
      directory.saveSetting(changed);
      return directory.findSetting(name).orElseThrow();
    }
  }

  // ---- delegated overrides ----

  /**
   * The overrides of one scope ({@code Capacity}, {@code Domain} or {@code Workspace}), in stored
   * order.
   */
  public List<SettingOverride> overrides(String scope) {
    return directory.settingOverrides().stream()
        .filter(o -> o.scope().equalsIgnoreCase(scope))
        .toList();
  }

  /** Creates or replaces an override, if the tenant setting is delegated to that scope. */
  public SettingOverride override(SettingOverride requested) {
    String scope =
        SettingOverride.SCOPES.stream()
            .filter(s -> s.equalsIgnoreCase(requested.scope()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "an override's scope must be one of "
                            + SettingOverride.SCOPES
                            + ", got '"
                            + requested.scope()
                            + "'"));
    TenantSetting setting =
        find(requested.settingName())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "there is no tenant setting named '" + requested.settingName() + "'"));
    Boolean delegated =
        switch (scope) {
          case "Capacity" -> setting.delegateToCapacity();
          case "Domain" -> setting.delegateToDomain();
          default -> setting.delegateToWorkspace();
        };
    if (!Boolean.TRUE.equals(delegated)) {
      throw new IllegalArgumentException(
          setting.settingName()
              + " is not delegated to "
              + scope.toLowerCase(Locale.ROOT)
              + " admins"
              + (delegated == null
                  ? " (it cannot be)"
                  : ": turn on delegateTo" + scope + " first"));
    }
    requireGroupsAllowed(
        setting, requested.enabledSecurityGroups(), requested.excludedSecurityGroups());
    if (requested.delegateToWorkspace() != null
        && (scope.equals("Workspace") || setting.delegateToWorkspace() == null)) {
      throw new IllegalArgumentException(
          setting.settingName()
              + " cannot be delegated further to workspace admins"
              + (scope.equals("Workspace") ? " from a workspace" : ""));
    }
    String from = requested.delegatedFrom() == null ? "Tenant" : requested.delegatedFrom();
    directory.saveSettingOverride(
        new SettingOverride(
            scope,
            requested.scopeId(),
            setting.settingName(),
            requested.enabled(),
            requested.enabledSecurityGroups(),
            requested.excludedSecurityGroups(),
            from,
            requested.delegateToWorkspace(),
            null));
    return overrides(scope).stream()
        .filter(
            o ->
                o.scopeId().equalsIgnoreCase(requested.scopeId())
                    && o.settingName().equals(setting.settingName()))
        .findFirst()
        .orElseThrow();
  }

  /** Removes an override; false if there was none. */
  public boolean removeOverride(String scope, String scopeId, String settingName) {
    return directory.deleteSettingOverride(scope, scopeId, settingName);
  }

  // ---- checks ----

  private static void validate(TenantSetting before, TenantSetting after, SettingChange change) {
    requireGroupsAllowed(after, after.enabledSecurityGroups(), after.excludedSecurityGroups());
    requireDelegable(before, "Capacity", change.delegateToCapacity(), before.delegateToCapacity());
    requireDelegable(before, "Domain", change.delegateToDomain(), before.delegateToDomain());
    requireDelegable(
        before, "Workspace", change.delegateToWorkspace(), before.delegateToWorkspace());
    if (change.properties() != null) {
      requireDeclaredProperties(before, change.properties());
    }
  }

  private static void requireGroupsAllowed(
      TenantSetting setting, List<String> enabled, List<String> excluded) {
    if (!setting.canSpecifySecurityGroups() && (!enabled.isEmpty() || !excluded.isEmpty())) {
      throw new IllegalArgumentException(
          setting.settingName()
              + " cannot be scoped to security groups: it applies to the entire organization or is"
              + " disabled");
    }
  }

  private static void requireDelegable(
      TenantSetting setting, String scope, Boolean requested, Boolean existing) {
    if (requested != null && existing == null) {
      throw new IllegalArgumentException(
          setting.settingName()
              + " cannot be delegated to "
              + scope.toLowerCase(Locale.ROOT)
              + " admins, so delegateTo"
              + scope
              + " does not apply to it");
    }
  }

  /**
   * Properties must be ones the setting declares, of the declared type: the real service answers
   * 400 when a property's type does not match (reference: catalogue §2).
   */
  private static void requireDeclaredProperties(
      TenantSetting setting, List<TenantSetting.Property> properties) {
    List<TenantSetting.Property> declared =
        TenantSettingCatalogue.get()
            .find(setting.settingName())
            .map(TenantSetting::properties)
            .orElse(null);
    List<String> seen = new ArrayList<>();
    for (TenantSetting.Property p : properties) {
      if (p.name() == null || p.name().isBlank()) {
        throw new IllegalArgumentException(setting.settingName() + ": every property needs a name");
      }
      if (seen.contains(p.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            setting.settingName() + ": property " + p.name() + " is given twice");
      }
      seen.add(p.name().toLowerCase(Locale.ROOT));
      if (declared == null) {
        continue;
      }
      TenantSetting.Property known =
          declared.stream()
              .filter(d -> d.name().equalsIgnoreCase(p.name()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          setting.settingName()
                              + " has no property "
                              + p.name()
                              + (declared.isEmpty()
                                  ? "; it takes none"
                                  : "; it takes "
                                      + declared.stream()
                                          .map(TenantSetting.Property::name)
                                          .toList())));
      if (!known.type().equals(p.type())) {
        throw new IllegalArgumentException(
            setting.settingName()
                + ": property "
                + known.name()
                + " is of type "
                + known.type()
                + ", not "
                + p.type());
      }
      requireValueOfType(setting.settingName(), known, p.value());
    }
  }

  private static void requireValueOfType(
      String settingName, TenantSetting.Property known, String value) {
    String v = value == null ? "" : value;
    boolean ok =
        switch (known.type()) {
          case "Boolean" -> v.equals("true") || v.equals("false");
          case "Integer" -> v.isEmpty() || v.matches("-?\\d{1,9}");
          case "Url" -> v.isEmpty() || v.matches("(?i)https?://\\S+");
          default -> true;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          settingName
              + ": property "
              + known.name()
              + " of type "
              + known.type()
              + " cannot take the value '"
              + v
              + "'");
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
