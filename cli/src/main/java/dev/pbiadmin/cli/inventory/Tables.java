package dev.pbiadmin.cli.inventory;

import java.util.List;

/**
 * The inventory's tables. Names and keys are a public contract (docs/schema.md): change them only
 * with a new {@link #SCHEMA_VERSION} and a migration. Every content table carries {@code
 * workspace_id} so that re-scanning a workspace replaces exactly its rows.
 */
final class Tables {
  /** Bumped whenever a table or column changes; stored in {@code schema_info}. */
  static final int SCHEMA_VERSION = 2;

  private static final String[] USER = {
    "identifier VARCHAR", "display_name VARCHAR", "email_address VARCHAR", "graph_id VARCHAR",
    "principal_type VARCHAR", "user_type VARCHAR", "access_right VARCHAR", "extra VARCHAR"
  };
  private static final String[] LABELS = {
    "endorsement VARCHAR", "certified_by VARCHAR", "sensitivity_label_id VARCHAR"
  };

  static final Table WORKSPACES =
      Table.of(
          "workspaces",
          List.of("workspace_id"),
          "workspace_id VARCHAR",
          "name VARCHAR",
          "description VARCHAR",
          "type VARCHAR",
          "state VARCHAR",
          "is_personal BOOLEAN",
          "is_on_dedicated_capacity BOOLEAN",
          "capacity_id VARCHAR",
          "default_dataset_storage_format VARCHAR",
          "data_retrieval_state VARCHAR",
          "scan_id VARCHAR",
          "scanned_at TIMESTAMP",
          "domain_id VARCHAR",
          "extra VARCHAR");
  static final Table WORKSPACE_USERS = users("workspace_users", "workspace_id");

  static final Table SEMANTIC_MODELS =
      Table.of(
          "semantic_models",
          List.of("semantic_model_id"),
          concat(
              new String[] {
                "semantic_model_id VARCHAR",
                "workspace_id VARCHAR",
                "name VARCHAR",
                "description VARCHAR",
                "configured_by VARCHAR",
                "configured_by_id VARCHAR",
                "created_date TIMESTAMP",
                "content_provider_type VARCHAR",
                "target_storage_mode VARCHAR",
                "is_effective_identity_required BOOLEAN",
                "is_refreshable BOOLEAN",
                "schema_retrieval_error VARCHAR",
                "schema_may_not_be_up_to_date BOOLEAN"
              },
              LABELS,
              "is_effective_identity_roles_required BOOLEAN",
              "extra VARCHAR"));
  static final Table SEMANTIC_MODEL_TABLES =
      Table.of(
          "semantic_model_tables",
          List.of("semantic_model_id", "table_name"),
          "semantic_model_id VARCHAR",
          "table_name VARCHAR",
          "workspace_id VARCHAR",
          "is_hidden BOOLEAN",
          "description VARCHAR",
          "source_expression VARCHAR",
          "storage_mode VARCHAR",
          "source_schema_name VARCHAR",
          "extra VARCHAR");
  static final Table SEMANTIC_MODEL_COLUMNS =
      Table.of(
          "semantic_model_columns",
          List.of("semantic_model_id", "table_name", "column_name"),
          "semantic_model_id VARCHAR",
          "table_name VARCHAR",
          "column_name VARCHAR",
          "workspace_id VARCHAR",
          "data_type VARCHAR",
          "column_type VARCHAR",
          "expression VARCHAR",
          "format_string VARCHAR",
          "sort_by_column VARCHAR",
          "data_category VARCHAR",
          "is_hidden BOOLEAN",
          "summarize_by VARCHAR",
          "description VARCHAR",
          "extra VARCHAR");
  static final Table SEMANTIC_MODEL_MEASURES =
      Table.of(
          "semantic_model_measures",
          List.of("semantic_model_id", "table_name", "measure_name"),
          "semantic_model_id VARCHAR",
          "table_name VARCHAR",
          "measure_name VARCHAR",
          "workspace_id VARCHAR",
          "expression VARCHAR",
          "format_string VARCHAR",
          "description VARCHAR",
          "is_hidden BOOLEAN",
          "extra VARCHAR");
  static final Table SEMANTIC_MODEL_EXPRESSIONS =
      Table.of(
          "semantic_model_expressions",
          List.of("semantic_model_id", "expression_name"),
          "semantic_model_id VARCHAR",
          "expression_name VARCHAR",
          "workspace_id VARCHAR",
          "expression VARCHAR",
          "description VARCHAR",
          "extra VARCHAR");
  static final Table SEMANTIC_MODEL_ROLES =
      Table.of(
          "semantic_model_roles",
          List.of("semantic_model_id", "role_name"),
          "semantic_model_id VARCHAR",
          "role_name VARCHAR",
          "workspace_id VARCHAR",
          "model_permission VARCHAR",
          "extra VARCHAR");
  static final Table SEMANTIC_MODEL_ROLE_MEMBERS =
      Table.of(
          "semantic_model_role_members",
          List.of("semantic_model_id", "role_name", "member_name"),
          "semantic_model_id VARCHAR",
          "role_name VARCHAR",
          "member_name VARCHAR",
          "workspace_id VARCHAR",
          "member_id VARCHAR",
          "member_type VARCHAR",
          "identity_provider VARCHAR",
          "extra VARCHAR");
  static final Table SEMANTIC_MODEL_TABLE_PERMISSIONS =
      Table.of(
          "semantic_model_table_permissions",
          List.of("semantic_model_id", "role_name", "table_name"),
          "semantic_model_id VARCHAR",
          "role_name VARCHAR",
          "table_name VARCHAR",
          "workspace_id VARCHAR",
          "filter_expression VARCHAR",
          "extra VARCHAR");
  static final Table SEMANTIC_MODEL_USERS = users("semantic_model_users", "semantic_model_id");

