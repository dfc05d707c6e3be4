package dev.pbiadmin.client.models;

import java.util.List;

/**
 * The settings one capacity, domain or workspace overrides ({@code CapacityTenantSettingOverride},
 * {@code DomainTenantSettingOverride}, {@code WorkspaceTenantSettingOverride}).
 *
 * @param id the capacity, domain or workspace id
 */
public record TenantSettingOverride(String id, List<DelegatedTenantSetting> tenantSettings) {
  public TenantSettingOverride {
    tenantSettings = Lists.copyOrEmpty(tenantSettings);
  }
}
