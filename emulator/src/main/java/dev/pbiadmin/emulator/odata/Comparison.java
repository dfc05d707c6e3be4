package dev.pbiadmin.emulator.odata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** Type rules and evaluation of {@code eq ne gt ge lt le}. */
final class Comparison {
  private Comparison() {}

  static Binder.Bound bind(Node.Binary b, Binder.Bound left, Binder.Bound right) {
    String op = b.operator();
    ValueType l = left.type();
    ValueType r = right.type();
    boolean equality = op.equals("eq") || op.equals("ne");
    if (l == ValueType.COLLECTION || r == ValueType.COLLECTION) {
      throw new ODataException(
          "$filter: a collection cannot be compared with " + op + "; use any() or all()");
    }
    if (l == ValueType.NULL || r == ValueType.NULL) {
      if (!equality) {
        throw new ODataException("$filter: null can only be compared with eq or ne, not " + op);
      }
    } else if (!compatible(l, r)) {
      throw new ODataException(
          "$filter cannot compare a "
              + Binder.name(l)
              + " with a "
              + Binder.name(r)
              + " in '"
              + b
              + "'");
    } else if (!equality && l == ValueType.BOOLEAN) {
      throw new ODataException("$filter: conditions can only be compared with eq or ne, not " + op);
    }
    Binder.Eval le = coerce(left, r);
    Binder.Eval re = coerce(right, l);
    boolean ignoreCase =
        l == ValueType.ENUM || r == ValueType.ENUM || l == ValueType.GUID || r == ValueType.GUID;
    return new Binder.Bound(
        ValueType.BOOLEAN,
        f -> {
          Object a = le.apply(f);
          Object c = re.apply(f);
          if (a == null || c == null) {
            boolean same = a == null && c == null;
            return switch (op) {
              case "eq" -> same;
              case "ne" -> !same;
              default -> false;
            };
          }
          int cmp = compare(a, c, ignoreCase);
          return switch (op) {
            case "eq" -> cmp == 0;
            case "ne" -> cmp != 0;
            case "gt" -> cmp > 0;
            case "ge" -> cmp >= 0;
            case "lt" -> cmp < 0;
            default -> cmp <= 0;
          };
        });
  }

  private static boolean compatible(ValueType l, ValueType r) {
    if (l.isText() && r.isText()) {
      return true;
    }
    if ((l == ValueType.DATETIME && r == ValueType.STRING)
        || (l == ValueType.STRING && r == ValueType.DATETIME)) {
      return true;
    }
    return l == r;
  }

  /** A string compared with a date-time is read as a date-time. */
  private static Binder.Eval coerce(Binder.Bound side, ValueType other) {
    if (side.type() == ValueType.STRING && other == ValueType.DATETIME) {
      return f -> {
        Object v = side.eval().apply(f);
        return v == null ? null : Binder.parseInstant((String) v);
      };
    }
    return side.eval();
  }

  private static int compare(Object a, Object b, boolean ignoreCase) {
    if (a instanceof String s && b instanceof String t) {
      return ignoreCase
          ? s.toLowerCase(Locale.ROOT).compareTo(t.toLowerCase(Locale.ROOT))
          : s.compareTo(t);
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    if (a instanceof Instant x && b instanceof Instant y) {
      return x.compareTo(y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.compareTo(y);
    }
    throw new ODataException("$filter cannot compare the values '" + a + "' and '" + b + "'");
  }
}
