package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.client.models.UpdateTenantSettingRequest;

/**
 * One exact tenant-setting change the doctor proposes, and applies with {@code --fix}: the body of
 * {@code POST /v1/admin/tenantsettings/{settingName}/update} (Tenants_UpdateTenantSetting), which
 * replaces the setting's groups and properties, so it carries every one to keep.
 *
 * @param description what the change does, in the portal's words
 */
public record SettingChange(
    String settingName, UpdateTenantSettingRequest request, String description) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** "POST /v1/admin/tenantsettings/X/update {…}" for the evidence and the confirmation prompt. */
  public String http() {
    return "POST /v1/admin/tenantsettings/" + settingName + "/update " + body();
  }

  String body() {
    try {
      return JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
