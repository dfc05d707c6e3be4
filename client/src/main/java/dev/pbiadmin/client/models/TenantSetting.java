package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A Fabric tenant setting ({@code TenantSetting}: Tenants_ListTenantSettings). Real responses leave
 * out empty group lists and the delegation keys of settings that cannot be delegated (reference:
 * tenant-settings catalogue §1): absent lists read as empty, absent keys as {@code null}, which is
 * not {@code false}. {@code tenantSettingGroup} is the portal heading ("Admin API settings"),
 * {@code type}s of properties are kept as sent ({@code Freetext}). {@code raw} keeps the setting
 * exactly as received, including anything this record does not name.
 */
public record TenantSetting(
    String settingName,
    String title,
    Boolean enabled,
    Boolean canSpecifySecurityGroups,
    List<TenantSettingSecurityGroup> enabledSecurityGroups,
    List<TenantSettingSecurityGroup> excludedSecurityGroups,
    String tenantSettingGroup,
    List<TenantSettingProperty> properties,
    Boolean delegateToCapacity,
    Boolean delegateToDomain,
    Boolean delegateToWorkspace,
    @JsonIgnore JsonNode raw) {

  public TenantSetting {
    enabledSecurityGroups = Lists.copyOrEmpty(enabledSecurityGroups);
    excludedSecurityGroups = Lists.copyOrEmpty(excludedSecurityGroups);
    properties = Lists.copyOrEmpty(properties);
  }

  /** The same setting, keeping {@code json} as what the service sent. */
  public TenantSetting withRaw(JsonNode json) {
    return new TenantSetting(
        settingName,
        title,
        enabled,
        canSpecifySecurityGroups,
        enabledSecurityGroups,
        excludedSecurityGroups,
        tenantSettingGroup,
        properties,
        delegateToCapacity,
        delegateToDomain,
        delegateToWorkspace,
        json);
  }
}
