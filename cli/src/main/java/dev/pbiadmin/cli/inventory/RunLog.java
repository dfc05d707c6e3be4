package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.InventoryStore.instant;
import static dev.pbiadmin.cli.inventory.InventoryStore.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;

/** {@code scan_runs} and the resume plan in {@code scan_batches}/{@code scan_batch_workspaces}. */
final class RunLog {
  /** The planning work table; created and dropped inside the plan's transaction. */
  private static final Table PLAN_LISTING =
      Table.of(
          "plan_listing", List.of("seq"), "seq BIGINT", "workspace_id VARCHAR", "modified BOOLEAN");

  private final DuckDBConnection c;

  /** The store's monitor: one connection, so one transaction at a time across both. */
  private final Object lock;

  RunLog(DuckDBConnection connection, Object lock) {
    this.c = connection;
    this.lock = lock;
  }

  long begin(String mode, Instant startedAt, Instant modifiedSince, String options)
      throws SQLException {
    synchronized (lock) {
      long id;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM scan_runs")) {
        rs.next();
        id = rs.getLong(1);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO scan_runs (run_id, started_at,"
                  + " mode, status, modified_since, options) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setObject(2, utc(startedAt));
        ps.setString(3, mode);
        ps.setString(4, RunRecord.RUNNING);
        ps.setObject(5, utc(modifiedSince));
        ps.setString(6, options);
        ps.executeUpdate();
      }
      return id;
    }
  }

  Optional<RunRecord> unfinished() throws SQLException {
    synchronized (lock) {
      return one(
          "WHERE status IN ('"
              + RunRecord.RUNNING
              + "', '"
              + RunRecord.INCOMPLETE
              + "') ORDER BY run_id DESC");
    }
  }

  Optional<RunRecord> lastSucceeded(boolean fullOnly) throws SQLException {
    synchronized (lock) {
      return one(
          "WHERE status = '"
              + RunRecord.SUCCEEDED
              + "'"
              + (fullOnly ? " AND mode = 'full'" : "")
              + " ORDER BY run_id DESC");
    }
  }

