package dev.pbiadmin.emulator.directory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A delegated override of a tenant setting: a capacity, domain or workspace admin set the setting
 * differently for their scope (Fabric admin API {@code CapacityTenantSetting}, {@code
 * DomainTenantSetting}, {@code WorkspaceTenantSetting}).
 *
 * @param scope {@code Capacity}, {@code Domain} or {@code Workspace}
 * @param scopeId the capacity, domain or workspace id
 * @param delegatedFrom who delegated it: {@code Tenant}, {@code Capacity} or {@code Domain}
 * @param delegateToWorkspace for a capacity or domain override, whether its workspaces may override
 *     again; {@code null} when that key does not apply
 */
public record SettingOverride(
    String scope,
    String scopeId,
    String settingName,
    boolean enabled,
    List<String> enabledSecurityGroups,
    List<String> excludedSecurityGroups,
    String delegatedFrom,
    Boolean delegateToWorkspace,
    Instant changedAt) {

  public static final List<String> SCOPES = List.of("Capacity", "Domain", "Workspace");

  public SettingOverride {
    enabledSecurityGroups = List.copyOf(enabledSecurityGroups);
    excludedSecurityGroups = List.copyOf(excludedSecurityGroups);
  }

  /**
   * The key an override is stored and replaced under: scope, scope id and setting,
   * case-insensitive.
   */
  String key() {
    return (scope + "|" + scopeId + "|" + settingName).toLowerCase(Locale.ROOT);
  }

  SettingOverride changedAt(Instant at) {
    return new SettingOverride(
        scope,
        scopeId,
        settingName,
        enabled,
        enabledSecurityGroups,
        excludedSecurityGroups,
        delegatedFrom,
        delegateToWorkspace,
        at);
  }
}
