package dev.pbiadmin.cli.doctor;

/** Outcome of one check. Only {@link #FAIL} makes the report unhealthy. */
public enum Status {
  PASS("✓", "[pass]"),
  WARN("!", "[warn]"),
  FAIL("✗", "[FAIL]"),
  SKIPPED("-", "[skip]");

  private final String symbol;
  private final String ascii;

  Status(String symbol, String ascii) {
    this.symbol = symbol;
    this.ascii = ascii;
  }

  String mark(boolean unicode) {
    return unicode ? symbol : ascii;
  }

  /** The lower-case name used in JSON output. */
  String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
