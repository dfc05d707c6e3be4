package dev.pbiadmin.cli.output;

import java.io.PrintWriter;
import java.util.List;

/** An aligned plain-text table for a terminal; long cells are cut so rows stay readable. */
final class TextTable {
  private static final int MAX_WIDTH = 40;

  private TextTable() {}

  static void write(Table table, PrintWriter out) {
    int[] widths = new int[table.columns().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.min(MAX_WIDTH, table.columns().get(c).length());
      for (List<Object> row : table.rows()) {
        widths[c] = Math.max(widths[c], cut(row.get(c)).length());
      }
    }
    line(out, table.columns(), widths);
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append("-".repeat(width)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    for (List<Object> row : table.rows()) {
      line(out, row, widths);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<?> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = cut(cells.get(c));
      text.append(cell).append(" ".repeat(widths[c] - cell.length() + 2));
    }
    out.println(text.toString().stripTrailing());
  }

  private static String cut(Object cell) {
    String text = cell == null ? "" : cell.toString().replaceAll("[\\r\\n\\t]+", " ");
    return text.length() <= MAX_WIDTH ? text : text.substring(0, MAX_WIDTH - 1) + "…";
  }
}
