package dev.pbiadmin.cli.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * How long scans of this run took, so later scans are first polled about when earlier ones ended
 * instead of on a fixed schedule: with fixed 5-6 s polls a 57 s scan is noticed up to 6 s late, and
 * every wave of 16 scans pays that again. Durations are measured on the run's clock, which is the
 * service's (a time-scaled emulator's runs faster than real time; the caller converts a wait to
 * real time only when it sleeps).
 *
 * <p>The first poll follows a low percentile of the most recent scans, not the single shortest one:
 * one fast outlier would otherwise make every later scan poll early and repeatedly (at 100k
 * workspaces that tripled the status calls).
 */
final class ScanTimes {
  private static final int WINDOW = 64;

  /** The last {@link #WINDOW} request-to-end durations, in nanoseconds of service time. */
  private final long[] recent = new long[WINDOW];

  /** Whether each of {@link #recent} is a guess: the middle of a wide gap between two polls. */
  private final boolean[] guessed = new boolean[WINDOW];

  private int count;
  private int next;

  /**
   * A scan requested at {@code requested} was last seen running at {@code lastRunning} ({@code
   * requested} if never) and seen ended at {@code noticed}. It ended somewhere in between, so the
   * midpoint is recorded: recording the noticed end would keep a first wave's late notice (polled
   * 10, 30, 60 s for a 57 s scan) in every later wave's first poll, which creeps down only 3% a
   * wave. A midpoint of polls further apart than an eighth of the scan is a guess, used only until
   * better measurements come.
   */
  synchronized void ended(Instant requested, Instant lastRunning, Instant noticed) {
    long lastRunningNanos = Duration.between(requested, lastRunning).toNanos();
    long noticedNanos = Duration.between(requested, noticed).toNanos();
    boolean seenRunning = lastRunningNanos > 0;
    long took =
        seenRunning ? lastRunningNanos + (noticedNanos - lastRunningNanos) / 2 : noticedNanos;
    if (took > 0) {
      recent[next] = took;
      guessed[next] = seenRunning && noticedNanos - lastRunningNanos > took / 8;
      next = (next + 1) % WINDOW;
      count = Math.min(count + 1, WINDOW);
    }
  }

  /**
   * The service time to wait before a scan's first poll: a little less than the 10th percentile of
   * recent scans (leaving guesses out once anything better is known), or {@code initial} before any
   * scan has ended (and never less than {@code step}).
   */
  synchronized Duration firstPoll(Duration initial, Duration step) {
    if (count == 0) {
      return initial;
    }
    long[] sorted =
        IntStream.range(0, count)
            .filter(i -> !guessed[i])
            .mapToLong(i -> recent[i])
            .sorted()
            .toArray();
    if (sorted.length == 0) {
      sorted = Arrays.stream(recent, 0, count).sorted().toArray();
    }
    long s = sorted[sorted.length / 10];
    Duration learned = Duration.ofNanos(s - s / 32);
    return learned.compareTo(step) < 0 ? step : learned;
  }

  synchronized boolean learned() {
    return count > 0;
  }
}
