package dev.pbiadmin.cli.activity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;

/** Reads a finished run's DuckDB file, read-only, the way a user would query it. */
record EventsTable(
    long rows, long distinctIds, String status, int pages, long eventsStored, String token) {

  static EventsTable of(Path db, LocalDate day, String filter) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      long rows;
      long distinct;
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*), count(DISTINCT id) FROM activity_events"
                  + " WHERE day = DATE '"
                  + day
                  + "'")) {
        r.next();
        rows = r.getLong(1);
        distinct = r.getLong(2);
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT status, pages_stored, events_stored, continuation_token"
                  + " FROM activity_days WHERE day = DATE '"
                  + day
                  + "' AND filter = '"
                  + filter.replace("'", "''")
                  + "'")) {
        if (!r.next()) {
          return new EventsTable(rows, distinct, null, 0, 0, null);
        }
        return new EventsTable(
            rows, distinct, r.getString(1), r.getInt(2), r.getLong(3), r.getString(4));
      }
    }
  }

  /** The ids stored for the day, sorted. */
  static List<String> ids(Path db, LocalDate day) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id FROM activity_events WHERE day = DATE '" + day + "' ORDER BY id")) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }

  /**
   * The day is complete, holds exactly the {@code served} event ids, each once, and stored exactly
   * as many pages as the chain has: a resume that re-fetched stored pages would have stored more.
   */
  static void assertCompleteExactlyOnce(Path db, LocalDate day, EmulatorRuns.ServedDay served)
      throws SQLException {
    assertExactlyOnce(db, day, served, "complete");
  }

  static void assertExactlyOnce(
      Path db, LocalDate day, EmulatorRuns.ServedDay served, String status) throws SQLException {
    EventsTable table = of(db, day, "");
    Assertions.assertThat(table.status()).as("status of %s", day).isEqualTo(status);
    Assertions.assertThat(ids(db, day))
        .as("event ids of %s", day)
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(served.ids());
    Assertions.assertThat(table.rows())
        .as("events of %s", day)
        .isEqualTo(table.distinctIds())
        .isEqualTo(table.eventsStored());
    Assertions.assertThat(table.pages()).as("pages of %s", day).isEqualTo(served.pages().size());
    Assertions.assertThat(table.token()).isNull();
  }
}