  private Optional<RunRecord> one(String where) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT run_id, started_at, mode, status, modified_since,"
                    + " options FROM scan_runs "
                    + where
                    + " LIMIT 1")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new RunRecord(
              rs.getLong(1),
              instant(rs.getTimestamp(2)),
              rs.getString(3),
              rs.getString(4),
              instant(rs.getTimestamp(5)),
              rs.getString(6)));
    }
  }

  /**
   * Where a plan's workspace ids come from: the full listing, then (incremental) the modified ones.
   */
  interface PlanSource {
    void list(Consumer<String> listed, Consumer<String> modified) throws SQLException;
  }

  /**
   * Persists the plan in one transaction, before the first getInfo. The ids stream from {@code
   * source} into a work table and the batches are cut in SQL, so planning holds no id list on the
   * heap whatever the tenant's size. A full run scans every listed workspace; an incremental one
   * the modified ones plus any listed workspace the inventory lacks.
   */
  void savePlan(long runId, boolean incremental, PlanSource source) throws SQLException {
    synchronized (lock) {
      Transactions.inOne(
          c,
          () -> {
            try (Statement s = c.createStatement()) {
              s.execute(
                  "CREATE OR REPLACE TABLE plan_listing (seq BIGINT, workspace_id VARCHAR,"
                      + " modified BOOLEAN)");
              try (Appenders rows = new Appenders(c)) {
                long[] seq = {0};
                source.list(
                    id -> append(rows, seq[0]++, id, false),
                    id -> append(rows, seq[0]++, id, true));
              }
              String scanned =
                  incremental
                      ? "modified OR lower(workspace_id) NOT IN (SELECT workspace_id FROM"
                          + " workspaces)"
                      : "true";
              s.execute(
                  "INSERT INTO scan_run_workspaces SELECT "
                      + runId
                      + ", workspace_id FROM plan_listing WHERE NOT modified GROUP BY workspace_id"
                      + " ORDER BY min(seq)");
              // modified ones first, each workspace once, in the order the service listed them
              s.execute(
                  "INSERT INTO scan_batch_workspaces SELECT "
                      + runId
                      + ","
                      + " CAST((row_number() OVER (ORDER BY first_kind, first_seq) - 1) // "
                      + Planner.BATCH_SIZE
                      + " AS INTEGER), workspace_id FROM (SELECT workspace_id, min(CASE WHEN"
                      + " modified THEN 0 ELSE 1 END) AS first_kind, min(seq) AS first_seq FROM"
                      + " plan_listing WHERE "
                      + scanned
                      + " GROUP BY workspace_id)");
              s.execute(
                  "INSERT INTO scan_batches SELECT "
                      + runId
                      + ", batch_no, count(*), '"
                      + Batch.PENDING
                      + "', NULL, NULL, NULL, 0, NULL, NULL FROM scan_batch_workspaces"
                      + " WHERE run_id = "
                      + runId
                      + " GROUP BY batch_no");
              s.execute(
                  "UPDATE scan_runs SET workspaces_listed = (SELECT count(*) FROM"
                      + " scan_run_workspaces WHERE run_id = "
                      + runId
                      + "), batches = (SELECT count(*) FROM scan_batches WHERE run_id = "
                      + runId
                      + ") WHERE run_id = "
                      + runId);
              s.execute("DROP TABLE plan_listing");
            }
            return null;
          });
    }
  }

  private static void append(Appenders rows, long seq, String id, boolean modified) {
    try {
      rows.add(PLAN_LISTING, seq, id, modified);
    } catch (SQLException e) {
      throw new InventoryException("cannot save the plan: " + e.getMessage(), e);
    }
  }

  boolean hasPlan(long runId) throws SQLException {
    synchronized (lock) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT batches IS NOT NULL FROM scan_runs WHERE run_id = ?")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() && rs.getBoolean(1);
        }
      }
    }
  }

  /** Batches of the run not yet stored, in batch order (without their ids: see batchWorkspaces). */
  List<Batch> openBatches(long runId) throws SQLException {
    synchronized (lock) {
      List<Batch> out = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT batch_no, workspace_count, status,"
                  + " scan_id, requested_at, attempts FROM scan_batches WHERE run_id = ?"
                  + " AND status <> 'stored' ORDER BY batch_no")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(
                new Batch(
                    runId,
                    rs.getInt(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    instant(rs.getTimestamp(5)),
                    rs.getInt(6)));
          }
        }
      }
      return out;
    }
  }

  /** The workspace ids of one batch. */
  List<String> batchWorkspaces(Batch b) throws SQLException {
    return strings(
        "SELECT workspace_id FROM scan_batch_workspaces"
            + " WHERE run_id = ? AND batch_no = ? ORDER BY workspace_id",
        b.runId(),
        b.batchNo());
  }

  void markRequested(Batch b) throws SQLException {
    synchronized (lock) {
      update(
          b,
          "status = 'requested', scan_id = ?, requested_at = ?, attempts = ?, error = NULL",
          b.scanId(),
          utc(b.requestedAt()),
          b.attempts());
    }
  }

  /**
   * Called inside the store's batch transaction; {@code extra} keeps the result's top-level keys
   * pbiadmin does not know.
   */
  void markStored(Batch b, Instant at, String extra) throws SQLException {
    update(b, "status = 'stored', stored_at = ?, error = NULL, extra = ?", utc(at), extra);
  }

  void markFailed(Batch b, String error) throws SQLException {
    synchronized (lock) {
      update(b, "status = 'failed', error = ?", error);
    }
  }

  private void update(Batch b, String set, Object... values) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE scan_batches SET " + set + " WHERE run_id = ? AND batch_no = ?")) {
      int i = 1;
      for (Object v : values) {
        ps.setObject(i++, v);
      }
      ps.setLong(i++, b.runId());
      ps.setInt(i, b.batchNo());
      ps.executeUpdate();
    }
  }

  /** Inventoried workspaces absent from the run's listing: deleted, or now out of scope. */
  List<String> unlisted(long runId) throws SQLException {
    return strings(
        "SELECT workspace_id FROM workspaces"
            + " WHERE workspace_id NOT IN (SELECT lower(workspace_id) FROM scan_run_workspaces"
            + " WHERE run_id = ?) ORDER BY workspace_id",
        runId);
  }

  /** The first column of a query's rows, under the log's lock. */
  private List<String> strings(String sql, Object... params) throws SQLException {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    }
  }

  /** Workspaces the run's listing returned. */
  long listed(long runId) throws SQLException {
    synchronized (lock) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT count(*) FROM scan_run_workspaces WHERE run_id = ?")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  /** Workspaces the run has stored so far. */
  long storedWorkspaces(long runId) throws SQLException {
    synchronized (lock) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT coalesce(sum(workspace_count), 0)"
                  + " FROM scan_batches WHERE run_id = ? AND status = 'stored'")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  void finish(long runId, String status, Instant endedAt, RunStats stats) throws SQLException {
    synchronized (lock) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE scan_runs SET status = ?,"
                  + " ended_at = ?, workspaces_scanned = ?, workspaces_deleted = ?, api_calls = ?,"
                  + " throttled_waits = ?, throttled_wait_seconds = ?, notes = ?, unrecognised = ?"
                  + " WHERE run_id = ?")) {
        ps.setString(1, status);
        ps.setObject(2, utc(endedAt));
        ps.setLong(3, stats.workspacesScanned());
        ps.setLong(4, stats.workspacesDeleted());
        ps.setLong(5, stats.apiCalls());
        ps.setLong(6, stats.throttledWaits());
        ps.setDouble(7, stats.throttledWaitSeconds());
        ps.setString(8, stats.notes().isEmpty() ? null : String.join("\n", stats.notes()));
        ps.setString(9, stats.unrecognised());
        ps.setLong(10, runId);
        ps.executeUpdate();
      }
    }
  }
}
