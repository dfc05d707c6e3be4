package dev.pbiadmin.cli.output;

import java.io.PrintWriter;

/**
 * A one-line progress indicator on stderr for long listings. Silent unless the caller says the
 * session is interactive (a terminal, not --quiet, not CI), so piped output carries only data.
 */
public final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final boolean enabled;
  private final String what;
  private boolean shown;

  public Progress(PrintWriter err, boolean enabled, String what) {
    this.err = err;
    this.enabled = enabled;
    this.what = what;
  }

  public void update(long count) {
    if (enabled) {
      err.print("\r" + what + ": " + count + "…");
      err.flush();
      shown = true;
    }
  }

  @Override
  public void close() {
    if (shown) {
      // Erase the line so the data or the next message starts clean.
      err.print("\r\033[2K");
      err.flush();
    }
  }
}
