package dev.pbiadmin.client.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of Tenants_UpdateTenantSetting ({@code UpdateTenantSettingRequest}). The service
 * replaces the setting's groups and properties with what is sent (it drops properties not resent,
 * reference: tenant-settings catalogue §2), so send every one you mean to keep; a {@code null}
 * delegation flag is left out and keeps its value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateTenantSettingRequest(
    boolean enabled,
    List<TenantSettingSecurityGroup> enabledSecurityGroups,
    List<TenantSettingSecurityGroup> excludedSecurityGroups,
    List<TenantSettingProperty> properties,
    Boolean delegateToCapacity,
    Boolean delegateToDomain,
    Boolean delegateToWorkspace) {

  /** Enabled or disabled for the entire organization, without properties. */
  public static UpdateTenantSettingRequest of(boolean enabled) {
    return new UpdateTenantSettingRequest(enabled, null, null, null, null, null, null);
  }
}