  static final Table DATASOURCES =
      Table.of(
          "datasources",
          List.of("datasource_id"),
          "datasource_id VARCHAR",
          "datasource_type VARCHAR",
          "gateway_id VARCHAR",
          "server VARCHAR",
          "database VARCHAR",
          "url VARCHAR",
          "path VARCHAR",
          "kind VARCHAR",
          "account VARCHAR",
          "domain VARCHAR",
          "email_address VARCHAR",
          "login_server VARCHAR",
          "class_info VARCHAR",
          "connection_details VARCHAR",
          "misconfigured BOOLEAN",
          "extension_data_source_kind VARCHAR",
          "extension_data_source_path VARCHAR",
          "share_point_site_url VARCHAR",
          "connection_string VARCHAR",
          "extra VARCHAR");
  static final Table SEMANTIC_MODEL_DATASOURCES =
      links("semantic_model_datasources", "semantic_model_id");
  static final Table DATAFLOW_DATASOURCES = links("dataflow_datasources", "dataflow_id");
  static final Table DATAMART_DATASOURCES = links("datamart_datasources", "datamart_id");
  static final Table REPORT_DATASOURCES = links("report_datasources", "report_id");
  static final Table FABRIC_ITEM_DATASOURCES = links("fabric_item_datasources", "fabric_item_id");

  /** Every table linking an item to a datasource: a datasource none of them names is pruned. */
  static final List<Table> DATASOURCE_LINKS =
      List.of(
          SEMANTIC_MODEL_DATASOURCES,
          DATAFLOW_DATASOURCES,
          DATAMART_DATASOURCES,
          REPORT_DATASOURCES,
          FABRIC_ITEM_DATASOURCES);

