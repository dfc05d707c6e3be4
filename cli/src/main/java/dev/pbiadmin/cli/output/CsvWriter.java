package dev.pbiadmin.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break.
 */
final class CsvWriter {
  private CsvWriter() {}

  static void write(Table table, Writer out) throws IOException {
    line(out, table.columns());
    for (List<Object> row : table.rows()) {
      line(out, row);
    }
    out.flush();
  }

  private static void line(Writer out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String quote(Object cell) {
    if (cell == null) {
      return "";
    }
    String text = cell.toString();
    boolean needsQuotes =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
