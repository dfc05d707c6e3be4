package dev.pbiadmin.emulator.directory;

import java.util.Map;

/** Admin-portal titles of the tenant settings the emulator evaluates (reference §2.1). */
final class TenantSettingTitles {
  private static final Map<String, String> TITLES = Map.of(
      TenantSetting.READ_ONLY_ADMIN_APIS, "Service principals can access read-only admin APIs",
      TenantSetting.SERVICE_PRINCIPAL_ACCESS, "Service principals can use Fabric APIs",
      TenantSetting.DETAILED_METADATA, "Enhance admin APIs responses with detailed metadata",
      TenantSetting.EXPRESSIONS, "Enhance admin APIs responses with DAX and mashup expressions");

  private TenantSettingTitles() {}

  static String titleOf(String settingName) {
    return TITLES.getOrDefault(settingName, settingName);
  }
}
