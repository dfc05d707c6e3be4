package dev.pbiadmin.emulator.fault;

/** What the injector decided for one request. */
public sealed interface Fault {

  /** Serve normally (after {@code latencyMillis}, if any). */
  record None(long latencyMillis) implements Fault {}

  /** Answer with a server error. */
  record ServerError(long latencyMillis, int status) implements Fault {}

  /** Close the connection without answering. */
  record Drop(long latencyMillis) implements Fault {}

  /** Answer 429 as part of a forced storm. */
  record Throttle(long latencyMillis, long retryAfterSeconds) implements Fault {}

  long latencyMillis();
}
