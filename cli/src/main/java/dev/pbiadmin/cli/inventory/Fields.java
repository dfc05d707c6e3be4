package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Lenient reads from one scan-result object. The service is not consistent about casing (a
 * datamart's {@code UpstreamDataflows}, a dataset's {@code CreatedDate}) nor about which
 * {@code *UserAccessRight} name a principal carries, so lookups fall back to a case-insensitive
 * match.
 */
final class Fields {
  private Fields() {}

  static JsonNode get(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  static boolean has(JsonNode node, String name) {
    return get(node, name) != null;
  }

  static String text(JsonNode node, String name) {
    JsonNode v = get(node, name);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  static Boolean bool(JsonNode node, String name) {
    JsonNode v = get(node, name);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isBoolean() ? v.booleanValue() : Boolean.valueOf(v.asText());
  }

  /** A timestamp as UTC; the service writes both zoned and unzoned (UTC) forms. */
  static LocalDateTime time(JsonNode node, String name) {
    String s = text(node, name);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException zoned) {
      try {
        return LocalDateTime.parse(s);
      } catch (DateTimeParseException unzoned) {
        return null;
      }
    }
  }

  static List<JsonNode> array(JsonNode node, String name) {
    JsonNode v = get(node, name);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<JsonNode> out = new java.util.ArrayList<>(v.size());
    v.forEach(out::add);
    return out;
  }

  static JsonNode object(JsonNode node, String name) {
    JsonNode v = get(node, name);
    return v != null && v.isObject() ? v : null;
  }

  /**
   * The access right of a principal, whatever the item calls it ({@code groupUserAccessRight},
   * {@code reportUserAccessRight}, the spec example's {@code appUserAccessRight}, ...).
   */
  static String accessRight(JsonNode principal) {
    for (Iterator<Map.Entry<String, JsonNode>> it = principal.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey().toLowerCase(java.util.Locale.ROOT);
      if ((k.endsWith("useraccessright") || k.equals("accessright")) && !e.getValue().isNull()) {
        return e.getValue().asText();
      }
    }
    return null;
  }
}
