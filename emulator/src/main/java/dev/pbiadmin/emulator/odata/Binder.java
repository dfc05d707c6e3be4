package dev.pbiadmin.emulator.odata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a syntax tree against an {@link EntitySchema} (properties exist, types fit) and turns it
 * into an evaluator, so every error is found before the first entity is looked at.
 */
final class Binder {

  /** A bound expression: its static type and how to compute it. */
  record Bound(ValueType type, Eval eval) {}

  /** Computes a value for one entity and the lambda variables in scope. */
  @FunctionalInterface
  interface Eval {
    Object apply(Frame frame);
  }

  /** The root entity and the lambda variables bound around the expression. */
  record Frame(ODataRecord root, Map<String, ODataRecord> variables) {
    Frame with(String variable, ODataRecord value) {
      Map<String, ODataRecord> copy = new HashMap<>(variables);
      copy.put(variable, value);
      return new Frame(root, copy);
    }
  }

  private Binder() {}

  static Eval bindPredicate(Node node, EntitySchema schema) {
    Bound b = bind(node, schema, Map.of());
    if (b.type() != ValueType.BOOLEAN) {
      throw new ODataException(
          "$filter must be a condition (true or false), but '" + node + "' is a " + name(b.type()));
    }
    return b.eval();
  }

  private static Bound bind(Node node, EntitySchema root, Map<String, EntitySchema> vars) {
    if (node instanceof Node.Literal l) {
      Object v = l.value();
      return new Bound(l.type(), f -> v);
    }
    if (node instanceof Node.Path p) {
      return path(p, root, vars);
    }
    if (node instanceof Node.Not n) {
      Bound operand = bind(n.operand(), root, vars);
      requireBoolean(operand, n.operand(), "not");
      return new Bound(
          ValueType.BOOLEAN,
          f -> {
            Object v = operand.eval().apply(f);
            return v == null ? null : !(Boolean) v;
          });
    }
    if (node instanceof Node.Lambda l) {
      return lambda(l, root, vars);
    }
    if (node instanceof Node.Call c) {
      return call(c, root, vars);
    }
    Node.Binary b = (Node.Binary) node;
    Bound left = bind(b.left(), root, vars);
    Bound right = bind(b.right(), root, vars);
    if (b.operator().equals("and") || b.operator().equals("or")) {
      requireBoolean(left, b.left(), b.operator());
      requireBoolean(right, b.right(), b.operator());
      boolean and = b.operator().equals("and");
      return new Bound(
          ValueType.BOOLEAN,
          f -> {
            boolean l = Boolean.TRUE.equals(left.eval().apply(f));
            if (and != l) {
              return l;
            }
            return Boolean.TRUE.equals(right.eval().apply(f));
          });
    }
    return Comparison.bind(b, left, right);
  }

  private static Bound path(Node.Path p, EntitySchema root, Map<String, EntitySchema> vars) {
    List<String> seg = p.segments();
    EntitySchema variable = vars.get(seg.get(0));
    if (variable != null) {
      if (seg.size() != 2) {
        throw new ODataException(
            "$filter: write the lambda variable's property as "
                + seg.get(0)
                + "/property, not '"
                + p
                + "'");
      }
      EntitySchema.Property prop = variable.require(seg.get(1));
      String var = seg.get(0);
      String name = prop.name();
      return new Bound(prop.type(), f -> normalize(f.variables().get(var).get(name), prop.type()));
    }
    if (seg.size() != 1) {
      throw new ODataException(
          "$filter: the path '"
              + p
              + "' navigates into a property, which is not supported;"
              + " use a lambda such as "
              + seg.get(0)
              + "/any(x: x/"
              + seg.get(1)
              + " eq ...)");
    }
    EntitySchema.Property prop = root.require(seg.get(0));
    String name = prop.name();
    return new Bound(prop.type(), f -> normalize(f.root().get(name), prop.type()));
  }

