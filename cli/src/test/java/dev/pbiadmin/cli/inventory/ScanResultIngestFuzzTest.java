package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coverage-guided fuzzing of scan-result ingest into the inventory (Jazzer): any bytes as the body
 * of one batch's {@code scanResult}, stored into one real DuckDB file across all inputs. Each ends
 * in a typed error ({@link IOException} for an unreadable body, {@link InventoryException}) with
 * every table exactly as before (no partial commit), or in the batch stored with each workspace of
 * the result in the inventory once.
 */
class ScanResultIngestFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant SCANNED = Instant.parse("2026-01-01T00:00:00Z");
  // Workspaces outside the batch's plan stay stored, so the tables only grow, and the snapshot
  // and the deletes of every later execution read them: the target starts again from an empty
  // store every RESTART executions. Growth is not what this tests.
  private static final int RESTART = 100;
  // A refused input must leave every table as it was. The cheap witnesses, checked every time:
  // the connection is back in auto-commit (no transaction left open), and the write-ahead log is
  // unchanged (every commit appends to it, and nothing else writes it between restarts: the store
  // checkpoints only beyond 256 MB of log). The thorough one, a hash of every table, was 44% of a
  // fuzzing run's time (JFR), so fuzzing does it on one execution in THOROUGH_EVERY, and the
  // regression run in `./mvnw verify` on every input.
  private static final boolean FUZZING = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();
  private static final int THOROUGH_EVERY = 8;
  private static int executions;
  private static Path file;
  private static InventoryStore store;
  private static Batch batch;
  private static PreparedStatement snapshotQuery;
  // the tables as the last accepted batch left them; null until read again
  private static Map<String, String> committed;

  private static synchronized void setUp() throws Exception {
    if (store != null && ++executions < RESTART) {
      return;
    }
    if (store == null) {
      Path dir = Files.createTempDirectory("pbiadmin-fuzz-inventory");
      dir.toFile().deleteOnExit();
      file = dir.resolve("fuzz.duckdb");
      file.toFile().deleteOnExit();
    } else {
      snapshotQuery.close();
      store.close();
      Files.delete(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
    }
    executions = 0;
    committed = null;
    store = InventoryStore.open(file);
    long run = store.runs().begin("full", Instant.EPOCH, null, "{}");
    store
        .runs()
        .savePlan(
            run,
            false,
            (listed, modified) ->
                List.of(
                        "6A0D0C4E-1111-4A4A-8A8A-0000000000A1",
                        "5b1e2f3a-2222-4b4b-8b8b-0000000000b2")
                    .forEach(listed));
    batch = store.runs().openBatches(run).get(0).requested("scan-1", Instant.EPOCH);
    List<String> parts = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
                    + " AND table_type = 'BASE TABLE' ORDER BY 1")) {
      while (rs.next()) {
        String t = rs.getString(1);
        parts.add(
            "SELECT '"
                + t
                + "' AS t, count(*) AS n, coalesce(sum(hash(x)), 0) AS h FROM \""
                + t
                + "\" x");
      }
    }
    // prepared once: planning a union over every table costs more than running it
    snapshotQuery =
        store.connection().prepareStatement(String.join(" UNION ALL ", parts) + " ORDER BY 1");
  }

  @FuzzTest
  void storeBatch_anyScanResult_correctRowsOrTypedErrorAndNothingCommitted(byte[] body)
      throws Exception {
    setUp();
    boolean thorough = !FUZZING || executions % THOROUGH_EVERY == 0;
    if (thorough && committed == null) {
      committed = snapshot();
    }
    long wal = walLength();
    ScanResultIngest.Outcome outcome;
    try {
      outcome =
          store.storeBatch(batch, new ByteArrayInputStream(body), new MetadataSeen(), SCANNED);
    } catch (IOException | InventoryException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      assertThat(store.connection().getAutoCommit())
          .as("transaction ended after a refused scan result")
          .isTrue();
      assertThat(walLength())
          .as("write-ahead log after a refused scan result (a commit appends to it)")
          .isEqualTo(wal);
      if (thorough) {
        assertThat(snapshot()).as("tables after a refused scan result").isEqualTo(committed);
      }
      return;
    }
    committed = null;
    Set<String> ids = workspaceIds(body);
    assertThat(outcome.workspacesStored()).isGreaterThanOrEqualTo(ids.size());
    for (String id : ids) {
      assertThat(count("SELECT count(*) FROM workspaces WHERE workspace_id = ?", id))
          .as("rows of workspace %s", id)
          .isEqualTo(1);
    }
  }

  /** The ids of the result's workspaces, read independently of the ingest (keys in any case). */
  private static Set<String> workspaceIds(byte[] body) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("the ingest stored a body that is not JSON: " + e.getMessage(), e);
    }
    JsonNode workspaces = field(root, "workspaces");
    if (workspaces != null && workspaces.isArray()) {
      for (JsonNode w : workspaces) {
        JsonNode id = field(w, "id");
        if (id != null && id.isValueNode() && !id.isNull()) {
          ids.add(id.asText().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return ids;
  }

  private static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equalsIgnoreCase(name)) {
        return node.get(f);
      }
    }
    return null;
  }

  private static Map<String, String> snapshot() throws SQLException {
    Map<String, String> out = new java.util.TreeMap<>();
    try (ResultSet rs = snapshotQuery.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2) + ":" + rs.getString(3));
      }
    }
    return out;
  }

  private static long walLength() throws IOException {
    Path wal = Path.of(file + ".wal");
    return Files.exists(wal) ? Files.size(wal) : 0;
  }

  private static long count(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