  static final Table REPORTS =
      Table.of(
          "reports",
          List.of("report_id"),
          concat(
              new String[] {
                "report_id VARCHAR",
                "workspace_id VARCHAR",
                "name VARCHAR",
                "description VARCHAR",
                "report_type VARCHAR",
                "semantic_model_id VARCHAR",
                "semantic_model_workspace_id VARCHAR",
                "app_id VARCHAR",
                "original_report_id VARCHAR",
                "created_by VARCHAR",
                "created_by_id VARCHAR",
                "created_date_time TIMESTAMP",
                "modified_by VARCHAR",
                "modified_by_id VARCHAR",
                "modified_date_time TIMESTAMP"
              },
              LABELS,
              "extra VARCHAR"));
  static final Table REPORT_USERS = users("report_users", "report_id");
  static final Table DASHBOARDS =
      Table.of(
          "dashboards",
          List.of("dashboard_id"),
          concat(
              new String[] {
                "dashboard_id VARCHAR", "workspace_id VARCHAR", "display_name VARCHAR",
                "is_read_only BOOLEAN", "app_id VARCHAR", "data_classification VARCHAR"
              },
              LABELS,
              "extra VARCHAR"));
  static final Table DASHBOARD_TILES =
      Table.of(
          "dashboard_tiles",
          List.of("dashboard_id", "tile_id"),
          "dashboard_id VARCHAR",
          "tile_id VARCHAR",
          "workspace_id VARCHAR",
          "title VARCHAR",
          "report_id VARCHAR",
          "semantic_model_id VARCHAR",
          "semantic_model_workspace_id VARCHAR",
          "sub_title VARCHAR",
          "extra VARCHAR");
  static final Table DASHBOARD_USERS = users("dashboard_users", "dashboard_id");
  static final Table DATAFLOWS =
      Table.of(
          "dataflows",
          List.of("dataflow_id"),
          concat(
              new String[] {
                "dataflow_id VARCHAR",
                "workspace_id VARCHAR",
                "name VARCHAR",
                "description VARCHAR",
                "model_url VARCHAR",
                "configured_by VARCHAR",
                "modified_by VARCHAR",
                "modified_date_time TIMESTAMP"
              },
              LABELS,
              "extra VARCHAR"));
  static final Table DATAFLOW_USERS = users("dataflow_users", "dataflow_id");
  static final Table DATAMARTS =
      Table.of(
          "datamarts",
          List.of("datamart_id"),
          concat(
              new String[] {
                "datamart_id VARCHAR",
                "workspace_id VARCHAR",
                "name VARCHAR",
                "description VARCHAR",
                "type VARCHAR",
                "status VARCHAR",
                "state VARCHAR",
                "configured_by VARCHAR",
                "configured_by_id VARCHAR",
                "modified_by VARCHAR",
                "modified_by_id VARCHAR",
                "modified_date_time TIMESTAMP"
              },
              LABELS,
              "extra VARCHAR"));
  static final Table DATAMART_USERS = users("datamart_users", "datamart_id");
  static final Table LINEAGE_EDGES =
      Table.of(
          "lineage_edges",
          List.of("from_kind", "from_id", "to_kind", "to_id"),
          "from_kind VARCHAR",
          "from_id VARCHAR",
          "to_kind VARCHAR",
          "to_id VARCHAR",
          "workspace_id VARCHAR",
          "from_workspace_id VARCHAR",
          "relation_type VARCHAR");

  /**
   * Every item of a Fabric item array of a workspace ({@code Lakehouse}, {@code warehouses}, {@code
   * Notebook}, ... and any array key the service adds later): reference §3-§5.7.
   */
  static final Table FABRIC_ITEMS =
      Table.of(
          "fabric_items",
          List.of("fabric_item_id"),
          concat(
              new String[] {
                "fabric_item_id VARCHAR",
                "workspace_id VARCHAR",
                "item_type VARCHAR",
                "normalized_type VARCHAR",
                "name VARCHAR",
                "description VARCHAR",
                "state VARCHAR",
                "created_by VARCHAR",
                "created_by_id VARCHAR",
                "created_date TIMESTAMP",
                "last_updated_date TIMESTAMP",
                "modified_by VARCHAR",
                "modified_by_id VARCHAR",
                "modified_date_time TIMESTAMP",
                "configured_by VARCHAR",
                "configured_by_id VARCHAR",
                "extended_properties VARCHAR"
              },
              LABELS,
              "extra VARCHAR"));

