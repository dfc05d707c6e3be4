package dev.pbiadmin.emulator.odata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The OData string functions the emulator evaluates, their arity and result types. */
final class Functions {
  static final List<String> NAMES =
      List.of(
          "contains",
          "startswith",
          "endswith",
          "tolower",
          "toupper",
          "length",
          "indexof",
          "substring",
          "trim",
          "concat");
  private static final Map<String, int[]> ARITY =
      Map.of(
          "contains",
          new int[] {2, 2},
          "startswith",
          new int[] {2, 2},
          "endswith",
          new int[] {2, 2},
          "tolower",
          new int[] {1, 1},
          "toupper",
          new int[] {1, 1},
          "length",
          new int[] {1, 1},
          "indexof",
          new int[] {2, 2},
          "substring",
          new int[] {2, 3},
          "trim",
          new int[] {1, 1},
          "concat",
          new int[] {2, 2});

  private Functions() {}

  static boolean isKnown(String name) {
    return ARITY.containsKey(name);
  }

  static void checkArity(String name, int count) {
    int[] range = ARITY.get(name);
    if (count < range[0] || count > range[1]) {
      String expected =
          range[0] == range[1] ? String.valueOf(range[0]) : range[0] + " or " + range[1];
      throw new ODataException(
          "$filter: " + name + "() takes " + expected + " arguments, not " + count);
    }
  }

  static ValueType resultType(String name) {
    return switch (name) {
      case "contains", "startswith", "endswith" -> ValueType.BOOLEAN;
      case "length", "indexof" -> ValueType.NUMBER;
      default -> ValueType.STRING;
    };
  }

  /** Which argument positions are numbers (the rest are text). */
  static boolean numericArgument(String name, int index) {
    return name.equals("substring") && index > 0;
  }

  /** Applies the function; a null argument gives null, as in OData. */
  static Object apply(String name, Object[] a) {
    for (Object o : a) {
      if (o == null) {
        return null;
      }
    }
    String s = (String) a[0];
    return switch (name) {
      case "contains" -> s.contains((String) a[1]);
      case "startswith" -> s.startsWith((String) a[1]);
      case "endswith" -> s.endsWith((String) a[1]);
      case "tolower" -> s.toLowerCase(Locale.ROOT);
      case "toupper" -> s.toUpperCase(Locale.ROOT);
      case "trim" -> s.strip();
      case "length" -> BigDecimal.valueOf(s.length());
      case "indexof" -> BigDecimal.valueOf(s.indexOf((String) a[1]));
      case "concat" -> s + a[1];
      case "substring" -> substring(s, (BigDecimal) a[1], a.length > 2 ? (BigDecimal) a[2] : null);
      default -> throw new IllegalStateException(name);
    };
  }

  private static String substring(String s, BigDecimal start, BigDecimal length) {
    int from = clamp(start, s.length());
    int to = length == null ? s.length() : Math.min(s.length(), from + clamp(length, s.length()));
    return s.substring(from, Math.max(from, to));
  }

  private static int clamp(BigDecimal n, int max) {
    if (n.signum() < 0) {
      return 0;
    }
    return n.compareTo(BigDecimal.valueOf(max)) > 0 ? max : n.intValue();
  }
}