  private static Bound lambda(Node.Lambda l, EntitySchema root, Map<String, EntitySchema> vars) {
    if (l.collection().segments().size() != 1
        || vars.containsKey(l.collection().segments().get(0))) {
      throw new ODataException(
          "$filter: any()/all() is supported only on a collection property of "
              + root.entityName());
    }
    EntitySchema.Property prop = root.require(l.collection().segments().get(0));
    if (prop.type() != ValueType.COLLECTION) {
      throw new ODataException(
          "$filter: '" + prop.name() + "' is not a collection, so any()/all() cannot apply to it");
    }
    String name = prop.name();
    if (l.variable() == null) {
      return new Bound(ValueType.BOOLEAN, f -> !items(f.root().get(name)).isEmpty());
    }
    if (vars.containsKey(l.variable()) || root.find(l.variable()).isPresent()) {
      throw new ODataException(
          "$filter: the lambda variable '" + l.variable() + "' hides another name; choose another");
    }
    Map<String, EntitySchema> inner = new HashMap<>(vars);
    inner.put(l.variable(), prop.elements());
    Bound body = bind(l.body(), root, inner);
    requireBoolean(body, l.body(), l.all() ? "all()" : "any()");
    String var = l.variable();
    boolean all = l.all();
    return new Bound(
        ValueType.BOOLEAN,
        f -> {
          for (ODataRecord item : items(f.root().get(name))) {
            boolean match = Boolean.TRUE.equals(body.eval().apply(f.with(var, item)));
            if (match != all) {
              return !all;
            }
          }
          return all;
        });
  }

  private static Bound call(Node.Call c, EntitySchema root, Map<String, EntitySchema> vars) {
    Eval[] args = new Eval[c.arguments().size()];
    for (int i = 0; i < args.length; i++) {
      Node arg = c.arguments().get(i);
      Bound b = bind(arg, root, vars);
      boolean numeric = Functions.numericArgument(c.function(), i);
      boolean ok =
          b.type() == ValueType.NULL
              || (numeric ? b.type() == ValueType.NUMBER : b.type().isText());
      if (!ok) {
        throw new ODataException(
            "$filter: argument "
                + (i + 1)
                + " of "
                + c.function()
                + "() must be "
                + (numeric ? "a number" : "text")
                + ", but '"
                + arg
                + "' is a "
                + name(b.type()));
      }
      args[i] = b.eval();
    }
    String fn = c.function();
    return new Bound(
        Functions.resultType(fn),
        f -> {
          Object[] values = new Object[args.length];
          for (int i = 0; i < args.length; i++) {
            values[i] = args[i].apply(f);
          }
          return Functions.apply(fn, values);
        });
  }

  @SuppressWarnings("unchecked")
  private static List<ODataRecord> items(Object value) {
    return value == null ? List.of() : (List<ODataRecord>) value;
  }

  /** Brings entity values to the evaluator's types: numbers to BigDecimal, text to String. */
  static Object normalize(Object v, ValueType type) {
    if (v == null) {
      return null;
    }
    return switch (type) {
      case NUMBER -> v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
      case STRING, ENUM, GUID -> v.toString();
      case DATETIME -> v instanceof Instant ? v : parseInstant(v.toString());
      default -> v;
    };
  }

  static Instant parseInstant(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s + (s.endsWith("Z") ? "" : "Z"));
      } catch (DateTimeParseException e2) {
        throw new ODataException("$filter: '" + s + "' is not a date-time");
      }
    }
  }

  private static void requireBoolean(Bound b, Node node, String operator) {
    if (b.type() != ValueType.BOOLEAN && b.type() != ValueType.NULL) {
      throw new ODataException(
          "$filter: " + operator + " needs a condition, but '" + node + "' is a " + name(b.type()));
    }
  }

  static String name(ValueType t) {
    return switch (t) {
      case BOOLEAN -> "condition";
      case NULL -> "null";
      case COLLECTION -> "collection";
      default -> t.name().toLowerCase(Locale.ROOT) + " value";
    };
  }
}
