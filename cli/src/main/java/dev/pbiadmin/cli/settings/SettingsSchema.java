package dev.pbiadmin.cli.settings;

import java.util.List;

/**
 * The tenant-settings tables in the inventory's DuckDB file (docs/schema.md). The current tables
 * hold the latest snapshot; {@code tenant_settings_history} keeps every change ever seen, with when
 * it was first seen and the snapshot before it (the change happened in between).
 */
final class SettingsSchema {
  private SettingsSchema() {}

  static final List<String> DDL =
      List.of(
          """
          CREATE TABLE IF NOT EXISTS tenant_settings_snapshots (
            snapshot_id INTEGER PRIMARY KEY, taken_at TIMESTAMPTZ NOT NULL, tenant_settings INTEGER NOT NULL,
            overrides INTEGER NOT NULL, changes INTEGER NOT NULL, group_names VARCHAR NOT NULL,
            baseline VARCHAR, drift INTEGER)\
          """,
          """
          CREATE TABLE IF NOT EXISTS tenant_settings (
            setting_name VARCHAR PRIMARY KEY, position INTEGER NOT NULL, snapshot_id INTEGER NOT NULL, title VARCHAR,
            tenant_setting_group VARCHAR, enabled BOOLEAN NOT NULL, scope VARCHAR NOT NULL,
            can_specify_security_groups BOOLEAN, delegate_to_capacity BOOLEAN, delegate_to_domain BOOLEAN,
            delegate_to_workspace BOOLEAN, properties JSON, raw JSON)\
          """,
          """
          CREATE TABLE IF NOT EXISTS tenant_setting_overrides (
            scope_type VARCHAR NOT NULL, scope_id VARCHAR NOT NULL, setting_name VARCHAR NOT NULL,
            position INTEGER NOT NULL, snapshot_id INTEGER NOT NULL, title VARCHAR, tenant_setting_group VARCHAR,
            enabled BOOLEAN NOT NULL, scope VARCHAR NOT NULL, can_specify_security_groups BOOLEAN,
            delegate_to_workspace BOOLEAN, delegated_from VARCHAR, properties JSON, raw JSON,
            PRIMARY KEY (scope_type, scope_id, setting_name))\
          """,
          """
          CREATE TABLE IF NOT EXISTS tenant_setting_groups (
            scope_type VARCHAR NOT NULL, scope_id VARCHAR NOT NULL, setting_name VARCHAR NOT NULL, list VARCHAR NOT NULL,
            graph_id VARCHAR NOT NULL, name VARCHAR, graph_display_name VARCHAR, in_graph BOOLEAN,
            snapshot_id INTEGER NOT NULL)\
          """,
          """
          CREATE TABLE IF NOT EXISTS tenant_settings_history (
            snapshot_id INTEGER NOT NULL, first_seen_at TIMESTAMPTZ NOT NULL, previous_snapshot_at TIMESTAMPTZ NOT NULL,
            scope_type VARCHAR NOT NULL, scope_id VARCHAR NOT NULL, setting_name VARCHAR NOT NULL, title VARCHAR,
            aspect VARCHAR NOT NULL, old_value VARCHAR, new_value VARCHAR)\
          """,
          """
          CREATE TABLE IF NOT EXISTS tenant_settings_drift (
            snapshot_id INTEGER NOT NULL, baseline VARCHAR NOT NULL, setting_name VARCHAR NOT NULL, title VARCHAR,
            aspect VARCHAR NOT NULL, expected VARCHAR, actual VARCHAR)\
          """);

  static final List<String> CURRENT =
      List.of("tenant_settings", "tenant_setting_overrides", "tenant_setting_groups");
}
