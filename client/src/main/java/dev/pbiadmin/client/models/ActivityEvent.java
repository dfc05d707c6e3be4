package dev.pbiadmin.client.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One audit event (an entry of {@code activityEventEntities}). The schema is open (Microsoft 365
 * audit "Power BI schema", PascalCase, new fields appear often), so the common fields are lifted
 * out and {@code raw} keeps the event exactly as received.
 */
public record ActivityEvent(
    String id,
    Instant creationTime,
    String operation,
    String activity,
    String userId,
    String workspaceId,
    String itemName,
    JsonNode raw) {

  public static ActivityEvent of(JsonNode raw) {
    return new ActivityEvent(
        text(raw, "Id"),
        parseInstant(text(raw, "CreationTime")),
        text(raw, "Operation"),
        text(raw, "Activity"),
        text(raw, "UserId"),
        text(raw, "WorkspaceId"),
        text(raw, "ItemName"),
        raw);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null) {
      // event field casing is not guaranteed either
      var names = n.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (name.equalsIgnoreCase(field)) {
          v = n.get(name);
          break;
        }
      }
    }
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant parseInstant(String s) {
    if (s == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(s).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC);
      } catch (java.time.format.DateTimeParseException unreadable) {
        return null;
      }
    }
  }
}
