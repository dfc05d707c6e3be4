package dev.pbiadmin.cli.activity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;

/** Reads a finished run's DuckDB file, read-only, the way a user would query it. */
record EventsTable(long rows, long distinctIds, String status, int pages, long eventsStored, String token) {

  static EventsTable of(Path db, LocalDate day, String filter) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      long rows;
      long distinct;
      try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT id) FROM activity_events"
          + " WHERE day = DATE '" + day + "'")) {
        r.next();
        rows = r.getLong(1);
        distinct = r.getLong(2);
      }
      try (ResultSet r = s.executeQuery("SELECT status, pages_stored, events_stored, continuation_token"
          + " FROM activity_days WHERE day = DATE '" + day + "' AND filter = '" + filter.replace("'", "''") + "'")) {
        if (!r.next()) {
          return new EventsTable(rows, distinct, null, 0, 0, null);
        }
        return new EventsTable(rows, distinct, r.getString(1), r.getInt(2), r.getLong(3), r.getString(4));
      }
    }
  }

  /**
   * The day is complete, holds each of the {@code served} events exactly once, and stored exactly
   * as many pages as the day has: a resume that re-fetched stored pages would have stored more.
   */
  static void assertCompleteExactlyOnce(Path db, LocalDate day, int served, int pageSize) throws SQLException {
    EventsTable table = of(db, day, "");
    Assertions.assertThat(table.status()).as("status of %s", day).isEqualTo("complete");
    Assertions.assertThat(table.rows()).as("events of %s", day)
        .isEqualTo(served).isEqualTo(table.distinctIds()).isEqualTo(table.eventsStored());
    Assertions.assertThat(table.pages()).as("pages of %s", day).isEqualTo(Math.max(1, (served + pageSize - 1) / pageSize));
    Assertions.assertThat(table.token()).isNull();
  }
}
