package dev.pbiadmin.cli.activity;

/** Where a UTC day stands in {@code activity_days}. */
enum DayStatus {
  /** Planned, no page stored yet. */
  PENDING,
  /** Pages stored, the chain has not ended: resumable from the stored continuation token. */
  IN_PROGRESS,
  /** The chain ended, every page was stored, and the chain started after the day had settled. */
  COMPLETE,
  /**
   * The chain ended and every page was stored, but it started before the day had settled (events
   * can take up to 24 hours to appear): {@code --incremental} fetches it again.
   */
  PROVISIONAL,
  /** The day could not be completed; {@code reason} says why. */
  INCOMPLETE;

  String sql() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static DayStatus fromSql(String value) {
    return valueOf(value.toUpperCase(java.util.Locale.ROOT));
  }
}
