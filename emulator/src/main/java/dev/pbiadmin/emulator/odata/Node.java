package dev.pbiadmin.emulator.odata;

import java.util.List;

/** The syntax tree of a {@code $filter}. {@link #toString()} prints canonical, re-parsable text. */
sealed interface Node {

  /** A literal; {@code type} says how it was written (a string, a GUID, an enum, …). */
  record Literal(ValueType type, Object value, String qualifier) implements Node {
    @Override
    public String toString() {
      return switch (type) {
        case STRING -> "'" + ((String) value).replace("'", "''") + "'";
        case ENUM -> qualifier + "'" + ((String) value).replace("'", "''") + "'";
        case NULL -> "null";
        default -> String.valueOf(value);
      };
    }
  }

  /** A property, or a lambda variable's property ({@code u/groupUserAccessRight}). */
  record Path(List<String> segments) implements Node {
    @Override
    public String toString() {
      return String.join("/", segments);
    }
  }

  /** {@code collection/any(v: body)}, {@code collection/all(v: body)}, {@code collection/any()}. */
  record Lambda(Path collection, boolean all, String variable, Node body) implements Node {
    @Override
    public String toString() {
      return collection
          + (all ? "/all(" : "/any(")
          + (variable == null ? "" : variable + ": " + body)
          + ")";
    }
  }

  /** A comparison or a logical {@code and}/{@code or}. */
  record Binary(String operator, Node left, Node right) implements Node {
    @Override
    public String toString() {
      return "(" + left + " " + operator + " " + right + ")";
    }
  }

  record Not(Node operand) implements Node {
    @Override
    public String toString() {
      return "not (" + operand + ")";
    }
  }

  record Call(String function, List<Node> arguments) implements Node {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(function).append('(');
      for (int i = 0; i < arguments.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(arguments.get(i));
      }
      return b.append(')').toString();
    }
  }
}
