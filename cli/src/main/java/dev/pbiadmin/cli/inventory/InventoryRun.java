package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.Sleeper;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@code pbiadmin inventory} run: continue an unfinished run or plan a new one, scan every open
 * batch with up to 16 scans in flight, store each result as it arrives, then remove what is gone
 * and log the run. Pacing within the documented hourly budgets is the client's; a run waits for
 * nothing else but scans to finish.
 */
public final class InventoryRun {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final InventoryStore store;
  private final ScannerApi api;
  private final Meter meter;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Progress progress;

  InventoryRun(
      InventoryStore store,
      ScannerApi api,
      Meter meter,
      Clock clock,
      Sleeper sleeper,
      Progress progress) {
    this.store = store;
    this.api = api;
    this.meter = meter;
    this.clock = clock;
    this.sleeper = sleeper;
    this.progress = progress;
  }

  /**
   * A run over {@code client}. Build the client with {@code meter.counting(sleeper)} as its sleeper
   * so throttled waits are counted, and with {@code clock} as the service's clock: the run reads
   * all its times on it (a time-scaled emulator's clock runs faster than the sleeper; waits and the
   * elapsed time shown are converted with {@link InventoryOptions#real}). Retrying a call is the
   * client's job ({@code RetryOptions}); a batch's own budget is its scan attempts.
   */
  public static InventoryRun over(
      InventoryStore store,
      PowerBiAdminClient client,
      Meter meter,
      Clock clock,
      Sleeper sleeper,
      Progress progress) {
    return new InventoryRun(
        store, new ClientScanner(client, meter), meter, clock, sleeper, progress);
  }