  static final Table FABRIC_ITEM_USERS = users("fabric_item_users", "fabric_item_id");

  /** {@code refreshSchedule} and {@code directQueryRefreshSchedule} of any item (reference §12). */
  static final Table REFRESH_SCHEDULES =
      Table.of(
          "refresh_schedules",
          List.of("item_id", "schedule_type"),
          "item_kind VARCHAR",
          "item_id VARCHAR",
          "workspace_id VARCHAR",
          "schedule_type VARCHAR",
          "enabled BOOLEAN",
          "days VARCHAR",
          "times VARCHAR",
          "frequency BIGINT",
          "local_time_zone_id VARCHAR",
          "notify_option VARCHAR",
          "extra VARCHAR");

  /** Every table whose rows belong to one workspace, in the order a scan result fills them. */
  static final List<Table> CONTENT =
      List.of(
          WORKSPACES,
          WORKSPACE_USERS,
          SEMANTIC_MODELS,
          SEMANTIC_MODEL_TABLES,
          SEMANTIC_MODEL_COLUMNS,
          SEMANTIC_MODEL_MEASURES,
          SEMANTIC_MODEL_EXPRESSIONS,
          SEMANTIC_MODEL_ROLES,
          SEMANTIC_MODEL_ROLE_MEMBERS,
          SEMANTIC_MODEL_TABLE_PERMISSIONS,
          SEMANTIC_MODEL_USERS,
          SEMANTIC_MODEL_DATASOURCES,
          DATAFLOW_DATASOURCES,
          DATAMART_DATASOURCES,
          REPORTS,
          REPORT_USERS,
          REPORT_DATASOURCES,
          DASHBOARDS,
          DASHBOARD_TILES,
          DASHBOARD_USERS,
          DATAFLOWS,
          DATAFLOW_USERS,
          DATAMARTS,
          DATAMART_USERS,
          FABRIC_ITEMS,
          FABRIC_ITEM_USERS,
          FABRIC_ITEM_DATASOURCES,
          REFRESH_SCHEDULES,
          LINEAGE_EDGES);

  static final Table SCAN_RUNS =
      Table.of(
          "scan_runs",
          List.of("run_id"),
          "run_id BIGINT",
          "started_at TIMESTAMP",
          "ended_at TIMESTAMP",
          "mode VARCHAR",
          "status VARCHAR",
          "modified_since TIMESTAMP",
          "options VARCHAR",
          "workspaces_listed BIGINT",
          "workspaces_scanned BIGINT",
          "workspaces_deleted BIGINT",
          "batches BIGINT",
          "api_calls BIGINT",
          "throttled_waits BIGINT",
          "throttled_wait_seconds DOUBLE",
          "notes VARCHAR",
          "unrecognised VARCHAR");
  static final Table SCAN_BATCHES =
      Table.of(
          "scan_batches",
          List.of("run_id", "batch_no"),
          "run_id BIGINT",
          "batch_no INTEGER",
          "workspace_count INTEGER",
          "status VARCHAR",
          "scan_id VARCHAR",
          "requested_at TIMESTAMP",
          "stored_at TIMESTAMP",
          "attempts INTEGER",
          "error VARCHAR",
          "extra VARCHAR");
  static final Table SCAN_BATCH_WORKSPACES =
      Table.of(
          "scan_batch_workspaces",
          List.of("run_id", "workspace_id"),
          "run_id BIGINT",
          "batch_no INTEGER",
          "workspace_id VARCHAR");

  /** The full workspace listing of a run: what exists, so that what is absent gets deleted. */
  static final Table SCAN_RUN_WORKSPACES =
      Table.of(
          "scan_run_workspaces",
          List.of("run_id", "workspace_id"),
          "run_id BIGINT",
          "workspace_id VARCHAR");

