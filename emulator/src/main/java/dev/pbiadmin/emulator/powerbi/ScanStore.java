package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scans of the tenant, in memory (a restart forgets them, like a scan the real service lost).
 * Status follows the scaled clock; results stay 24 emulated hours ("The scan result will remain
 * available for 24 hours"). At most {@code maxInFlight} scans per tenant are NotStarted or Running
 * ("Maximum 16 simultaneous requests").
 */
final class ScanStore {
  static final Duration RETENTION = Duration.ofHours(24);

  private final Clock clock;
  private final ScanTimings timings;
  private final int maxInFlight;
  private final Map<String, Scan> scans = new ConcurrentHashMap<>();

  ScanStore(Clock clock, ScanTimings timings, int maxInFlight) {
    this.clock = clock;
    this.timings = timings;
    this.maxInFlight = maxInFlight;
  }

  /**
   * Starts a scan, or says how long until a slot frees when {@code maxInFlight} are in flight.
   *
   * @return the scan, or the emulated wait when the tenant has too many in flight
   */
  synchronized Started start(
      String tenantId,
      List<String> workspaceIds,
      List<Workspace> workspaces,
      ScanOptions options,
      boolean fails) {
    Instant now = clock.instant();
    purge(now);
    List<Scan> inFlight =
        scans.values().stream()
            .filter(s -> s.tenantId().equals(tenantId) && s.inFlight(now))
            .toList();
    if (inFlight.size() >= maxInFlight) {
      Instant firstFree = inFlight.stream().map(Scan::endsAt).min(Instant::compareTo).orElse(now);
      return new Started(null, Duration.between(now, firstFree));
    }
    Instant startsAt = now.plus(timings.queued());
    Instant endsAt =
        startsAt
            .plus(timings.base())
            .plus(timings.perWorkspace().multipliedBy(workspaceIds.size()));
    Scan scan =
        new Scan(
            UUID.randomUUID().toString(),
            tenantId,
            now,
            startsAt,
            endsAt,
            endsAt.plus(RETENTION),
            fails,
            workspaceIds,
            workspaces,
            options);
    scans.put(scan.id(), scan);
    return new Started(scan, Duration.ZERO);
  }

  /** The scan with this id for this tenant, unless unknown or past its 24 hours. */
  Optional<Scan> find(String tenantId, String scanId) {
    Instant now = clock.instant();
    Scan scan = scans.get(scanId.toLowerCase(java.util.Locale.ROOT));
    if (scan == null || !scan.tenantId().equals(tenantId) || scan.expired(now)) {
      return Optional.empty();
    }
    return Optional.of(scan);
  }

  synchronized void clear() {
    scans.clear();
  }

  private void purge(Instant now) {
    scans.values().removeIf(s -> s.expired(now));
  }

  /** A started scan, or (scan null) the wait until one may start. */
  record Started(Scan scan, Duration retryAfter) {}

  /**
   * How long scans take in emulated time: queued before Running, then a base plus a per-workspace
   * share. The defaults make a 100-workspace scan take about a minute, like a small real scan.
   */
  record ScanTimings(Duration queued, Duration base, Duration perWorkspace) {
    static final ScanTimings DEFAULT =
        new ScanTimings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(500));
  }
}
