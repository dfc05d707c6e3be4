package dev.pbiadmin.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-operation request budgets the client keeps to before sending, so a caller that uses them is
 * never throttled: the client waits (on its {@link Sleeper}) until the operation's budget has room.
 * Budgets are sliding windows, so no window of the documented length ever holds more requests than
 * the documented limit, whichever way the service counts.
 *
 * <p>{@link #documented()} are the limits from each operation's <em>Limitations</em> text in the
 * Power BI REST reference (GetGroupsAsAdmin 50/hour and 15/minute; the tenant-wide dashboards,
 * reports and datasets lists 50/hour and 5/minute; most others 200/hour; getInfo and scanResult
 * 500/hour; scanStatus 10,000/hour; workspaces/modified 30/hour), and of the Fabric admin API's
 * (tenant settings 25/minute; workspaces, items and their users 200/hour). {@link
 * #timeScale(double)} shrinks every window for an emulator running with {@code --time-scale}.
 */
public final class RateBudgets {

  /** At most {@code requests} in any window of length {@code window}. */
  public record Limit(int requests, Duration window) {
    public Limit {
      if (requests < 1) {
        throw new IllegalArgumentException("a limit must allow at least one request");
      }
      if (window == null || window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException("a limit's window must be positive");
      }
    }

    public static Limit perHour(int n) {
      return new Limit(n, Duration.ofHours(1));
    }

    public static Limit perMinute(int n) {
      return new Limit(n, Duration.ofMinutes(1));
    }
  }

  private static final List<Limit> TENANT_LIST = List.of(Limit.perHour(50), Limit.perMinute(5));
  private static final List<Limit> FABRIC_SETTINGS = List.of(Limit.perMinute(25));
  private static final Map<String, List<Limit>> DOCUMENTED =
      Map.ofEntries(
          Map.entry("Groups_GetGroupsAsAdmin", List.of(Limit.perHour(50), Limit.perMinute(15))),
          Map.entry("Dashboards_GetDashboardsAsAdmin", TENANT_LIST),
          Map.entry("Reports_GetReportsAsAdmin", TENANT_LIST),
          Map.entry("Datasets_GetDatasetsAsAdmin", TENANT_LIST),
          Map.entry("WorkspaceInfo_PostWorkspaceInfo", List.of(Limit.perHour(500))),
          Map.entry("WorkspaceInfo_GetScanStatus", List.of(Limit.perHour(10_000))),
          Map.entry("WorkspaceInfo_GetScanResult", List.of(Limit.perHour(500))),
          Map.entry("WorkspaceInfo_GetModifiedWorkspaces", List.of(Limit.perHour(30))),
          Map.entry("Admin_GetActivityEvents", List.of(Limit.perHour(200))),
          // the Limitations text states no limit for these two
          Map.entry("Datasets_GetDatasourcesAsAdmin", List.of()),
          Map.entry("Dataflows_GetDataflowDatasourcesAsAdmin", List.of()),
          // not an admin API; governed by the general per-user throttling only
          Map.entry("Groups_GetGroups", List.of()),
          // the Fabric admin API: "Maximum 25 requests per minute" / "Maximum 200 requests per
          // hour"
          Map.entry("Tenants_ListTenantSettings", FABRIC_SETTINGS),
          Map.entry("Tenants_UpdateTenantSetting", FABRIC_SETTINGS),
          Map.entry("Tenants_ListCapacitiesTenantSettingsOverrides", FABRIC_SETTINGS),
          Map.entry("Tenants_ListDomainsTenantSettingsOverrides", FABRIC_SETTINGS),
          Map.entry("Tenants_ListWorkspacesTenantSettingsOverrides", FABRIC_SETTINGS),
          Map.entry("Workspaces_ListWorkspaces", List.of(Limit.perHour(200))),
          Map.entry("Items_ListItems", List.of(Limit.perHour(200))),
          Map.entry("Workspaces_ListWorkspaceAccessDetails", List.of(Limit.perHour(200))),
          Map.entry("Items_ListItemAccessDetails", List.of(Limit.perHour(200))));
  private static final List<Limit> DEFAULT_ADMIN = List.of(Limit.perHour(200));

  private final boolean enabled;
  private final Map<String, List<Limit>> overrides;
  private final double timeScale;

  private RateBudgets(boolean enabled, Map<String, List<Limit>> overrides, double timeScale) {
    this.enabled = enabled;
    this.overrides = Map.copyOf(overrides);
    this.timeScale = timeScale;
  }

  /** No client-side budgets: only the service's 429s (and the retry policy) pace the calls. */
  public static RateBudgets off() {
    return new RateBudgets(false, Map.of(), 1.0);
  }

  /** The limits Microsoft documents per operation (the default). */
  public static RateBudgets documented() {
    return new RateBudgets(true, Map.of(), 1.0);
  }

  /**
   * Replaces the limits of one operation (by swagger {@code operationId}); empty means unlimited.
   */
  public RateBudgets with(String operationId, List<Limit> limits) {
    Objects.requireNonNull(operationId, "operationId");
    Map<String, List<Limit>> copy = new HashMap<>(overrides);
    copy.put(operationId, List.copyOf(limits));
    return new RateBudgets(true, copy, timeScale);
  }

  /**
   * Divides every window by {@code factor}: against an emulator whose time runs {@code factor}
   * times faster than real time, budgets then hold in emulated time while the client sleeps real
   * time.
   */
  public RateBudgets timeScale(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("time scale must be a positive number, got " + factor);
    }
    return new RateBudgets(enabled, overrides, factor);
  }

  public boolean enabled() {
    return enabled;
  }

  /**
   * The effective (time-scaled) limits of an operation; empty when unlimited or budgets are off.
   */
  public List<Limit> limitsFor(String operationId) {
    if (!enabled) {
      return List.of();
    }
    List<Limit> base =
        overrides.getOrDefault(operationId, DOCUMENTED.getOrDefault(operationId, DEFAULT_ADMIN));
    if (timeScale == 1.0) {
      return base;
    }
    return base.stream()
        .map(
            l ->
                new Limit(
                    l.requests(),
                    Duration.ofNanos(Math.max(1, (long) (l.window().toNanos() / timeScale)))))
        .toList();
  }
}