  /** Tables written by {@code --parquet}/{@code --csv}: content, datasources and the run log. */
  static final Table WIDELY_SHARED_ARTIFACTS =
      Table.of(
          "widely_shared_artifacts",
          List.of("share_kind", "artifact_id"),
          "share_kind VARCHAR",
          "artifact_id VARCHAR",
          "artifact_type VARCHAR",
          "display_name VARCHAR",
          "access_right VARCHAR",
          "share_type VARCHAR",
          "sharer_email VARCHAR",
          "sharer_display_name VARCHAR",
          "sharer_principal_type VARCHAR",
          "refreshed_at TIMESTAMP");

  /**
   * What the Fabric admin API's Items_ListItems ({@code GET /v1/admin/items}) listed at the last
   * items check ({@code inventory --items-check}); replaced by each check.
   */
  static final Table FABRIC_ADMIN_ITEMS =
      Table.of(
          "fabric_admin_items",
          List.of("item_id"),
          "item_id VARCHAR",
          "workspace_id VARCHAR",
          "item_type VARCHAR",
          "name VARCHAR",
          "state VARCHAR",
          "capacity_id VARCHAR",
          "last_updated_date TIMESTAMP",
          "listed_at TIMESTAMP");

  /** Items per workspace and Fabric item type on each side of the last items check. */
  static final Table ITEMS_CHECK_COUNTS =
      Table.of(
          "items_check_counts",
          List.of("workspace_id", "item_type"),
          "workspace_id VARCHAR",
          "item_type VARCHAR",
          "scanner_count BIGINT",
          "fabric_count BIGINT",
          "compared BOOLEAN");

  /** The items one side of the last items check has and the other has not, or types differently. */
  static final Table ITEMS_CHECK_DIFFERENCES =
      Table.of(
          "items_check_differences",
          List.of("item_id", "difference"),
          "item_id VARCHAR",
          "workspace_id VARCHAR",
          "item_type VARCHAR",
          "name VARCHAR",
          "difference VARCHAR",
          "note VARCHAR");

  /** One row per items check, failed ones included, with its totals. */
  static final Table ITEMS_CHECKS =
      Table.of(
          "items_checks",
          List.of("checked_at"),
          "checked_at TIMESTAMP",
          "run_id BIGINT",
          "status VARCHAR",
          "fabric_items BIGINT",
          "scanner_items BIGINT",
          "not_in_scan BIGINT",
          "not_in_fabric_list BIGINT",
          "type_differs BIGINT",
          "not_compared BIGINT",
          "message VARCHAR");

  /** The items check's tables, which {@code --items-check} writes. */
  static final List<Table> ITEMS_CHECK =
      List.of(FABRIC_ADMIN_ITEMS, ITEMS_CHECK_COUNTS, ITEMS_CHECK_DIFFERENCES, ITEMS_CHECKS);

  static final List<Table> EXPORTED;

  /** Every table of the inventory. */
  static final List<Table> ALL;

  static {
    var exported = new java.util.ArrayList<>(CONTENT);
    exported.add(DATASOURCES);
    exported.add(SCAN_RUNS);
    exported.add(WIDELY_SHARED_ARTIFACTS);
    exported.addAll(ITEMS_CHECK);
    EXPORTED = List.copyOf(exported);
    var all = new java.util.ArrayList<>(EXPORTED);
    all.addAll(List.of(SCAN_BATCHES, SCAN_BATCH_WORKSPACES, SCAN_RUN_WORKSPACES));
    ALL = List.copyOf(all);
  }

  private Tables() {}

  private static Table users(String name, String itemKey) {
    String[] head = {itemKey + " VARCHAR", "workspace_id VARCHAR"};
    String[] cols = itemKey.equals("workspace_id") ? new String[] {head[1]} : head;
    return Table.of(name, List.of(itemKey, "identifier"), concat(cols, USER));
  }

  private static Table links(String name, String itemKey) {
    return Table.of(
        name,
        List.of(itemKey, "datasource_id"),
        itemKey + " VARCHAR",
        "datasource_id VARCHAR",
        "workspace_id VARCHAR",
        "misconfigured BOOLEAN");
  }

  private static String[] concat(String[] a, String[] b, String... more) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length + more.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    System.arraycopy(more, 0, out, a.length + b.length, more.length);
    return out;
  }
}
