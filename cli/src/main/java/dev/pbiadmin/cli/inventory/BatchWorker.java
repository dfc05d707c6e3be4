package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.AuthenticationFailedException;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.client.models.ScanRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Carries one batch from getInfo to stored rows. A scan holds one of the 16 in-flight slots from
 * its getInfo until scanStatus says it ended, as the scanner documentation asks; fetching and
 * storing the result happen after the slot is free, so the next scan is not kept waiting.
 */
final class BatchWorker {
  /** Resumed scans younger than retention minus this margin are fetched, older ones redone. */
  private static final Duration RETENTION_MARGIN = Duration.ofHours(1);

  /** The longest poll interval before any scan's duration is known: the docs' "30-60 seconds". */
  private static final Duration UNLEARNED_MAX = Duration.ofSeconds(30);

  private final InventoryStore store;
  private final ScannerApi api;
  private final InventoryOptions options;
  private final Semaphore inFlight;
  private final Sleeper sleeper;
  private final Clock clock;
  private final MetadataSeen seen;
  private final ScanTimes times = new ScanTimes();

  BatchWorker(
      InventoryStore store,
      ScannerApi api,
      InventoryOptions options,
      Semaphore inFlight,
      Sleeper sleeper,
      Clock clock,
      MetadataSeen seen) {
    this.store = store;
    this.api = api;
    this.options = options;
    this.inFlight = inFlight;
    this.sleeper = sleeper;
    this.clock = clock;
    this.seen = seen;
  }

  /** Outcome of one batch: stored, or failed after every attempt with a reason. */
  record Result(Batch batch, boolean stored, int workspaces, int deleted, String error) {}

  /**
   * The batch's one retry budget: at most {@code options.maxAttempts()} scans requested. Within an
   * attempt each call is the client's to retry (its {@code RetryOptions}: sends per call, {@code
   * Retry-After} waits, backoff); whatever the client gives up on, a throttle beyond its budget
   * included, fails the attempt and the batch is scanned anew. A scan a killed run started and that
   * is still young is awaited first and costs no attempt.
   */
  Result run(Batch batch) throws InterruptedException, SQLException {
    Batch b = batch;
    String lastError = null;
    int attempts = 0;
    while (attempts < options.maxAttempts()) {
      boolean reuse =
          b.scanId() != null
              && b.requestedAt() != null
              && b.requestedAt()
                  .plus(options.retention())
                  .minus(RETENTION_MARGIN)
                  .isAfter(clock.instant());
      try {
        if (reuse) {
          // a scan a killed run started is still one of the 16 until it ends
          inFlight.acquire();
        } else {
          attempts++;
          b = request(b);
        }
        ScanRequest end = awaitEnd(b, reuse);
        if (end.isFailed()) {
          lastError =
              "scan "
                  + b.scanId()
                  + " failed"
                  + (end.error() == null
                      ? ""
                      : ": " + end.error().code() + " " + end.error().message());
          b = forget(b);
          continue;
        }
        return store(b);
      } catch (AuthenticationFailedException | PowerBiNotAuthorizedException fatal) {
        throw fatal;
      } catch (PowerBiException | IOException | InventoryException e) {
        // a resumed scan the service no longer knows, or any failed step: scan again
        lastError = e.getMessage();
        b = forget(b);
      }
    }
    store.runs().markFailed(b, lastError);
    return new Result(b, false, 0, 0, lastError);
  }

  /** Starts the batch's scan; its {@code requestedAt} is when the service accepted it. */
  private Batch request(Batch b) throws InterruptedException, SQLException {
    // read before taking a slot: the store may be busy writing another batch's result
    List<String> ids = store.runs().batchWorkspaces(b);
    inFlight.acquire();
    try {
      ScanRequest started = api.beginScan(ids, options.scanOptions());
      // the scan runs while this waits its turn behind other batches' results at the store, so
      // polling counts from now, not from when the scan id is stored
      Batch requested = b.requested(started.id(), clock.instant());
      store.runs().markRequested(requested);
      return requested;
    } catch (RuntimeException | SQLException e) {
      inFlight.release();
      throw e;
    }
  }

  /**
   * Polls until the scan ends and releases the in-flight slot. Once scans of this run have ended,
   * the first poll comes a little before the shortest of them took, then polls follow in short
   * steps until a quarter past that, growing to pollMax after; before that, 2 x pollInitial then
   * doubling up to 30 s. At most 16 scans are polled, well inside scanStatus's 10,000/hour. Times
   * are read on the run's clock, the service's; only the sleeps are converted to real time.
   */
  private ScanRequest awaitEnd(Batch b, boolean resumed) throws InterruptedException {
    Duration step = options.pollInitial().dividedBy(5);
    boolean learned = times.learned();
    // until a scan of this run has ended nothing says how long they take: the first poll after
    // twice pollInitial, then intervals doubling up to the 30 s Microsoft recommends (3 polls
    // for a 57 s scan instead of 10 at 5-6 s)
    Duration wait = times.firstPoll(options.pollInitial().multipliedBy(2), step);
    Duration max = learned ? options.pollMax() : UNLEARNED_MAX;
    // short steps around the expected end: growing steps there would notice it seconds late
    Instant from = resumed ? clock.instant() : b.requestedAt();
    Instant stepsUntil = from.plus(wait.dividedBy(4).multipliedBy(5));
    Instant lastRunning = from;
    Duration sleep = wait.minus(Duration.between(from, clock.instant()));
    try {
      while (true) {
        if (sleep.compareTo(Duration.ZERO) > 0) {
          sleeper.sleep(options.real(sleep));
        }
        ScanRequest status = api.scanStatus(b.scanId());
        Instant now = clock.instant();
        if (status.isTerminal()) {
          if (!resumed) {
            times.ended(from, lastRunning, now);
          }
          return status;
        }
        lastRunning = now;
        if (!learned) {
          wait = wait.multipliedBy(2);
        } else if (now.isBefore(stepsUntil)) {
          wait = step;
        } else {
          wait = wait.multipliedBy(3).dividedBy(2);
        }
        if (wait.compareTo(max) > 0) {
          wait = max;
        }
        sleep = wait;
      }
    } finally {
      inFlight.release();
    }
  }

  private Result store(Batch b) throws IOException, InterruptedException {
    Path file = api.downloadResult(b.scanId());
    try (InputStream in = Files.newInputStream(file)) {
      MetadataSeen local = new MetadataSeen();
      ScanResultIngest.Outcome o = store.storeBatch(b, in, local, clock.instant());
      seen.add(local);
      return new Result(b, true, o.workspacesStored(), o.workspacesInStateDeleted(), null);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Batch forget(Batch b) {
    return new Batch(
        b.runId(), b.batchNo(), b.workspaceCount(), Batch.PENDING, null, null, b.attempts());
  }
}
