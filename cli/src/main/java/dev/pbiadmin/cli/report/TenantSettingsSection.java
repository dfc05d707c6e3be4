package dev.pbiadmin.cli.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's tenant-settings section, from what {@code pbiadmin settings} stored: the settings
 * governance usually scopes that are enabled for the entire organization, the drift found against
 * the last baseline checked, and the most recent changes.
 */
final class TenantSettingsSection {
  /**
   * Settings a governance review expects scoped to groups or off: the export, sharing, guest and
   * service-principal settings of docs/reference/tenant-settings-catalogue.md §3 and §4.
   */
  static final List<String> USUALLY_SCOPED =
      List.of(
          "PublishToWeb",
          "ExportToExcelSetting",
          "ExportToCsv",
          "ExportReport",
          "ExportToPowerPoint",
          "ExportToWord",
          "ExportToXML",
          "ExportToImage",
          "ExportToMHTML",
          "Printing",
          "ExportVisualImageTenant",
          "AllowGuestUserToAccessSharedContent",
          "ExternalSharingV2",
          "ElevatedGuestsTenant",
          "AllowGuestLookup",
          "ShareLinkToEntireOrg",
          "EmailSubscriptionsToExternalUsers",
          "EmailSubscriptionsToB2BUsers",
          "AllowExternalDataSharingSwitch",
          "AllowExternalDataSharingReceiverSwitch",
          "EnableDatasetInPlaceSharing",
          "ExternalDatasetSharingTenant",
          "RScriptVisual",
          "CreateAppWorkspaces",
          "AllowServicePrincipalsUseReadAdminAPIs",
          "AllowServicePrincipalsUseWriteAdminAPIs",
          "ServicePrincipalAccessPermissionAPIs",
          "ServicePrincipalAccessGlobalAPIs",
          "AllowServicePrincipalsCreateAndUseProfiles",
          "ServicePrincipalAccess");

  static final int RECENT_CHANGES = 200;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String UTC = "strftime(timezone('UTC', %s), '%%Y-%%m-%%d %%H:%%M UTC')";

  private TenantSettingsSection() {}

  static ObjectNode read(InventoryDb db, Rows rows) throws SQLException {
    ObjectNode section = JSON.objectNode();
    if (!db.has("tenant_settings_snapshots")
        || rows.count("SELECT count(*) FROM tenant_settings_snapshots") == 0) {
      section.put("available", false);
      return section;
    }
    section.put("available", true);
    try (Statement s = db.connection().createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT "
                    + String.format(UTC, "taken_at")
                    + ", tenant_settings, overrides, group_names, (SELECT count(*) FROM"
                    + " tenant_settings_snapshots) FROM tenant_settings_snapshots ORDER BY"
                    + " snapshot_id DESC LIMIT 1")) {
      r.next();
      section.put("takenAt", r.getString(1));
      section.put("settings", r.getLong(2));
      section.put("overrides", r.getLong(3));
      section.put("groupNames", r.getString(4));
      section.put("snapshots", r.getLong(5));
    }
    String names =
        USUALLY_SCOPED.stream().map(n -> "('" + n + "')").collect(Collectors.joining(", "));
    section.set(
        "openToEveryone",
        rows.table(
            "SELECT t.setting_name AS setting, trim(t.title) AS title,"
                + " t.tenant_setting_group AS portal_group, t.scope AS state FROM tenant_settings t"
                + " JOIN (VALUES "
                + names
                + ") AS scoped(name) ON scoped.name = t.setting_name WHERE t.enabled AND NOT EXISTS"
                + " (SELECT 1 FROM tenant_setting_groups g WHERE g.scope_type = 'Tenant' AND"
                + " g.setting_name = t.setting_name AND g.list = 'enabled') ORDER BY t.position",
            ReportData.DETAIL_ROWS));
    section.set("drift", drift(db, rows));
    section.set(
        "changes",
        rows.table(
            "SELECT "
                + String.format(UTC, "first_seen_at")
                + " AS first_seen, setting_name AS setting, CASE WHEN scope_type = 'Tenant' THEN"
                + " 'Tenant' ELSE scope_type || ' ' || scope_id END AS \"where\", aspect, old_value"
                + " AS \"from\", new_value AS \"to\", "
                + String.format(UTC, "previous_snapshot_at")
                + " AS not_before FROM tenant_settings_history ORDER BY first_seen_at DESC, rowid",
            RECENT_CHANGES));
    return section;
  }

  /** The drift of the newest snapshot that was checked against a baseline, and which baseline. */
  private static ObjectNode drift(InventoryDb db, Rows rows) throws SQLException {
    ObjectNode drift = JSON.objectNode();
    try (Statement s = db.connection().createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT snapshot_id, baseline, "
                    + String.format(UTC, "taken_at")
                    + " FROM tenant_settings_snapshots WHERE baseline IS NOT NULL ORDER BY"
                    + " snapshot_id DESC LIMIT 1")) {
      if (!r.next()) {
        drift.put("checked", false);
        return drift;
      }
      drift.put("checked", true);
      drift.put("baseline", r.getString(2));
      drift.put("checkedAt", r.getString(3));
      drift.set(
          "table",
          rows.table(
              "SELECT setting_name AS setting, aspect, expected, actual FROM tenant_settings_drift"
                  + " WHERE snapshot_id = "
                  + r.getInt(1)
                  + " ORDER BY rowid",
              ReportData.DETAIL_ROWS));
    }
    return drift;
  }
}
