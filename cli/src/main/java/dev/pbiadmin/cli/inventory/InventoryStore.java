package dev.pbiadmin.cli.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * The inventory database: a DuckDB file with the normalized tables of {@link Tables}, the run log
 * ({@code scan_runs}) and the resume plan ({@code scan_batches}). A batch's rows and its {@code
 * stored} mark are written in one transaction, so after a crash a batch is either fully in the
 * database or not at all.
 */
public final class InventoryStore implements AutoCloseable {
  private final DuckDBConnection connection;
  private final RunLog runs;
  // one DELETE per content table, planned once: each batch runs them all, often several times
  private final Map<Table, PreparedStatement> deletes = new HashMap<>();

  private InventoryStore(DuckDBConnection connection) {
    this.connection = connection;
    this.runs = new RunLog(connection, this);
  }

  /** Opens (creating if needed) the database at {@code file}. */
  public static InventoryStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      InventoryStore store = new InventoryStore(c.unwrap(DuckDBConnection.class));
      store.createSchema();
      return store;
    } catch (SQLException | IOException e) {
      throw new InventoryException(
          "cannot open the inventory database " + file + ": " + e.getMessage(), e);
    }
  }

  private void createSchema() throws SQLException {
    try (Statement s = connection.createStatement()) {
      // One writer appending small batches: two threads are plenty, and a bounded buffer pool
      // keeps the process's footprint (off the Java heap) independent of the machine's RAM.
      s.execute("SET threads = 2");
      s.execute("SET memory_limit = '512MB'");
      // The default (16 MB of WAL) checkpoints every few batches inside a batch's commit, which
      // was the biggest single cost of storing a result (JFR: duckdb_jdbc_execute under commit).
      s.execute("SET checkpoint_threshold = '256MB'");
    }
    Schema.apply(connection);
  }

  RunLog runs() {
    return runs;
  }

  /**
   * Replaces the rows of one batch's workspaces with the scan result read from {@code body} and
   * marks the batch stored, all in one transaction.
   */
  synchronized ScanResultIngest.Outcome storeBatch(
      Batch batch, InputStream body, MetadataSeen seen, Instant scannedAt) throws IOException {
    try {
      return Transactions.inOne(
          connection,
          () -> {
            deleteWorkspaces(existingIn(batch));
            ScanResultIngest.Outcome outcome;
            try (Appenders rows = new Appenders(connection)) {
              outcome =
                  ScanResultIngest.read(
                      body,
                      rows,
                      seen,
                      batch.scanId(),
                      utc(scannedAt),
                      admitOnce(storedWorkspaceIds()));
            }
            upsertDatasources(outcome, seen.unrecognised);
            if (outcome.unresolvedEdges() > 0) {
              Relations.resolve(connection);
            }
            runs.markStored(batch, scannedAt, outcome.extra());
            return outcome;
          });
    } catch (SQLException e) {
      throw new InventoryException(
          "cannot store batch " + batch.batchNo() + ": " + e.getMessage(), e);
    }
  }

  /**
   * A gate that lets each workspace of one result in once and first removes what an earlier batch
   * stored for it: the service should only return the requested workspaces, but a workspace another
   * batch already stored (or listed twice) must not end up in the inventory twice.
   */
  private ScanResultIngest.WorkspaceGate admitOnce(Set<String> stored) {
    Set<String> admitted = new HashSet<>();
    return id -> {
      if (!admitted.add(id)) {
        return false;
      }
      if (stored.contains(id)) {
        deleteWorkspaces(List.of(id));
      }
      return true;
    };
  }

  /** The stored workspace ids, read once per batch (one scan instead of a query per workspace). */
  private Set<String> storedWorkspaceIds() throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT workspace_id FROM workspaces")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private List<String> existingIn(Batch batch) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT w.workspace_id FROM workspaces w JOIN scan_batch_workspaces b ON w.workspace_id"
                + " = lower(b.workspace_id) WHERE b.run_id = ? AND b.batch_no = ?")) {
      ps.setLong(1, batch.runId());
      ps.setInt(2, batch.batchNo());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  /**
   * Removes workspaces that are gone (or out of scope) and the datasources nothing links to any
   * more, and resolves the relations whose source a later batch stored, in one transaction; returns
   * how many workspaces were removed.
   */
  synchronized int removeWorkspaces(List<String> workspaceIds) throws SQLException {
    return Transactions.inOne(
        connection,
        () -> {
          int n = deleteWorkspaces(workspaceIds);
          pruneDatasources();
          Relations.resolve(connection);
          return n;
        });
  }

  /** Deletes every row of the given workspaces from every content table. */
  private int deleteWorkspaces(List<String> workspaceIds) throws SQLException {
    if (workspaceIds.isEmpty()) {
      return 0;
    }
    java.sql.Array ids = connection.createArrayOf("VARCHAR", workspaceIds.toArray());
    for (Table t : Tables.CONTENT) {
      PreparedStatement ps = deletes.get(t);
      if (ps == null) {
        ps =
            connection.prepareStatement(
                "DELETE FROM " + t.name() + " WHERE workspace_id IN (SELECT unnest(?::VARCHAR[]))");
        deletes.put(t, ps);
      }
      ps.setArray(1, ids);
      ps.executeUpdate();
    }
    return workspaceIds.size();
  }

  private void upsertDatasources(ScanResultIngest.Outcome outcome, Unrecognised tally)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    outcome.datasources().forEach(d -> rows.add(ScanResultIngest.datasourceRow(d, false, tally)));
    outcome
        .misconfiguredDatasources()
        .forEach(d -> rows.add(ScanResultIngest.datasourceRow(d, true, tally)));
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "DELETE FROM datasources WHERE datasource_id IN (SELECT unnest(?::VARCHAR[]))")) {
      ps.setArray(1, connection.createArrayOf("VARCHAR", rows.stream().map(r -> r[0]).toArray()));
      ps.executeUpdate();
    }
    java.util.Set<String> written = new java.util.HashSet<>();
    try (Appenders out = new Appenders(connection)) {
      for (Object[] r : rows) {
        // an id listed both as configured and misconfigured keeps the configured row
        if (r[0] != null && written.add((String) r[0])) {
          out.add(Tables.DATASOURCES, r);
        }
      }
    }
  }

  /** Removes datasources that no item links to any more (after deletions or rescans). */
  private int pruneDatasources() throws SQLException {
    List<String> linked = new ArrayList<>();
    for (Table t : Tables.DATASOURCE_LINKS) {
      linked.add("SELECT datasource_id FROM " + t.name() + " WHERE datasource_id IS NOT NULL");
    }
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(
          "DELETE FROM datasources WHERE datasource_id NOT IN ("
              + String.join(" UNION ", linked)
              + ")");
    }
  }

  /** Row count of a table (or view) of the inventory. */
  public synchronized long count(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new InventoryException("cannot count " + table + ": " + e.getMessage(), e);
    }
  }

  /** Writes every exported table to {@code dir} as {@code <table>.parquet} or {@code .csv}. */
  public synchronized List<Path> export(Path dir, ExportFormat format) {
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      try (Statement s = connection.createStatement()) {
        for (Table t : Tables.EXPORTED) {
          Path out = dir.resolve(t.name() + "." + format.name().toLowerCase(Locale.ROOT));
          String literal = out.toAbsolutePath().toString().replace("'", "''");
          s.execute(
              "COPY (SELECT * FROM "
                  + t.name()
                  + ") TO '"
                  + literal
                  + "' ("
                  + format.copyOptions()
                  + ")");
          written.add(out);
        }
      }
      return written;
    } catch (IOException | SQLException e) {
      throw new InventoryException("cannot export to " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The export formats of {@link #export}. */
  public enum ExportFormat {
    PARQUET("FORMAT PARQUET"),
    CSV("FORMAT CSV, HEADER");

    private final String copyOptions;

    ExportFormat(String copyOptions) {
      this.copyOptions = copyOptions;
    }

    String copyOptions() {
      return copyOptions;
    }
  }

  /** The JDBC connection, for callers that run their own queries (the demo's example queries). */
  public Connection connection() {
    return connection;
  }

  static LocalDateTime utc(Instant t) {
    return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  static Instant instant(java.sql.Timestamp t) {
    return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  @Override
  public synchronized void close() {
    try {
      for (PreparedStatement ps : deletes.values()) {
        ps.close();
      }
      connection.close();
    } catch (SQLException e) {
      throw new InventoryException("cannot close the inventory database: " + e.getMessage(), e);
    }
  }
}
