package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.InventoryStore.instant;
import static dev.pbiadmin.cli.inventory.InventoryStore.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/** {@code scan_runs} and the resume plan in {@code scan_batches}/{@code scan_batch_workspaces}. */
final class RunLog {
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
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO scan_runs (run_id, started_at,"
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
      return one("WHERE status IN ('" + RunRecord.RUNNING + "', '" + RunRecord.INCOMPLETE
          + "') ORDER BY run_id DESC");
    }
  }

  Optional<RunRecord> lastSucceeded(boolean fullOnly) throws SQLException {
    synchronized (lock) {
      return one("WHERE status = '" + RunRecord.SUCCEEDED + "'"
          + (fullOnly ? " AND mode = 'full'" : "") + " ORDER BY run_id DESC");
    }
  }

  private Optional<RunRecord> one(String where) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT run_id, started_at, mode, status, modified_since,"
            + " options FROM scan_runs " + where + " LIMIT 1")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new RunRecord(rs.getLong(1), instant(rs.getTimestamp(2)),
          rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)), rs.getString(6)));
    }
  }

  /** Persists the plan in one transaction, before the first getInfo. */
  void savePlan(long runId, List<List<String>> batches, List<String> listing)
      throws SQLException {
    synchronized (lock) {
      c.setAutoCommit(false);
      try {
        try (Appenders rows = new Appenders(c)) {
          for (String id : listing) {
            rows.add(Tables.SCAN_RUN_WORKSPACES, runId, id);
          }
          for (int i = 0; i < batches.size(); i++) {
            List<String> ids = batches.get(i);
            rows.add(Tables.SCAN_BATCHES, runId, i, ids.size(), Batch.PENDING, null, null, null,
                0, null);
            for (String id : ids) {
              rows.add(Tables.SCAN_BATCH_WORKSPACES, runId, i, id);
            }
          }
        }
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE scan_runs SET workspaces_listed = ?, batches = ? WHERE run_id = ?")) {
          ps.setLong(1, listing.size());
          ps.setLong(2, batches.size());
          ps.setLong(3, runId);
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  boolean hasPlan(long runId) throws SQLException {
    synchronized (lock) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT batches IS NOT NULL FROM scan_runs WHERE run_id = ?")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() && rs.getBoolean(1);
        }
      }
    }
  }

  /** Batches of the run not yet stored, in batch order, with their workspace ids. */
  List<Batch> openBatches(long runId) throws SQLException {
    synchronized (lock) {
      Map<Integer, List<String>> ids = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT w.batch_no, w.workspace_id"
          + " FROM scan_batch_workspaces w JOIN scan_batches b USING (run_id, batch_no)"
          + " WHERE w.run_id = ? AND b.status <> 'stored' ORDER BY w.batch_no, w.workspace_id")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
          }
        }
      }
      List<Batch> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT batch_no, status, scan_id,"
          + " requested_at, attempts FROM scan_batches WHERE run_id = ? AND status <> 'stored'"
          + " ORDER BY batch_no")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            int no = rs.getInt(1);
            out.add(new Batch(runId, no, ids.getOrDefault(no, List.of()), rs.getString(2),
                rs.getString(3), instant(rs.getTimestamp(4)), rs.getInt(5)));
          }
        }
      }
      return out;
    }
  }

  void markRequested(Batch b) throws SQLException {
    synchronized (lock) {
      update(b, "status = 'requested', scan_id = ?, requested_at = ?, attempts = ?, error = NULL",
          b.scanId(), utc(b.requestedAt()), b.attempts());
    }
  }

  /** Called inside the store's batch transaction. */
  void markStored(Batch b, Instant at) throws SQLException {
    update(b, "status = 'stored', stored_at = ?, error = NULL", utc(at));
  }

  void markFailed(Batch b, String error) throws SQLException {
    synchronized (lock) {
      update(b, "status = 'failed', error = ?", error);
    }
  }

  private void update(Batch b, String set, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
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
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT workspace_id FROM workspaces"
          + " WHERE workspace_id NOT IN (SELECT workspace_id FROM scan_run_workspaces"
          + " WHERE run_id = ?) ORDER BY workspace_id")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    }
  }

  /** Workspaces in the inventory now, as of the last stored batch. */
  java.util.Set<String> inventoried() throws SQLException {
    synchronized (lock) {
      java.util.Set<String> out = new java.util.HashSet<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT workspace_id FROM workspaces")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  /** Workspaces the run's listing returned. */
  long listed(long runId) throws SQLException {
    synchronized (lock) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT count(*) FROM scan_run_workspaces WHERE run_id = ?")) {
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
      try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(workspace_count), 0)"
          + " FROM scan_batches WHERE run_id = ? AND status = 'stored'")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  void finish(long runId, String status, Instant endedAt, RunStats stats)
      throws SQLException {
    synchronized (lock) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE scan_runs SET status = ?,"
          + " ended_at = ?, workspaces_scanned = ?, workspaces_deleted = ?, api_calls = ?,"
          + " throttled_waits = ?, throttled_wait_seconds = ?, notes = ? WHERE run_id = ?")) {
        ps.setString(1, status);
        ps.setObject(2, utc(endedAt));
        ps.setLong(3, stats.workspacesScanned());
        ps.setLong(4, stats.workspacesDeleted());
        ps.setLong(5, stats.apiCalls());
        ps.setLong(6, stats.throttledWaits());
        ps.setDouble(7, stats.throttledWaitSeconds());
        ps.setString(8, stats.notes().isEmpty() ? null : String.join("\n", stats.notes()));
        ps.setLong(9, runId);
        ps.executeUpdate();
      }
    }
  }
}
