package dev.pbiadmin.cli.inventory;

import java.io.PrintWriter;
import java.time.Duration;

/** Where a run reports how far it is; {@link #none()} when output is piped or quiet. */
public interface Progress {

  /** A point-in-time view of the run. {@code eta} is null until a batch has been stored. */
  record Snapshot(
      long workspacesDone, long workspacesTotal, long calls, long throttledWaits, Duration eta) {}

  void update(Snapshot snapshot);

  /** The run ended: clear whatever was drawn. */
  default void done() {}

  static Progress none() {
    return s -> {};
  }

  /** A one-line bar redrawn in place on a terminal's stderr. */
  static Progress terminal(PrintWriter err) {
    return new Progress() {
      private boolean drawn;

      @Override
      public synchronized void update(Snapshot s) {
        int width = 24;
        int filled =
            s.workspacesTotal() == 0
                ? width
                : (int) Math.min(width, s.workspacesDone() * width / s.workspacesTotal());
        String eta =
            s.eta() == null
                ? "--:--"
                : String.format(
                    "%d:%02d:%02d",
                    s.eta().toHours(), s.eta().toMinutesPart(), s.eta().toSecondsPart());
        err.print(
            String.format(
                "\r[%s%s] %,d/%,d workspaces  %,d calls  %,d throttled waits" + "  ETA %s ",
                "#".repeat(filled),
                ".".repeat(width - filled),
                s.workspacesDone(),
                s.workspacesTotal(),
                s.calls(),
                s.throttledWaits(),
                eta));
        err.flush();
        drawn = true;
      }

      @Override
      public synchronized void done() {
        if (drawn) {
          err.print("\r\033[2K");
          err.flush();
        }
      }
    };
  }
}
