package dev.pbiadmin.cli.settings;

import java.util.List;
import java.util.Map;

/**
 * One tenant setting at one scope, as a snapshot holds it: the tenant's own value ({@code
 * scopeType} {@code Tenant}, {@code scopeId} empty) or a capacity, domain or workspace override.
 * Delegation flags are {@code null} where the service sent no key (not delegable), which is not
 * {@code false}.
 *
 * @param properties property name → value, in the service's order
 * @param raw the setting's JSON exactly as the service sent it
 */
record SettingState(
    String scopeType,
    String scopeId,
    String settingName,
    String title,
    String tenantSettingGroup,
    boolean enabled,
    Boolean canSpecifySecurityGroups,
    List<GroupRef> enabledSecurityGroups,
    List<GroupRef> excludedSecurityGroups,
    Boolean delegateToCapacity,
    Boolean delegateToDomain,
    Boolean delegateToWorkspace,
    String delegatedFrom,
    Map<String, String> properties,
    String raw) {

  static final String TENANT = "Tenant";

  SettingState {
    enabledSecurityGroups = List.copyOf(enabledSecurityGroups);
    excludedSecurityGroups = List.copyOf(excludedSecurityGroups);
    properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
  }

  boolean isTenantLevel() {
    return TENANT.equals(scopeType);
  }

  /** Identifies the setting across snapshots: scope and name. */
  String key() {
    return scopeType + "|" + scopeId + "|" + settingName;
  }

  /** Where it applies, as the portal would say it. */
  String scope() {
    if (!enabled) {
      return "Disabled";
    }
    String base =
        enabledSecurityGroups.isEmpty() ? "Entire organization" : "Specific security groups";
    return excludedSecurityGroups.isEmpty() ? base : base + " except some";
  }

  /** Enabled for everyone, with no group narrowing it (exceptions aside). */
  boolean enabledForEntireOrganization() {
    return enabled && enabledSecurityGroups.isEmpty();
  }

  /** {@code Tenant}, or e.g. {@code Capacity 8f2…}. */
  String where() {
    return isTenantLevel() ? TENANT : scopeType + " " + scopeId;
  }
}
