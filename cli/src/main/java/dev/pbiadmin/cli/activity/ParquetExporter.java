package dev.pbiadmin.cli.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes days of {@code activity_events} as Hive-partitioned Parquet ({@code DIR/date=YYYY-MM-DD/})
 * that Spark, Fabric, Trino or DuckDB read as one table, then reads the files back and checks the
 * counts, so an export is never reported that the files do not hold.
 */
final class ParquetExporter {
  private final Connection connection;

  /**
   * DuckDB's memory while writing Parquet; see {@link ActivityStore#MEMORY_LIMIT} for the pull's.
   */
  static final String EXPORT_MEMORY_LIMIT = "256MB";

  ParquetExporter(Connection connection) {
    this.connection = connection;
  }

  /**
   * Replaces the partitions of {@code days} under {@code dir}.
   *
   * @return the number of events written
   */
  long export(Path dir, List<LocalDate> days) {
    if (days.isEmpty()) {
      return 0;
    }
    try {
      Files.createDirectories(dir);
      for (LocalDate day : days) {
        deleteTree(dir.resolve("date=" + day));
      }
      String in = days.stream().map(d -> "DATE '" + d + "'").collect(Collectors.joining(", "));
      long expected = count("SELECT count(*) FROM activity_events WHERE day IN (" + in + ")");
      if (expected == 0) {
        return 0;
      }
      try (Statement copy = connection.createStatement()) {
        // the Parquet writer needs more than the pull's 64 MB on a 1M-event day (it failed there);
        // the export gets EXPORT_MEMORY_LIMIT, the pull's limit comes back afterwards
        copy.execute("SET memory_limit = '" + EXPORT_MEMORY_LIMIT + "'");
        // the partition column is written into the path, not the files; readers restore it. One
        // day per COPY and small row groups: every open partition buffers a row group, and the
        // store's DuckDB has 64 MB (a default 122,880-row group of events is about 90 MB).
        for (LocalDate day : days) {
          copy.execute(
              "COPY (SELECT * EXCLUDE (day), day AS date FROM activity_events WHERE day = DATE '"
                  + day
                  + "') TO "
                  + literal(dir.toAbsolutePath().toString())
                  + " (FORMAT PARQUET, PARTITION_BY (date), OVERWRITE_OR_IGNORE, ROW_GROUP_SIZE"
                  + " 16384)");
        }
      }
      try (Statement reset = connection.createStatement()) {
        reset.execute("SET memory_limit = '" + ActivityStore.MEMORY_LIMIT + "'");
      }
      long readBack =
          count(
              "SELECT count(*) FROM read_parquet("
                  + literal(dir.toAbsolutePath() + "/**/*.parquet")
                  + ", hive_partitioning = true) WHERE date IN ("
                  + in
                  + ")");
      if (readBack != expected) {
        throw new ActivityStoreException(
            "the Parquet files under "
                + dir
                + " hold "
                + readBack
                + " events, the store "
                + expected,
            null);
      }
      connection.commit();
      return readBack;
    } catch (SQLException e) {
      throw new ActivityStoreException("cannot write Parquet to " + dir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ActivityStoreException("cannot prepare " + dir + ": " + e.getMessage(), e);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
