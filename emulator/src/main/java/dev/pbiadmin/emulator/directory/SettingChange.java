package dev.pbiadmin.emulator.directory;

import java.util.List;

/**
 * A requested change to a tenant setting; a {@code null} field keeps what the setting has. Callers
 * with replace semantics (the Fabric update API) pass empty lists instead of {@code null}.
 */
public record SettingChange(
    String title,
    Boolean enabled,
    List<String> enabledSecurityGroups,
    List<String> excludedSecurityGroups,
    List<TenantSetting.Property> properties,
    Boolean delegateToCapacity,
    Boolean delegateToDomain,
    Boolean delegateToWorkspace) {

  /** Only the toggle and the groups, as the admin portal's card changes them. */
  public static SettingChange of(
      boolean enabled, List<String> enabledGroups, List<String> excludedGroups) {
    return new SettingChange(null, enabled, enabledGroups, excludedGroups, null, null, null, null);
  }

  TenantSetting applyTo(TenantSetting s) {
    TenantSetting changed =
        s.withState(
                enabled != null ? enabled : s.enabled(),
                enabledSecurityGroups != null ? enabledSecurityGroups : s.enabledSecurityGroups(),
                excludedSecurityGroups != null
                    ? excludedSecurityGroups
                    : s.excludedSecurityGroups(),
                properties != null ? properties : s.properties())
            .withDelegation(delegateToCapacity, delegateToDomain, delegateToWorkspace);
    return title == null
        ? changed
        : new TenantSetting(
            changed.settingName(),
            title,
            changed.enabled(),
            changed.enabledSecurityGroups(),
            changed.excludedSecurityGroups(),
            changed.changedAt(),
            changed.tenantSettingGroup(),
            changed.canSpecifySecurityGroups(),
            changed.delegateToCapacity(),
            changed.delegateToDomain(),
            changed.delegateToWorkspace(),
            changed.properties());
  }
}
