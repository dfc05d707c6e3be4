package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.content.ActivityLog;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.fault.FaultInjector;
import dev.pbiadmin.emulator.throttle.RateLimiter;

/**
 * The Power BI service's runtime state that the management API and the emulator's builder reach
 * into: the tenant's content, quotas, faults, scans and the request log. One per emulator. (Tenant
 * settings and their propagation live in the emulator's one {@code SettingStore}.)
 */
public final class PowerBiState {
  private final RateLimiter rateLimiter;
  private final FaultInjector faults = new FaultInjector();
  private final RequestLog requestLog;
  private final ScanStore scans;
  private final int activityPageSize;
  private final int activityEventsPerDay;
  private volatile TenantContent content;
  private volatile ActivityLog activityLog;

  /**
   * @param clock the emulator's clock
   * @param throttling whether quotas apply (off for benchmarks)
   * @param activityPageSize events per GetActivityEvents page (real service: "around 5,000 to
   *     10,000")
   */
  public PowerBiState(ScaledClock clock, boolean throttling, int activityPageSize) {
    this(clock, throttling, activityPageSize, AUTO_EVENTS_PER_DAY);
  }

  /**
   * Means "derive the activity volume from the content's size" (two events per workspace, at least
   * 2,000).
   */
  public static final int AUTO_EVENTS_PER_DAY = -1;

  /**
   * @param activityEventsPerDay audit events per full UTC day, generated lazily page by page (up to
   *     50,000,000), or {@link #AUTO_EVENTS_PER_DAY}
   */
  public PowerBiState(
      ScaledClock clock, boolean throttling, int activityPageSize, int activityEventsPerDay) {
    if (activityEventsPerDay < AUTO_EVENTS_PER_DAY
        || activityEventsPerDay > ActivityLog.MAX_EVENTS_PER_DAY) {
      throw new IllegalArgumentException(
          "activity events per day must be between 0 and "
              + ActivityLog.MAX_EVENTS_PER_DAY
              + ", got "
              + activityEventsPerDay);
    }
    this.activityEventsPerDay = activityEventsPerDay;
    if (activityPageSize < 1) {
      throw new IllegalArgumentException(
          "activityPageSize must be at least 1, got " + activityPageSize);
    }
    this.rateLimiter = new RateLimiter(clock, throttling);
    this.requestLog = new RequestLog(10_000);
    this.scans = new ScanStore(clock, ScanStore.ScanTimings.DEFAULT, 16);
    this.activityPageSize = activityPageSize;
  }

  public static PowerBiState defaults(ScaledClock clock) {
    return new PowerBiState(clock, true, 5_000);
  }

  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  public FaultInjector faults() {
    return faults;
  }

  public RequestLog requestLog() {
    return requestLog;
  }

  /** The tenant's Power BI content; set when the Power BI module registers. */
  public TenantContent content() {
    TenantContent c = content;
    if (c == null) {
      throw new IllegalStateException("the Power BI module has not registered yet");
    }
    return c;
  }

  /**
   * The tenant's generated audit log, served by GetActivityEvents; set when the Power BI module
   * registers.
   */
  public ActivityLog activityLog() {
    ActivityLog log = activityLog;
    if (log == null) {
      throw new IllegalStateException("the Power BI module has not registered yet");
    }
    return log;
  }

  void useActivityLog(ActivityLog log) {
    this.activityLog = log;
  }

  void useContent(TenantContent tenantContent) {
    this.content = tenantContent;
  }

  /** Forgets every scan, e.g. between tests. */
  public void clearScans() {
    scans.clear();
  }

  ScanStore scans() {
    return scans;
  }

  int activityPageSize() {
    return activityPageSize;
  }

  /** Events per full day for a tenant of {@code workspaces} workspaces. */
  int activityEventsPerDay(int workspaces) {
    return activityEventsPerDay != AUTO_EVENTS_PER_DAY
        ? activityEventsPerDay
        : Math.min(5_000_000, Math.max(2_000, workspaces * 2));
  }
}
