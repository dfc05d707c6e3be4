package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.cli.activity.ActivityChildMain;
import dev.pbiadmin.emulator.Emulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The crash-consistency run behind {@code bench/crash-consistency.sh}: {@code pbiadmin inventory}
 * and {@code pbiadmin activity} (child JVMs, against one emulator) are each SIGKILLed at N points,
 * every kill followed by a resume (the same command run to the end), and the resumed database is
 * compared with an uninterrupted run's: a sorted dump of every content row, by SHA-256, and the
 * rows lost or duplicated; so are the rows of the resumed run's Parquet export. Kill points cycle
 * through three kinds: a random moment after the child's first scan request or activity page (up to
 * half an uninterrupted run later), during the Parquet export (the first export file has appeared),
 * and during the final checkpoint (DuckDB checkpoints the WAL into the database file when it is
 * closed, right after the last export file): the kill falls as soon as the database file changes
 * while its WAL is still there, and the run counts the kills that landed so.
 *
 * <p>Usage: {@code CrashConsistency OUT_DIR KILLS WORKSPACES SEED}
 */
public final class CrashConsistency {
  private static final double SCALE = 120;
  private static final String[] KINDS = {
    "random moment", "during Parquet export", "during final checkpoint"
  };

  private final Path out;
  private final Emulator emulator;
  private final Random random;
  private int insideCheckpoint;

  private CrashConsistency(Path out, Emulator emulator, long seed) {
    this.out = out;
    this.emulator = emulator;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int kills = Integer.parseInt(args[1]);
    int workspaces = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    Files.createDirectories(out);
    try (Emulator e =
        Emulator.builder()
            .demoWorkspaces(workspaces)
            .seed(seed)
            .timeScale(SCALE)
            .activityPageSize(200)
            .build()
            .start()) {
      CrashConsistency c = new CrashConsistency(out, e, seed);
      boolean ok = c.suite("inventory", kills) & c.suite("activity", kills);
      System.exit(ok ? 0 : 1);
    }
  }

  private boolean suite(String command, int kills) throws Exception {
    Path refDb = out.resolve(command + "-reference.duckdb");
    long t0 = System.nanoTime();
    int rc = runToEnd(command, refDb, out.resolve(command + "-reference-parquet"));
    long refMillis = (System.nanoTime() - t0) / 1_000_000;
    if (rc != 0) {
      System.out.println(command + ": the uninterrupted run failed (exit " + rc + "), see " + out);
      return false;
    }
    List<String> reference = dump(command, refDb);
    String refHash = sha256(reference);
    String refParquet = sha256(parquetRows(command, out.resolve(command + "-reference-parquet")));
    System.out.printf(
        "%s: uninterrupted run %d ms, %d rows, sha256 %s%n",
        command, refMillis, reference.size(), refHash);
    insideCheckpoint = 0;
    int survived = 0;
    long lost = 0;
    long duplicated = 0;
    int[] byKind = new int[KINDS.length];
    int[] landed = new int[KINDS.length];
    for (int i = 0; i < kills; i++) {
      int kind = i % KINDS.length;
      Path db = out.resolve(command + "-kill-" + i + ".duckdb");
      Path parquet = out.resolve(command + "-kill-" + i + "-parquet");
      boolean hit = killOnce(command, db, parquet, kind, refMillis);
      byKind[kind]++;
      if (hit) {
        landed[kind]++;
      }
      int resumed = runToEnd(command, db, parquet);
      List<String> rows = resumed == 0 ? dump(command, db) : List.of();
      Map<String, Integer> diff = new HashMap<>();
      reference.forEach(r -> diff.merge(r, 1, Integer::sum));
      rows.forEach(r -> diff.merge(r, -1, Integer::sum));
      long l = diff.values().stream().filter(v -> v > 0).mapToLong(v -> v).sum();
      long d = diff.values().stream().filter(v -> v < 0).mapToLong(v -> -v).sum();
      boolean parquetSame =
          resumed == 0 && sha256(parquetRows(command, parquet)).equals(refParquet);
      boolean same = resumed == 0 && sha256(rows).equals(refHash) && parquetSame;
      if (same) {
        survived++;
      }
      lost += l;
      duplicated += d;
      System.out.printf(
          "%s kill %d (%s, %s): resume exit %d, %s, Parquet export %s, lost %d, duplicated %d%n",
          command,
          i + 1,
          KINDS[kind],
          hit ? "killed while running" : "child had already finished",
          resumed,
          same ? "identical" : "DIFFERENT",
          parquetSame ? "identical" : "DIFFERENT",
          l,
          d);
    }
    StringBuilder kinds = new StringBuilder();
    for (int k = 0; k < KINDS.length; k++) {
      kinds
          .append(k == 0 ? "" : ", ")
          .append(KINDS[k])
          .append(' ')
          .append(landed[k])
          .append('/')
          .append(byKind[k]);
    }
    System.out.printf(
        "RESULT %s: %d/%d kills survived (identical to the uninterrupted run), %d rows lost,"
            + " %d rows duplicated; kill points that hit a running child: %s, of which inside the"
            + " checkpoint (database file being written, WAL still there): %d%n",
        command, survived, kills, lost, duplicated, kinds, insideCheckpoint);
    return survived == kills;
  }

