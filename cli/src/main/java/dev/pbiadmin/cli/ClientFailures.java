package dev.pbiadmin.cli;

/**
 * Maps the client library's exception tree (thrown by {@code PowerBiAdminClient}) to a {@link
 * Failure}. Returns null for anything that is not the client's.
 */
final class ClientFailures {
  private ClientFailures() {}

  static Failure explain(Throwable t) {
    // Filled in against the client branch's exception tree once it lands.
    return null;
  }
}
