package dev.pbiadmin.emulator.manage;

import dev.pbiadmin.emulator.content.ContentSet;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The content changes the management API acknowledged, in the emulator's database ({@code
 * content_changes}), so they survive a restart and a {@code kill -9}.
 *
 * <p>Why a journal and not the content itself: the generated content (up to hundreds of thousands
 * of workspaces) is a pure function of the seed, the size and the directory, and changes are rare
 * and small. Storing every workspace would make the first start slow and the file large; journaling
 * the changes and replaying them over the regenerated content at start costs one row per change and
 * keeps generated content deterministic. The change is applied in memory and its row inserted in
 * the same transaction; if the commit fails, the previous content is restored, so the answer the
 * client gets and the database always agree.
 */
final class ContentJournal {
  /**
   * One acknowledged change: the operation, its workspace, an argument (e.g. a user id) and the
   * body.
   */
  record Entry(
      long seq, Instant at, String operation, String workspaceId, String argument, String body) {}

  private final Database db;
  private final TenantContent content;
  private final Clock clock;

  ContentJournal(Database db, TenantContent content, Clock clock) {
    this.db = db;
    this.content = content;
    this.clock = clock;
    db.inTransaction(
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute(
                "CREATE TABLE IF NOT EXISTS content_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " applied_at TEXT NOT NULL, operation TEXT NOT NULL, workspace_id TEXT NOT"
                    + " NULL, argument TEXT, body TEXT NOT NULL)");
          }
          return null;
        });
  }

  /**
   * Applies {@code change} now and journals it in one transaction; serialised, so the journal's
   * order is the order the changes were applied in and their times never decrease.
   */
  synchronized <T> T record(
      String operation,
      String workspaceId,
      String argument,
      String body,
      Function<Instant, T> change) {
    Instant at = clock.instant();
    ContentSet before = content.snapshot();
    try {
      return db.inTransaction(
          c -> {
            T result = change.apply(at);
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO content_changes (applied_at, operation, workspace_id, argument,"
                        + " body) VALUES (?, ?, ?, ?, ?)")) {
              ps.setString(1, at.toString());
              ps.setString(2, operation);
              ps.setString(3, workspaceId);
              ps.setString(4, argument);
              ps.setString(5, body);
              ps.executeUpdate();
            }
            return result;
          });
    } catch (RuntimeException e) {
      if (content.snapshot() != before) {
        content.replaceAll(before);
      }
      throw e;
    }
  }

  /** Every journaled change, oldest first. */
  List<Entry> entries() {
    return db.inTransaction(
        c -> {
          List<Entry> out = new ArrayList<>();
          try (Statement st = c.createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "SELECT seq, applied_at, operation, workspace_id, argument, body"
                          + " FROM content_changes ORDER BY seq")) {
            while (rs.next()) {
              out.add(
                  new Entry(
                      rs.getLong(1),
                      Instant.parse(rs.getString(2)),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6)));
            }
          }
          return out;
        });
  }
}
