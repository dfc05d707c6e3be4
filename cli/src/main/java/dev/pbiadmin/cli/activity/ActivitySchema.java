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
            id VARCHAR NOT NULL,
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
            raw JSON NOT NULL)\
          """,
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
            updated_at TIMESTAMP)\
          """);

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
  // One json_extract_string with a list of paths parses each event once (->> per field would parse
  // it once per field). The page comes as one event per line: json_each over the page as one JSON
  // document parsed all of it at once, over 90 MB for 10,000 events.
  //
  // Dedup without a key index (DuckDB keeps a key's index in memory, outside its memory_limit:
  // 1.9 GB for a 1M-event day): the page goes to a temporary table first, one row per Id
  // (DISTINCT ON), then loses the Ids the same day already holds, then is appended. The lookup
  // hashes the page's ids and streams the day's rows past them, so its memory is the page's, not
  // the day's (an anti-join on the day's rows hashed the day: out of memory at 64 MB). An event
  // belongs to the day whose window served it, so no Id can be stored under two days.
  static final String CREATE_PAGE =
      "CREATE TEMP TABLE IF NOT EXISTS activity_page AS SELECT * FROM activity_events LIMIT 0";

  static final String CLEAR_PAGE = "DELETE FROM activity_page";

  static final String STAGE_PAGE =
      """
      INSERT INTO activity_page
      SELECT DISTINCT ON (p.id) p.*
      FROM (SELECT v[1] AS id, TRY_CAST(v[2] AS TIMESTAMP), CAST(? AS DATE) AS day, v[3], v[4], v[5], v[6], v[7],
                   coalesce(v[8], v[9]), v[10], v[11], v[12], v[13], v[14], v[15],
                   TRY_CAST(v[16] AS BOOLEAN), TRY_CAST(v[17] AS INTEGER), e
            FROM (SELECT e, json_extract_string(e, ['$.Id', '$.CreationTime', '$.Activity', '$.Operation',
                      '$.UserId', '$.UserKey', '$.WorkspaceId', '$.WorkSpaceName', '$.WorkspaceName',
                      '$.ItemName', '$.ReportId', '$.DatasetId', '$.CapacityId', '$.ClientIP',
                      '$.UserAgent', '$.IsSuccess', '$.RecordType']) AS v
                  FROM (SELECT unnest(string_split(?, chr(10))) AS e) WHERE e <> '')) p\
      """;

  static final String DROP_STORED =
      "DELETE FROM activity_page WHERE id IN (SELECT a.id FROM activity_events a"
          + " WHERE a.day = CAST(? AS DATE) AND a.id IN (SELECT id FROM activity_page))";

  static final String APPEND_PAGE = "INSERT INTO activity_events SELECT * FROM activity_page";

  /**
   * Whether {@code activity_events} still has the primary key of files written before the key was
   * dropped.
   */
  static final String HAS_KEY =
      "SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'activity_events'"
          + " AND constraint_type = 'PRIMARY KEY'";

  /** Rewrites such a table without its key (one transaction): same columns, same rows. */
  static final List<String> DROP_KEY =
      List.of(
          "ALTER TABLE activity_events RENAME TO activity_events_keyed",
          DDL.get(0),
          "INSERT INTO activity_events SELECT * FROM activity_events_keyed",
          "DROP TABLE activity_events_keyed");
}
