package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What scan results held that pbiadmin has no typed place for: item arrays of types it does not
 * know (kept in {@code fabric_items} under their own names) and fields it has no column for (kept
 * in the rows' {@code extra} JSON). A run says so in its summary and in {@code scan_runs}, so
 * nothing the service adds goes unnoticed.
 */
final class Unrecognised {
  /** Distinct names kept per map; a result of generated keys cannot grow it without bound. */
  private static final int MAX_NAMES = 500;

  private static final String OTHERS = "(other names)";

  private final Map<String, Long> itemTypes = new TreeMap<>();
  private final Map<String, Long> fields = new TreeMap<>();

  /** One item of an array key pbiadmin does not know. */
  synchronized void item(String key) {
    bump(itemTypes, key, 1);
  }

  /**
   * One field without a column, at {@code path}: the JSON path of its object in the result, e.g.
   * {@code workspaces.reports} ("" for the result itself).
   */
  synchronized void field(String path, String name) {
    bump(fields, path.isEmpty() ? name : path + "." + name, 1);
  }

  private static void bump(Map<String, Long> map, String key, long n) {
    String k = map.containsKey(key) || map.size() < MAX_NAMES ? key : OTHERS;
    map.merge(k, n, Long::sum);
  }

  synchronized void add(Unrecognised other) {
    Map<String, Long> types;
    Map<String, Long> names;
    synchronized (other) {
      types = Map.copyOf(other.itemTypes);
      names = Map.copyOf(other.fields);
    }
    types.forEach((k, n) -> bump(itemTypes, k, n));
    names.forEach((k, n) -> bump(fields, k, n));
  }

  synchronized boolean isEmpty() {
    return itemTypes.isEmpty() && fields.isEmpty();
  }

  /** The summary's sentences; none when everything was recognised. */
  synchronized List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (!itemTypes.isEmpty()) {
      notes.add(
          itemTypes.size()
              + " item type(s) new to pbiadmin, kept in fabric_items under"
              + " their own names: "
              + top(itemTypes));
    }
    if (!fields.isEmpty()) {
      long n = fields.values().stream().mapToLong(Long::longValue).sum();
      notes.add(
          n
              + " value(s) of "
              + fields.size()
              + " field(s) pbiadmin has no column for,"
              + " kept as JSON in the extra columns: "
              + top(fields));
    }
    return notes;
  }

  private static String top(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sorted.size() && i < 10; i++) {
      b.append(i == 0 ? "" : ", ")
          .append(sorted.get(i).getKey())
          .append(" (")
          .append(sorted.get(i).getValue())
          .append(')');
    }
    return sorted.size() > 10 ? b + ", and " + (sorted.size() - 10) + " more" : b.toString();
  }

  /** For {@code scan_runs.unrecognised}: {@code {"itemTypes": {...}, "fields": {...}}}, or null. */
  synchronized String json() {
    if (isEmpty()) {
      return null;
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode types = root.putObject("itemTypes");
    itemTypes.forEach(types::put);
    ObjectNode names = root.putObject("fields");
    fields.forEach(names::put);
    return root.toString();
  }
}
