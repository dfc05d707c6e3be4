package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One JSON object of a scan result, read leniently, remembering which of its fields were read: what
 * is left is the row's {@link #extra()}, kept as JSON and counted, so a field pbiadmin has no
 * column for is never dropped unnoticed.
 *
 * <p>Names match exactly first, then case-insensitively: Microsoft's examples and real results use
 * camelCase ({@code createdDate}), the swagger's schemas PascalCase ({@code CreatedDate}), and a
 * datamart of the swagger example carries {@code UpstreamDataflows} and {@code Users}
 * (docs/reference/scan-result-real-shapes.md §5.3, §5.6, §9). A value of an unexpected form (a time
 * that does not parse, a boolean that is neither) is left unread, so it lands in extra.
 */
final class Fields {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final JsonNode node;

  /** What the array held where an object was expected, kept as it came. */
  private final JsonNode raw;

  private final String path;
  private final Unrecognised tally;
  private final List<String> read = new ArrayList<>(8);

  /** Children read through this object, whose leftovers belong in this row's extra. */
  private List<Map.Entry<String, Object>> attached;

  private Fields(JsonNode node, String path, Unrecognised tally) {
    this.node = node != null && node.isObject() ? node : null;
    this.raw = node;
    this.path = path;
    this.tally = tally;
  }

  /** {@code path} names the object in the summary's counts, e.g. {@code reports.users}. */
  static Fields of(JsonNode node, String path, Unrecognised tally) {
    return new Fields(node, path, tally);
  }

  Unrecognised tally() {
    return tally;
  }

  boolean present() {
    return node != null;
  }

  /** Whether the object has the field (any casing), without counting it as read. */
  boolean has(String name) {
    return key(name) != null;
  }

  /** The field's value, marked read; null when absent. */
  JsonNode get(String name) {
    String key = key(name);
    if (key == null) {
      return null;
    }
    read.add(key);
    return node.get(key);
  }

  private String key(String name) {
    if (node == null) {
      return null;
    }
    if (node.has(name)) {
      return name;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (k.equalsIgnoreCase(name)) {
        return k;
      }
    }
    return null;
  }

  /** The first of {@code names} with a non-null value, as text (objects as their JSON). */
  String text(String... names) {
    String found = null;
    for (String name : names) {
      String key = key(name);
      if (key == null) {
        continue;
      }
      JsonNode v = node.get(key);
      String s = v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
      // a second spelling with another value is not the same fact: it stays in extra
      if (s == null || found == null || found.equals(s)) {
        read.add(key);
        found = found == null ? s : found;
      }
    }
    return found;
  }

  /** An id, lower-cased: the service sends GUIDs in either case (reference §9), joins need one. */
  String id(String... names) {
    String v = text(names);
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  Boolean bool(String name) {
    String key = key(name);
    JsonNode v = key == null ? null : node.get(key);
    if (v == null || v.isNull()) {
      markNull(key, v);
      return null;
    }
    Boolean b =
        v.isBoolean()
            ? Boolean.valueOf(v.booleanValue())
            : "true".equalsIgnoreCase(v.asText())
                ? Boolean.TRUE
                : "false".equalsIgnoreCase(v.asText()) ? Boolean.FALSE : null;
    if (b != null) {
      read.add(key);
    }
    return b;
  }

  Long number(String name) {
    String key = key(name);
    JsonNode v = key == null ? null : node.get(key);
    if (v == null || v.isNull()) {
      markNull(key, v);
      return null;
    }
    Long n = null;
    if (v.canConvertToLong() && v.isIntegralNumber()) {
      n = v.longValue();
    } else if (v.isTextual() && v.asText().matches("-?\\d{1,18}")) {
      n = Long.valueOf(v.asText());
    }
    if (n != null) {
      read.add(key);
    }
    return n;
  }

  /** A timestamp as UTC ({@link Times#utc}); one that does not parse stays in extra. */
  LocalDateTime time(String name) {
    String key = key(name);
    JsonNode v = key == null ? null : node.get(key);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      markNull(key, v);
      return null;
    }
    LocalDateTime t = Times.utc(v.asText().trim());
    if (t != null) {
      read.add(key);
    }
    return t;
  }

