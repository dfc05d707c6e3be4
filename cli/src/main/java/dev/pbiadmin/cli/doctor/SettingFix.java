package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.client.models.TenantSetting;

/**
 * The change a doctor run proposes, with the admin identity that read the setting and may apply it
 * ({@code --fix}, after the command's confirmation).
 */
public final class SettingFix {
  private final SettingChange change;
  private final AdminView view;

  SettingFix(SettingChange change, AdminView view) {
    this.change = change;
    this.view = view;
  }

  public SettingChange change() {
    return change;
  }

  /** Who applies it, never containing a secret. */
  public String who() {
    return view.who();
  }

  /**
   * Applies the change through {@code POST /v1/admin/tenantsettings/{name}/update}; the setting as
   * the service now holds it. Throws the client's {@link dev.pbiadmin.client.PowerBiException} when
   * the service refuses (a Fabric administrator needs Tenant.ReadWrite.All for it).
   */
  public TenantSetting apply() {
    return view.apply(change);
  }
}
