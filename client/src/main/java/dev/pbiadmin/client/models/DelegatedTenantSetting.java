package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A tenant setting as a capacity, domain or workspace admin overrode it ({@code
 * CapacityTenantSetting}, {@code DomainTenantSetting}, {@code WorkspaceTenantSetting}). {@code
 * delegatedFrom} is {@code Tenant}, {@code Capacity} or {@code Domain} (kept as a string).
 */
public record DelegatedTenantSetting(
    String settingName,
    String title,
    Boolean enabled,
    Boolean canSpecifySecurityGroups,
    List<TenantSettingSecurityGroup> enabledSecurityGroups,
    List<TenantSettingSecurityGroup> excludedSecurityGroups,
    String tenantSettingGroup,
    List<TenantSettingProperty> properties,
    Boolean delegateToWorkspace,
    String delegatedFrom,
    @JsonIgnore JsonNode raw) {

  public DelegatedTenantSetting {
    enabledSecurityGroups = Lists.copyOrEmpty(enabledSecurityGroups);
    excludedSecurityGroups = Lists.copyOrEmpty(excludedSecurityGroups);
    properties = Lists.copyOrEmpty(properties);
  }

  /** The same setting, keeping {@code json} as what the service sent. */
  public DelegatedTenantSetting withRaw(JsonNode json) {
    return new DelegatedTenantSetting(
        settingName,
        title,
        enabled,
        canSpecifySecurityGroups,
        enabledSecurityGroups,
        excludedSecurityGroups,
        tenantSettingGroup,
        properties,
        delegateToWorkspace,
        delegatedFrom,
        json);
  }
}
