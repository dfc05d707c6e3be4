package dev.pbiadmin.emulator.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Injects server errors, latency, dropped connections and 429 storms per route, so clients can be
 * tested against the failures the real service has. Off until rules are set (through the builder or
 * {@code PUT /emulator/faults}). Decisions come from one seeded random source: the same seed and
 * the same request sequence give the same faults. Thread-safe.
 */
public final class FaultInjector {
  private final List<FaultRule> rules = new ArrayList<>();
  private final List<Integer> stormLeft = new ArrayList<>();
  private Random random = new Random(0);
  private long seed;
  private double scanFailureRate;

  /** Replaces every rule; {@code seed} restarts the random source. */
  public synchronized void configure(
      List<FaultRule> newRules, long newSeed, double newScanFailureRate) {
    if (!(newScanFailureRate >= 0 && newScanFailureRate <= 1)) {
      throw new IllegalArgumentException(
          "scanFailureRate must be between 0 and 1, got " + newScanFailureRate);
    }
    rules.clear();
    stormLeft.clear();
    for (FaultRule rule : newRules) {
      rules.add(rule);
      stormLeft.add(rule.throttleCount());
    }
    seed = newSeed;
    random = new Random(newSeed);
    scanFailureRate = newScanFailureRate;
  }

  public synchronized void clear() {
    configure(List.of(), seed, 0);
  }

  public synchronized FaultConfig config() {
    return new FaultConfig(List.copyOf(rules), seed, scanFailureRate, List.copyOf(stormLeft));
  }

  /** The fault for one request; the first matching rule that fires wins, latencies add up. */
  public synchronized Fault decide(String operationId, String path) {
    long latency = 0;
    for (int i = 0; i < rules.size(); i++) {
      FaultRule rule = rules.get(i);
      if (!rule.matches(operationId, path)) {
        continue;
      }
      latency += rule.latencyMillis();
      if (stormLeft.get(i) > 0) {
        stormLeft.set(i, stormLeft.get(i) - 1);
        return new Fault.Throttle(latency, rule.throttleRetryAfterSeconds());
      }
      if (rule.dropRate() > 0 && random.nextDouble() < rule.dropRate()) {
        return new Fault.Drop(latency);
      }
      if (rule.errorRate() > 0 && random.nextDouble() < rule.errorRate()) {
        return new Fault.ServerError(latency, rule.errorStatus());
      }
    }
    return new Fault.None(latency);
  }

  /**
   * Whether a scan that is about to finish should end {@code Failed} instead of {@code Succeeded}.
   */
  public synchronized boolean failScan() {
    return scanFailureRate > 0 && random.nextDouble() < scanFailureRate;
  }

  /**
   * The injector's state, as the management API shows it.
   *
   * @param stormRemaining per rule, how many forced 429s are left
   */
  public record FaultConfig(
      List<FaultRule> rules, long seed, double scanFailureRate, List<Integer> stormRemaining) {}
}
