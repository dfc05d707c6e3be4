package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.fault.FaultInjector;
import dev.pbiadmin.emulator.throttle.RateLimiter;
import java.time.Duration;

/**
 * The Power BI service's runtime state that the management API and the emulator's builder reach
 * into: the tenant's content, quotas, faults, setting propagation, scans and the request log. One
 * per emulator.
 */
public final class PowerBiState {
  private final RateLimiter rateLimiter;
  private final FaultInjector faults = new FaultInjector();
  private final SettingHistory settingHistory;
  private final RequestLog requestLog;
  private final ScanStore scans;
  private final int activityPageSize;
  private volatile TenantContent content;

  /**
   * @param clock the emulator's clock
   * @param throttling whether quotas apply (off for benchmarks)
   * @param propagationDelay how long a tenant-setting change takes to apply (real service: up to 15 minutes)
   * @param activityPageSize events per GetActivityEvents page (real service: "around 5,000 to 10,000")
   */
  public PowerBiState(ScaledClock clock, boolean throttling, Duration propagationDelay, int activityPageSize) {
    if (activityPageSize < 1) {
      throw new IllegalArgumentException("activityPageSize must be at least 1, got " + activityPageSize);
    }
    this.rateLimiter = new RateLimiter(clock, throttling);
    this.settingHistory = new SettingHistory(propagationDelay);
    this.requestLog = new RequestLog(10_000);
    this.scans = new ScanStore(clock, ScanStore.ScanTimings.DEFAULT, 16);
    this.activityPageSize = activityPageSize;
  }

  public static PowerBiState defaults(ScaledClock clock) {
    return new PowerBiState(clock, true, Duration.ZERO, 5_000);
  }

  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  public FaultInjector faults() {
    return faults;
  }

  public SettingHistory settingHistory() {
    return settingHistory;
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
}
