package dev.pbiadmin.cli.activity;

import java.io.StringWriter;
import java.io.Writer;
import java.util.function.Consumer;

/** A writer that keeps what it is given and calls back with every complete line. */
final class LineWatcher extends Writer {
  private final StringWriter all = new StringWriter();
  private final StringBuilder line = new StringBuilder();
  private final Consumer<String> onLine;

  LineWatcher(Consumer<String> onLine) {
    this.onLine = onLine;
  }

  @Override
  public synchronized void write(char[] buffer, int offset, int length) {
    all.write(buffer, offset, length);
    for (int i = offset; i < offset + length; i++) {
      if (buffer[i] == '\n') {
        onLine.accept(line.toString());
        line.setLength(0);
      } else {
        line.append(buffer[i]);
      }
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public synchronized String toString() {
    return all.toString();
  }
}
