package dev.pbiadmin.emulator.powerbi;

/** Power BI wraps date-times and tokens in single quotes in query strings. */
final class Quoted {
  private Quoted() {}

  static boolean isQuoted(String value) {
    return value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
  }

  static String strip(String value) {
    return isQuoted(value) ? value.substring(1, value.length() - 1) : value;
  }
}