  /** A null or blank value carries nothing: it counts as read, not as unknown. */
  private void markNull(String key, JsonNode v) {
    if (key != null && (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank()))) {
      read.add(key);
    }
  }

  /** An object or array field as its JSON text, read as a whole (e.g. extendedProperties). */
  String json(String name) {
    JsonNode v = get(name);
    return v == null || v.isNull() ? null : v.toString();
  }

  /** Scalars of an array field, joined with commas (a schedule's days and times). */
  String joined(String name) {
    JsonNode v = get(name);
    if (v == null || !v.isArray()) {
      return v == null || v.isNull() ? null : v.asText();
    }
    List<String> parts = new ArrayList<>();
    v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
    return String.join(",", parts);
  }

  /** A nested object whose fields are part of this row (endorsementDetails, sensitivityLabel). */
  Fields object(String name) {
    Fields child = rowOf(name);
    attach(name, child);
    return child;
  }

  /**
   * A nested object that becomes a row of its own (a refresh schedule), with its own extra. A value
   * that is not an object is left unread, for this row's extra.
   */
  Fields rowOf(String name) {
    return new Fields(readIf(name, JsonNode::isObject), path + "." + name, tally);
  }

  /** The field's value if it has the expected form (or is null), marked read; else null, unread. */
  private JsonNode readIf(String name, Predicate<JsonNode> form) {
    String key = key(name);
    JsonNode v = key == null ? null : node.get(key);
    if (v == null || !(v.isNull() || form.test(v))) {
      return null;
    }
    read.add(key);
    return v;
  }

  /** Elements of an array whose fields are part of this row (datasourceUsages, relations). */
  List<Fields> each(String name) {
    List<Fields> out = elements(name);
    attach(name, out);
    return out;
  }

  /**
   * Object elements of an array that become rows of their own, each with its own {@link #extra()};
   * any other element stays in this row's extra.
   */
  List<Fields> rows(String name) {
    List<Fields> all = elements(name);
    List<Fields> objects = all.stream().filter(Fields::present).toList();
    if (objects.size() < all.size()) {
      attach(name, all.stream().filter(f -> !f.present()).toList());
    }
    return objects;
  }

  private List<Fields> elements(String name) {
    JsonNode v = readIf(name, JsonNode::isArray);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<Fields> out = new ArrayList<>(v.size());
    String at = path + "." + name;
    v.forEach(e -> out.add(new Fields(e, at, tally)));
    return out;
  }

  private void attach(String name, Object child) {
    if (attached == null) {
      attached = new ArrayList<>(2);
    }
    attached.add(Map.entry(name, child));
  }

  /**
   * The access right of a principal, whatever the item calls it ({@code groupUserAccessRight},
   * {@code artifactUserAccessRight}, {@code datamartUserAccessRight}, the swagger example's {@code
   * appUserAccessRight}, ...: reference §6).
   */
  String accessRight() {
    if (node == null) {
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().toLowerCase(Locale.ROOT).endsWith("accessright") && !e.getValue().isNull()) {
        read.add(e.getKey());
        return e.getValue().asText();
      }
    }
    return null;
  }

  /**
   * The fields nobody read, and the leftovers of attached children, as one JSON object; null when
   * everything was read. Counts each leftover field in the tally: call once per row.
   */
  String extra() {
    ObjectNode left = leftovers();
    return left == null ? null : left.toString();
  }

  private ObjectNode leftovers() {
    ObjectNode out = null;
    if (node != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!read.contains(e.getKey())) {
          out = out == null ? JSON.objectNode() : out;
          out.set(e.getKey(), e.getValue());
          tally.field(path, e.getKey());
        }
      }
    }
    if (attached != null) {
      for (Map.Entry<String, Object> a : attached) {
        JsonNode nested = nested(a.getValue());
        if (nested != null) {
          out = out == null ? JSON.objectNode() : out;
          out.set(a.getKey(), nested);
        }
      }
    }
    return out;
  }

  /**
   * An attached object's leftovers; of a list, every element that had any, whole (to keep it
   * identifiable).
   */
  private static JsonNode nested(Object child) {
    if (child instanceof Fields f) {
      return f.leftovers();
    }
    ArrayNode elements = null;
    for (Object o : (List<?>) child) {
      Fields f = (Fields) o;
      boolean notAnObject = f.node == null;
      if (notAnObject) {
        f.tally.field(f.path, "(not an object)");
      }
      if (notAnObject || f.leftovers() != null) {
        elements = elements == null ? JSON.arrayNode() : elements;
        elements.add(f.raw);
      }
    }
    return elements;
  }
}
