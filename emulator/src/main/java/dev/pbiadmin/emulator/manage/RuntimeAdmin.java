package dev.pbiadmin.emulator.manage;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.fault.FaultRule;
import dev.pbiadmin.emulator.powerbi.PowerBiState;
import dev.pbiadmin.emulator.powerbi.RequestLog;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The emulator's own knobs: faults, the clock, quotas, scans and the request log. */
final class RuntimeAdmin {
  private final ScaledClock clock;
  private final PowerBiState state;

  RuntimeAdmin(ScaledClock clock, PowerBiState state) {
    this.clock = clock;
    this.state = state;
  }

  Object faults() {
    return state.faults().config();
  }

  Object putFaults(Body body) {
    List<FaultRule> rules = new ArrayList<>();
    for (Body r : body.objects("rules")) {
      try {
        rules.add(
            new FaultRule(
                r.requiredText("route"),
                r.number("errorRate", 0),
                (int) r.number("errorStatus", 503),
                (long) r.number("latencyMillis", 0),
                r.number("dropRate", 0),
                (int) r.number("throttleCount", 0),
                (long) r.number("throttleRetryAfterSeconds", 1)));
      } catch (IllegalArgumentException e) {
        throw ManagementException.badRequest(e.getMessage());
      }
    }
    try {
      state
          .faults()
          .configure(rules, (long) body.number("seed", 0), body.number("scanFailureRate", 0));
    } catch (IllegalArgumentException e) {
      throw ManagementException.badRequest(e.getMessage());
    }
    return faults();
  }

  Object clearFaults() {
    state.faults().clear();
    return faults();
  }

  Map<String, Object> time() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("now", clock.instant().toString());
    out.put("timeScale", clock.scale());
    return out;
  }

  /** Moves emulated time forward: {@code {"seconds": 3600}} or {@code {"duration": "PT1H"}}. */
  Map<String, Object> advance(Body body) {
    Duration amount;
    if (body.has("duration")) {
      try {
        amount = Duration.parse(body.requiredText("duration"));
      } catch (DateTimeParseException e) {
        throw ManagementException.badRequest(
            "'duration' must be an ISO 8601 duration such as PT1H");
      }
    } else if (body.has("seconds")) {
      amount = Duration.ofMillis((long) (body.number("seconds", 0) * 1000));
    } else {
      throw ManagementException.badRequest("give 'seconds' or 'duration'");
    }
    if (amount.isNegative() || amount.compareTo(Duration.ofDays(3650)) > 0) {
      throw ManagementException.badRequest("time only moves forward, by at most ten years at once");
    }
    clock.advance(amount);
    return time();
  }

  Map<String, Object> throttling() {
    return Map.of("enabled", state.rateLimiter().isEnabled());
  }

  Map<String, Object> putThrottling(Body body) {
    state.rateLimiter().setEnabled(body.bool("enabled", state.rateLimiter().isEnabled()));
    return throttling();
  }

  Map<String, Object> resetThrottling() {
    state.rateLimiter().reset();
    return throttling();
  }

  List<RequestLog.Entry> requests(String limit) {
    int n = 100;
    if (limit != null) {
      try {
        n = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        throw ManagementException.badRequest("'limit' must be a whole number");
      }
      if (n < 1 || n > 10_000) {
        throw ManagementException.badRequest("'limit' must be between 1 and 10000");
      }
    }
    return state.requestLog().recent(n);
  }

  void clearRequests() {
    state.requestLog().clear();
  }

  void clearScans() {
    state.clearScans();
  }
}
