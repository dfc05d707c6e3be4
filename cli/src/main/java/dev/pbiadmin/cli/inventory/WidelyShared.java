package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.PagedList;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.models.ArtifactAccessEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The tenant-wide sharing the scanner does not report: items published to the web and links shared
 * with the whole organization (WidelySharedArtifacts_PublishedToWeb and
 * WidelySharedArtifacts_LinksSharedToWholeOrganization). Both lists are replaced in one
 * transaction, so a failed refresh leaves the previous one whole (its {@code refreshed_at} says how
 * old it is).
 */
public final class WidelyShared {
  private WidelyShared() {}

  /**
   * Replaces {@code widely_shared_artifacts} with the service's current lists; returns the rows.
   */
  public static long refresh(InventoryStore store, PowerBiAdminClient client, Clock clock) {
    synchronized (store) {
      Connection c = store.connection();
      Timestamp now = Timestamp.valueOf(InventoryStore.utc(clock.instant()));
      try {
        c.setAutoCommit(false);
        long rows;
        try (Statement s = c.createStatement();
            PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO widely_shared_artifacts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          s.execute("DELETE FROM widely_shared_artifacts");
          rows =
              insert(insert, "publishedToWeb", client::listPublishedToWeb, now)
                  + insert(
                      insert, "linksSharedToWholeOrganization", client::listWidelySharedLinks, now);
        }
        c.commit();
        return rows;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        if (e instanceof RuntimeException r) {
          throw r;
        }
        throw new InventoryException("cannot store widely shared artifacts: " + e.getMessage(), e);
      } finally {
        try {
          c.setAutoCommit(true);
        } catch (SQLException ignored) {
          // the next statement reports a broken connection itself
        }
      }
    }
  }

  private static long insert(
      PreparedStatement insert,
      String kind,
      Supplier<PagedList<ArtifactAccessEntry>> list,
      Timestamp now)
      throws SQLException {
    long rows = 0;
    for (ArtifactAccessEntry e : list.get()) {
      ArtifactAccessEntry.Sharer sharer = e.sharer();
      insert.setString(1, kind);
      insert.setString(
          2, e.artifactId() == null ? null : e.artifactId().toLowerCase(java.util.Locale.ROOT));
      insert.setString(3, e.artifactType());
      insert.setString(4, e.displayName());
      insert.setString(5, e.accessRight());
      insert.setString(6, e.shareType());
      insert.setString(7, sharer == null ? null : sharer.emailAddress());
      insert.setString(8, sharer == null ? null : sharer.displayName());
      insert.setString(9, sharer == null ? null : sharer.principalType());
      insert.setTimestamp(10, now);
      insert.addBatch();
      rows++;
    }
    insert.executeBatch();
    return rows;
  }
}
