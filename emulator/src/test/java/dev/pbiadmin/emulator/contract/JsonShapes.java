package dev.pbiadmin.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a JSON document as a set of typed paths ({@code value[].settingName:string}), to
 * check a response against a golden example: every path the example has, the response must have.
 * Nulls have no type and are left out, as are the values themselves.
 */
public final class JsonShapes {
  private JsonShapes() {}

  public static Set<String> of(JsonNode node) {
    Set<String> out = new TreeSet<>();
    walk(node, "", out);
    return out;
  }

  private static void walk(JsonNode node, String path, Set<String> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      if (!path.isEmpty()) {
        out.add(path + ":object");
      }
      node.properties()
          .forEach(
              e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
    } else if (node.isArray()) {
      out.add(path + ":array");
      node.forEach(item -> walk(item, path + "[]", out));
    } else {
      out.add(path + ":" + (node.isTextual() ? "string" : node.isBoolean() ? "boolean" : "number"));
    }
  }
}
