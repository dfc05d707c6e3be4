package dev.pbiadmin.cli.activity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The activity tables in the inventory's DuckDB file. Each page is stored in one transaction
 * together with the continuation token that follows it, so a process killed between pages resumes
 * from exactly the last stored page; an event whose {@code Id} the day already holds is skipped, so
 * a page fetched twice (a retry, a restarted chain) stores each event once.
 */
final class ActivityStore implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();

  /** DuckDB's buffer pool; with the JVM's heap the CLI stays within 512 MB on a 1M-event day. */
  static final String MEMORY_LIMIT = "64MB";

  private final Connection connection;

  private ActivityStore(Connection connection) {
    this.connection = connection;
  }

  static ActivityStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        java.nio.file.Files.createDirectories(parent);
      }
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        for (String ddl : ActivitySchema.DDL) {
          statement.execute(ddl);
        }
        // DuckDB's default buffer pool is 80% of the machine's RAM: a 1M-event day held 3.7 GB
        // resident. Bounded, it spills to its temp directory beside the file instead; with no key
        // index (see INSERT_EVENTS) nothing of the table has to stay resident outside this limit.
        statement.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
        statement.execute("SET threads = 1");
        // rows are keyed by day and id, not by their order in the file: lets DuckDB stream inserts
        statement.execute("SET preserve_insertion_order = false");
        dropLegacyKey(connection, statement);
      }
      connection.setAutoCommit(false);
      return new ActivityStore(connection);
    } catch (SQLException | java.io.IOException e) {
      throw new ActivityStoreException(
          "cannot open the DuckDB file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Files written before the key was dropped: rewrite the table once, without it. */
  private static void dropLegacyKey(Connection connection, Statement statement)
      throws SQLException {
    try (ResultSet r = statement.executeQuery(ActivitySchema.HAS_KEY)) {
      r.next();
      if (r.getLong(1) == 0) {
        return;
      }
    }
    connection.setAutoCommit(false);
    try {
      for (String sql : ActivitySchema.DROP_KEY) {
        statement.execute(sql);
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  Optional<DayProgress> progress(LocalDate day, String filter) {
    return query(
        () -> {
          try (PreparedStatement select = connection.prepareStatement(ActivitySchema.SELECT_DAY)) {
            select.setString(1, day.toString());
            select.setString(2, filter);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(toProgress(row)) : Optional.<DayProgress>empty();
            }
          }
        });
  }

  Optional<LocalDate> lastCompleteDay(String filter) {
    return query(
        () -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT CAST(max(day) AS VARCHAR) FROM activity_days"
                      + " WHERE filter = ? AND status = 'complete'")) {
            select.setString(1, filter);
            try (ResultSet row = select.executeQuery()) {
              row.next();
              String day = row.getString(1);
              return Optional.ofNullable(day).map(LocalDate::parse);
            }
          }
        });
  }

  /** Days recorded but not complete, oldest first. */
  List<LocalDate> unfinishedDays(String filter) {
    return query(
        () -> {
          List<LocalDate> days = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT CAST(day AS VARCHAR) FROM activity_days"
                      + " WHERE filter = ? AND status <> 'complete' ORDER BY day")) {
            select.setString(1, filter);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                days.add(LocalDate.parse(rows.getString(1)));
              }
            }
          }
          return days;
        });
  }

  /** Begins (or restarts) a day's chain from its first page; stored events are kept. */
  void startChain(LocalDate day, String filter, Instant startedAt, boolean restart) {
    transaction(
        () -> {
          ensureDay(day, filter);
          try (PreparedStatement update = connection.prepareStatement(ActivitySchema.START_CHAIN)) {
            update.setObject(1, utc(startedAt));
            update.setInt(2, restart ? 1 : 0);
            update.setString(3, day.toString());
            update.setString(4, filter);
            update.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Stores one page and the state it leaves the day in, atomically.
   *
   * @return how many of the page's events were new
   */
  int storePage(
      LocalDate day,
      String filter,
      ActivityEventPage page,
      DayStatus after,
      String reason,
      Instant at) {
    return transaction(
        () -> {
          int stored;
          try (Statement statement = connection.createStatement()) {
            statement.execute(ActivitySchema.CREATE_PAGE);
            statement.execute(ActivitySchema.CLEAR_PAGE);
          }
          try (PreparedStatement stage = connection.prepareStatement(ActivitySchema.STAGE_PAGE)) {
            stage.setString(1, day.toString());
            stage.setString(2, lines(page.eventsJson()));
            stage.executeUpdate();
          }
          try (PreparedStatement drop = connection.prepareStatement(ActivitySchema.DROP_STORED)) {
            drop.setString(1, day.toString());
            drop.executeUpdate();
          }
          try (Statement statement = connection.createStatement()) {
            stored = statement.executeUpdate(ActivitySchema.APPEND_PAGE);
            statement.execute(ActivitySchema.CLEAR_PAGE);
          }
          try (PreparedStatement update = connection.prepareStatement(ActivitySchema.STORE_PAGE)) {
            update.setString(1, after.sql());
            update.setInt(2, page.eventCount());
            update.setInt(3, stored);
            update.setString(4, after == DayStatus.IN_PROGRESS ? page.continuationToken() : null);
            update.setObject(5, after == DayStatus.IN_PROGRESS ? utc(at) : null);
            update.setString(6, reason);
            update.setObject(7, utc(at));
            update.setString(8, day.toString());
            update.setString(9, filter);
            update.executeUpdate();
          }
          return stored;
        });
  }

  /**
   * The page's JSON array as one compact event per line (JSON escapes line breaks inside strings,
   * so a line is exactly one event), streamed so only the page's text is held.
   */
  static String lines(String eventsJson) {
    StringBuilder out = new StringBuilder(eventsJson.length());
    try (JsonParser parser = JSON.createParser(eventsJson)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ActivityStoreException(
            "the page's activityEventEntities is not a JSON array", null);
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        StringWriter event = new StringWriter(1024);
        try (JsonGenerator g = JSON.createGenerator(event)) {
          g.copyCurrentStructure(parser);
        }
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(event);
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw new ActivityStoreException(
            "the page's activityEventEntities holds something other than events", null);
      }
    } catch (IOException e) {
      throw new ActivityStoreException(
          "the page's activityEventEntities is not valid JSON: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** Records why a day could not be completed, keeping its continuation token for a resume. */
  void markIncomplete(LocalDate day, String filter, String reason, Instant at) {
    transaction(
        () -> {
          ensureDay(day, filter);
          try (PreparedStatement update =
              connection.prepareStatement(ActivitySchema.MARK_INCOMPLETE)) {
            update.setString(1, reason);
            update.setObject(2, utc(at));
            update.setString(3, day.toString());
            update.setString(4, filter);
            update.executeUpdate();
          }
          return null;
        });
  }

  long countEvents(LocalDate day) {
    return query(
        () -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT count(*) FROM activity_events WHERE day = CAST(? AS DATE)")) {
            select.setString(1, day.toString());
            try (ResultSet row = select.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  /** The connection, for the Parquet exporter, which runs its own statements. */
  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new ActivityStoreException("cannot close the DuckDB file: " + e.getMessage(), e);
    }
  }

  private void ensureDay(LocalDate day, String filter) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(ActivitySchema.ENSURE_DAY)) {
      insert.setString(1, day.toString());
      insert.setString(2, filter);
      insert.setString(3, day.toString());
      insert.setString(4, filter);
      insert.executeUpdate();
    }
  }

  private static DayProgress toProgress(ResultSet row) throws SQLException {
    return new DayProgress(
        LocalDate.parse(row.getString("day")),
        row.getString("filter"),
        DayStatus.fromSql(row.getString("status")),
        row.getInt("pages_stored"),
        row.getLong("events_received"),
        row.getLong("events_stored"),
        row.getString("continuation_token"),
        instant(row.getObject("token_obtained_at", LocalDateTime.class)),
        instant(row.getObject("chain_started_at", LocalDateTime.class)),
        row.getInt("restarts"),
        row.getString("reason"));
  }

  private static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T transaction(Work<T> work) {
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      // DuckDB's driver also fails with unchecked exceptions (an ArrayIndexOutOfBoundsException on
      // an
      // event without Id, found by ActivityPageFuzzTest): roll back those too, or the next page's
      // commit would take this page's half-done work with it
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof ActivityStoreException typed) {
        throw typed;
      }
      throw new ActivityStoreException("DuckDB refused the write: " + e.getMessage(), e);
    }
  }

  private <T> T query(Work<T> work) {
    return transaction(work);
  }
}