  /**
   * Starts the command, SIGKILLs it at a point of the given kind; whether the child was still
   * running.
   */
  private boolean killOnce(String command, Path db, Path parquet, int kind, long refMillis)
      throws Exception {
    emulator.powerBi().requestLog().clear();
    Process child = start(command, db, parquet);
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      String checkpointBase = null; // the database file's state before the checkpoint kill's wait
      if (kind == 0) {
        // once the child talks to the service (its JVM start is no kill point worth counting),
        // plus a random part of half an uninterrupted run
        String op =
            command.equals("inventory")
                ? "WorkspaceInfo_PostWorkspaceInfo"
                : "Admin_GetActivityEvents";
        while (child.isAlive()
            && System.nanoTime() < deadline
            && emulator.powerBi().requestLog().recent(10_000).stream()
                .noneMatch(x -> op.equals(x.operationId()))) {
          Thread.sleep(5);
        }
        Thread.sleep((long) (random.nextDouble() * refMillis / 2));
      } else {
        // the export writes one file per table; wait for the first (or, for the checkpoint, all)
        int wanted = kind == 1 ? 1 : expectedExportFiles(command);
        while (child.isAlive() && System.nanoTime() < deadline && exportFiles(parquet) < wanted) {
          Thread.sleep(2);
        }
        if (kind == 1) {
          Thread.sleep(random.nextInt(20));
        } else {
          checkpointBase = waitForCheckpoint(child, db, deadline);
        }
      }
      if (checkpointBase != null && child.isAlive() && checkpointing(db, checkpointBase)) {
        insideCheckpoint++;
      }
      boolean running = child.isAlive();
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
      return running;
    } finally {
      child.destroyForcibly();
    }
  }

  /**
   * Waits until the database file changes while its WAL is still there: the close's checkpoint
   * writing the WAL's contents into the file (nothing else writes it after the export, as batches
   * commit to the WAL). Returns at once if the WAL is gone or the child has exited; either way, the
   * file's state it started from.
   */
  private static String waitForCheckpoint(Process child, Path db, long deadline) throws Exception {
    String checkpointBase = fileState(db);
    while (child.isAlive()
        && System.nanoTime() < deadline
        && Files.exists(wal(db))
        && fileState(db).equals(checkpointBase)) {
      Thread.sleep(0, 200_000);
    }
    return checkpointBase;
  }

  private static boolean checkpointing(Path db, String checkpointBase) throws Exception {
    return Files.exists(wal(db)) && !fileState(db).equals(checkpointBase);
  }

  private static Path wal(Path db) {
    return db.resolveSibling(db.getFileName() + ".wal");
  }

  private static String fileState(Path db) throws Exception {
    try {
      return Files.size(db) + "@" + Files.getLastModifiedTime(db).to(TimeUnit.NANOSECONDS);
    } catch (java.nio.file.NoSuchFileException gone) {
      return "none";
    }
  }

  private int expectedExportFiles(String command) throws Exception {
    return exportFiles(out.resolve(command + "-reference-parquet"));
  }

  private static int exportFiles(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    // activity partitions its export (date=<day>/data_0.parquet), so look below the folder too
    try (Stream<Path> files = Files.walk(dir)) {
      return (int) files.filter(f -> f.toString().endsWith(".parquet")).count();
    }
  }

  private int runToEnd(String command, Path db, Path parquet) throws Exception {
    Process p = start(command, db, parquet);
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  private Process start(String command, Path db, Path parquet) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path")));
    if (command.equals("inventory")) {
      cmd.addAll(
          List.of(
              InventoryChild.class.getName(),
              "--quiet",
              "inventory",
              "--emulator",
              emulator.dataDir().toString(),
              "--db",
              db.toString(),
              "--time-scale",
              String.valueOf(SCALE),
              "--parquet",
              parquet.toString()));
    } else {
      LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(12);
      cmd.addAll(
          List.of(
              ActivityChildMain.class.getName(),
              "activity",
              "--emulator",
              emulator.dataDir().toString(),
              "--from",
              from.toString(),
              "--to",
              from.plusDays(1).toString(),
              "--db",
              db.toString(),
              "--parquet",
              parquet.toString()));
    }
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(
            ProcessBuilder.Redirect.appendTo(out.resolve(command + "-children.log").toFile()))
        .start();
  }

  /**
   * Every content row, sorted: the inventory's as its kill test compares them, the activity tables
   * whole.
   */
  private static List<String> dump(String command, Path db) throws Exception {
    if (command.equals("inventory")) {
      try (InventoryStore store = InventoryStore.open(db)) {
        return InventoryRunTest.dump(store);
      }
    }
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "SELECT 'event', * FROM activity_events",
              "SELECT 'day', day, filter, status, events_stored FROM activity_days")) {
        addRows(s, sql, rows);
      }
    }
    rows.sort(null);
    return rows;
  }

  /**
   * The rows of the {@code --parquet} export, sorted: the inventory's content tables as {@link
   * #dump} reads them, or every partition of the activity export. A file the reader cannot open is
   * a row of its own, so it never matches the uninterrupted run.
   */
  private static List<String> parquetRows(String command, Path dir) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      if (command.equals("inventory")) {
        for (Table t : Tables.CONTENT) {
          Path f = dir.resolve(t.name() + ".parquet");
          String cols = t == Tables.WORKSPACES ? "* EXCLUDE (scan_id, scanned_at)" : "*";
          if (Files.exists(f)) {
            addRows(
                s,
                "SELECT '" + t.name() + "', " + cols + " FROM read_parquet(" + literal(f) + ")",
                rows);
          } else {
            rows.add(t.name() + "|no file");
          }
        }
      } else if (Files.isDirectory(dir)) {
        addRows(
            s,
            "SELECT * FROM read_parquet("
                + literal(dir.resolve("**/*.parquet"))
                + ", hive_partitioning = true)",
            rows);
      }
    } catch (SQLException unreadable) {
      rows.add("unreadable|" + unreadable.getMessage());
    }
    rows.sort(null);
    return rows;
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static void addRows(Statement s, String sql, List<String> rows) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i == 1 ? "" : "|").append(rs.getString(i));
        }
        rows.add(b.toString());
      }
    }
  }

  private static String sha256(List<String> rows) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (String r : rows) {
      md.update(r.getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
