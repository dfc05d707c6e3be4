package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.Sleeper;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what a run costs: API calls, and the waits the client spent on rate budgets and {@code
 * Retry-After}. Wrap the client's {@link Sleeper} with {@link #counting(Sleeper)} so its waits are
 * counted.
 */
public final class Meter {
  static final String MODIFIED = "modified";
  static final String GET_INFO = "getInfo";
  static final String SCAN_STATUS = "scanStatus";
  static final String SCAN_RESULT = "scanResult";

  private final AtomicLong calls = new AtomicLong();
  private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
  private final AtomicLong waits = new AtomicLong();
  private final AtomicLong waitNanos = new AtomicLong();

  /** One call of {@code operation} (a short scanner operation name, e.g. {@link #GET_INFO}). */
  void call(String operation) {
    calls.incrementAndGet();
    byOperation.computeIfAbsent(operation, k -> new LongAdder()).increment();
  }

  /** A sleeper that counts every wait before delegating. */
  public Sleeper counting(Sleeper delegate) {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        waits.incrementAndGet();
        waitNanos.addAndGet(d.toNanos());
      }
      delegate.sleep(d);
    };
  }

  long calls() {
    return calls.get();
  }

  /** Calls so far per operation, by name. */
  Map<String, Long> callsByOperation() {
    Map<String, Long> out = new TreeMap<>();
    byOperation.forEach((op, n) -> out.put(op, n.sum()));
    return out;
  }

  long waits() {
    return waits.get();
  }

  Duration waited() {
    return Duration.ofNanos(waitNanos.get());
  }
}
