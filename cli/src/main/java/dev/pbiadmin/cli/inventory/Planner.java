package dev.pbiadmin.cli.inventory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides full or incremental, lists the workspaces and persists the plan (batches of 100) before
 * the first getInfo, so a killed run can continue from the database alone.
 */
final class Planner {
  /** PostWorkspaceInfo takes 1 to 100 workspace ids. */
  static final int BATCH_SIZE = 100;

  /** GetModifiedWorkspaces: modifiedSince must be 30 minutes to 30 days before now. */
  static final Duration NEWEST_SINCE = Duration.ofMinutes(30);

  static final Duration OLDEST_SINCE = Duration.ofDays(30).minusHours(1);

  /** The mode a new run takes, its modifiedSince and why. */
  record Mode(String name, Instant modifiedSince, String reason) {
    boolean incremental() {
      return name.equals("incremental");
    }
  }

  private final InventoryStore store;
  private final ScannerApi api;
  private final Clock clock;

  Planner(InventoryStore store, ScannerApi api, Clock clock) {
    this.store = store;
    this.api = api;
    this.clock = clock;
  }

  Mode decide(InventoryOptions options) throws SQLException {
    if (!options.incremental()) {
      return new Mode("full", null, "a full run was asked for");
    }
    Optional<RunRecord> last = store.runs().lastSucceeded(false);
    Optional<RunRecord> lastFull = store.runs().lastSucceeded(true);
    if (last.isEmpty() || lastFull.isEmpty()) {
      return new Mode("full", null, "no earlier successful full run in this database");
    }
    Instant now = clock.instant();
    Duration sinceFull = Duration.between(lastFull.get().startedAt(), now);
    if (sinceFull.compareTo(Duration.ofDays(options.fullEveryDays())) >= 0) {
      return new Mode(
          "full",
          null,
          "the last full run is "
              + sinceFull.toDays()
              + " days old (--full-every "
              + options.fullEveryDays()
              + ")");
    }
    Instant since = last.get().startedAt().minus(options.overlap());
    Instant newest = now.minus(NEWEST_SINCE);
    String clamp = "";
    if (since.isAfter(newest)) {
      // the API refuses anything newer; looking back further only adds overlap
      since = newest;
      clamp = ", moved back to 30 min before now, the newest the API accepts";
    }
    if (since.isBefore(now.minus(OLDEST_SINCE))) {
      return new Mode(
          "full",
          null,
          "the last successful run is older than the API's 30-day modifiedSince window");
    }
    return new Mode(
        "incremental",
        since,
        "changes since "
            + since
            + " (last run "
            + last.get().startedAt()
            + " minus "
            + options.overlap().toMinutes()
            + " min overlap"
            + clamp
            + ")");
  }

  /**
   * Lists the workspaces and saves the plan. A full run scans every listed workspace; an
   * incremental one scans the modified ones plus any listed workspace the inventory lacks.
   */
  void plan(long runId, Mode mode, InventoryOptions options) throws SQLException {
    boolean noPersonal = !options.personal();
    boolean noInactive = !options.inactive();
    store
        .runs()
        .savePlan(
            runId,
            mode.incremental(),
            (listed, modified) -> {
              api.listWorkspaceIds(null, noPersonal, noInactive, listed);
              if (mode.incremental()) {
                api.listWorkspaceIds(mode.modifiedSince(), noPersonal, noInactive, modified);
              }
            });
  }
}
