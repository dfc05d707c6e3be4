package dev.pbiadmin.cli.activity;

import java.util.List;

/**
 * The SQL of the activity tables. They live in the same DuckDB file as the inventory, so every
 * statement names only {@code activity_*} tables and creates them with {@code IF NOT EXISTS}.
 */
final class ActivitySchema {
  private ActivitySchema() {}

  static final List<String> DDL =
      List.of(
          """
          CREATE TABLE IF NOT EXISTS activity_events (
            id VARCHAR PRIMARY KEY,
            creation_time TIMESTAMP,
            day DATE NOT NULL,
            activity VARCHAR,
            operation VARCHAR,
            user_id VARCHAR,
            user_key VARCHAR,
            workspace_id VARCHAR,
            workspace_name VARCHAR,
            item_name VARCHAR,
            report_id VARCHAR,
            dataset_id VARCHAR,
            capacity_id VARCHAR,
            client_ip VARCHAR,
            user_agent VARCHAR,
            is_success BOOLEAN,
            record_type INTEGER,
            raw JSON NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS activity_days (
            day DATE NOT NULL,
            filter VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            pages_stored INTEGER NOT NULL DEFAULT 0,
            events_received BIGINT NOT NULL DEFAULT 0,
            events_stored BIGINT NOT NULL DEFAULT 0,
            continuation_token VARCHAR,
            token_obtained_at TIMESTAMP,
            chain_started_at TIMESTAMP,
            restarts INTEGER NOT NULL DEFAULT 0,
            reason VARCHAR,
            updated_at TIMESTAMP)""");

  static final String SELECT_DAY =
      "SELECT CAST(day AS VARCHAR) AS day, * EXCLUDE (day) FROM activity_days"
          + " WHERE day = CAST(? AS DATE) AND filter = ?";

  // activity_days has no key constraint: DuckDB rewrites an UPDATE of an indexed table as
  // delete+insert, which has tripped over-eager key checks; one writer keeps rows unique instead.
  static final String ENSURE_DAY =
      "INSERT INTO activity_days (day, filter, status) SELECT CAST(? AS DATE), ?, 'pending'"
          + " WHERE NOT EXISTS (SELECT 1 FROM activity_days"
          + " WHERE day = CAST(? AS DATE) AND filter = ?)";

  static final String START_CHAIN =
      "UPDATE activity_days SET status = 'in_progress', continuation_token = NULL,"
          + " token_obtained_at = NULL, chain_started_at = ?, restarts = restarts + ?,"
          + " reason = NULL, updated_at = chain_started_at"
          + " WHERE day = CAST(? AS DATE) AND filter = ?";

  static final String STORE_PAGE =
      "UPDATE activity_days SET status = ?, pages_stored = pages_stored + 1,"
          + " events_received = events_received + ?, events_stored = events_stored + ?,"
          + " continuation_token = ?, token_obtained_at = ?, reason = ?, updated_at = ?"
          + " WHERE day = CAST(? AS DATE) AND filter = ?";

  static final String MARK_INCOMPLETE =
      "UPDATE activity_days SET status = 'incomplete', reason = ?, updated_at = ?"
          + " WHERE day = CAST(? AS DATE) AND filter = ?";

  // The service's field names are PascalCase; WorkSpaceName is spelled so in Microsoft's examples.
  // OR IGNORE on the Id key is the dedup: retries and restarted chains store each event once.
  static final String INSERT_EVENTS =
      """
      INSERT OR IGNORE INTO activity_events
      SELECT e->>'Id',
             TRY_CAST(e->>'CreationTime' AS TIMESTAMP),
             CAST(? AS DATE),
             e->>'Activity',
             e->>'Operation',
             e->>'UserId',
             e->>'UserKey',
             e->>'WorkspaceId',
             coalesce(e->>'WorkSpaceName', e->>'WorkspaceName'),
             e->>'ItemName',
             e->>'ReportId',
             e->>'DatasetId',
             e->>'CapacityId',
             e->>'ClientIP',
             e->>'UserAgent',
             TRY_CAST(e->>'IsSuccess' AS BOOLEAN),
             TRY_CAST(e->>'RecordType' AS INTEGER),
             e
      FROM (SELECT value AS e FROM json_each(CAST(? AS JSON)))""";
}