  /**
   * Continues the unfinished run if there is one (with the options it started with), otherwise
   * starts a new one with {@code requested}; with {@code resumeOnly} it refuses to start anew.
   */
  public RunSummary execute(InventoryOptions requested, boolean resumeOnly) {
    // read on the run's clock, the service's; shown to the user in real time
    // (InventoryOptions.real)
    Instant t0 = clock.instant();
    try {
      Planner planner = new Planner(store, api, clock);
      Optional<RunRecord> open = store.runs().unfinished();
      List<String> notes = new ArrayList<>();
      long runId;
      Planner.Mode mode;
      InventoryOptions options;
      if (open.isPresent()) {
        runId = open.get().runId();
        mode = new Planner.Mode(open.get().mode(), open.get().modifiedSince(), "resumed");
        options = JSON.readValue(open.get().options(), InventoryOptions.class);
        notes.add(
            "resumed run "
                + runId
                + " started at "
                + open.get().startedAt()
                + " with its original options");
      } else if (resumeOnly) {
        throw new InventoryException(
            "there is no unfinished run to resume in this database;"
                + " run without --resume to start one",
            null);
      } else {
        options = requested;
        mode = planner.decide(options);
        runId =
            store
                .runs()
                .begin(
                    mode.name(),
                    clock.instant(),
                    mode.modifiedSince(),
                    JSON.writeValueAsString(options));
        notes.add(mode.name() + " run: " + mode.reason());
      }
      if (!store.runs().hasPlan(runId)) {
        planner.plan(runId, mode, options);
      }
      return scanAll(runId, mode, options, open.isPresent(), notes, t0);
    } catch (SQLException | JsonProcessingException e) {
      throw new InventoryException("the inventory database failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InventoryException("interrupted; run 'pbiadmin inventory --resume' to continue", e);
    }
  }

  private RunSummary scanAll(
      long runId,
      Planner.Mode mode,
      InventoryOptions options,
      boolean resumed,
      List<String> notes,
      Instant t0)
      throws SQLException, InterruptedException {
    List<Batch> batches = store.runs().openBatches(runId);
    long total =
        store.runs().storedWorkspaces(runId)
            + batches.stream().mapToLong(Batch::workspaceCount).sum();
    AtomicLong done = new AtomicLong(store.runs().storedWorkspaces(runId));
    long doneAtStart = done.get();
    AtomicLong deleted = new AtomicLong();
    MetadataSeen seen = new MetadataSeen();
    BatchWorker worker =
        new BatchWorker(
            store, api, options, new Semaphore(options.concurrency(), true), sleeper, clock, seen);

    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("tick"));
    ticker.scheduleAtFixedRate(
        () -> progress.update(snapshot(options, done.get(), doneAtStart, total, t0)),
        0,
        500,
        TimeUnit.MILLISECONDS);
    // four threads a slot: threads whose scans ended queue to store their results (one writer)
    // while others keep all slots busy
    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency() * 4, daemon("scan"));
    List<BatchWorker.Result> failed = new ArrayList<>();
    try {
      List<Future<BatchWorker.Result>> futures = new ArrayList<>();
      for (Batch b : batches) {
        futures.add(
            pool.submit(
                () -> {
                  BatchWorker.Result r = worker.run(b);
                  if (r.stored()) {
                    done.addAndGet(b.workspaceCount());
                    deleted.addAndGet(r.deleted());
                  }
                  return r;
                }));
      }
      for (Future<BatchWorker.Result> f : futures) {
        BatchWorker.Result r = f.get();
        if (!r.stored()) {
          failed.add(r);
        }
      }
    } catch (ExecutionException e) {
      pool.shutdownNow();
      Throwable cause = e.getCause();
      if (cause instanceof PowerBiException pbi) {
        throw pbi;
      }
      throw new InventoryException("a batch failed: " + cause.getMessage(), cause);
    } finally {
      pool.shutdownNow();
      ticker.shutdownNow();
      progress.update(snapshot(options, done.get(), doneAtStart, total, t0));
      progress.done();
    }
    return finish(
        runId, mode, options, resumed, notes, t0, batches.size(), failed, deleted.get(), seen);
  }

  private RunSummary finish(
      long runId,
      Planner.Mode mode,
      InventoryOptions options,
      boolean resumed,
      List<String> notes,
      Instant t0,
      int batches,
      List<BatchWorker.Result> failed,
      long deletedInResults,
      MetadataSeen seen)
      throws SQLException {
    String status;
    long removed = 0;
    if (failed.isEmpty()) {
      removed = store.removeWorkspaces(store.runs().unlisted(runId));
      status = RunRecord.SUCCEEDED;
    } else {
      status = RunRecord.INCOMPLETE;
      notes.add(
          failed.size()
              + " batch(es) could not be scanned (first: "
              + failed.get(0).error()
              + "); run 'pbiadmin inventory --resume' to retry them");
    }
    notes.addAll(MetadataNotes.explain(options, seen));
    notes.addAll(seen.unrecognised.notes());
    long scanned = store.runs().storedWorkspaces(runId);
    if (deletedInResults > 0) {
      notes.add(
          deletedInResults
              + " scanned workspace(s) are in state Deleted (kept, with"
              + " state = 'Deleted', until they disappear from the listing)");
    }
    RunStats stats =
        new RunStats(
            scanned,
            removed,
            meter.calls(),
            meter.waits(),
            meter.waited().toMillis() / 1000.0,
            notes,
            seen.unrecognised.json());
    store.runs().finish(runId, status, clock.instant(), stats);
    long listed = store.runs().listed(runId);
    return new RunSummary(
        runId,
        mode.name(),
        status,
        resumed,
        listed,
        scanned,
        stats.workspacesDeleted(),
        batches,
        failed.size(),
        meter.calls(),
        meter.callsByOperation(),
        meter.waits(),
        meter.waited(),
        options.real(Duration.between(t0, clock.instant())),
        notes);
  }

  private Progress.Snapshot snapshot(
      InventoryOptions options, long done, long doneAtStart, long total, Instant t0) {
    Duration elapsed = options.real(Duration.between(t0, clock.instant()));
    long progressed = done - doneAtStart;
    Duration eta =
        progressed == 0 ? null : elapsed.multipliedBy(total - done).dividedBy(progressed);
    return new Progress.Snapshot(done, total, meter.calls(), meter.waits(), eta);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, "inventory-" + name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
