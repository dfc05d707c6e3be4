package dev.pbiadmin.client.implementation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an error body said, in any of Power BI's shapes: the envelope
 * {@code {"error":{"code","message","pbi.error":{"code"}}}} and the throttling body
 * {@code {"message":"..."}}. Unreadable bodies yield an empty error; their text is not echoed.
 */
record ServiceError(String code, String message) {

  static ServiceError parse(byte[] body) {
    if (body == null || body.length == 0) {
      return new ServiceError(null, null);
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (Exception notJson) {
      return new ServiceError(null, null);
    }
    if (root == null || !root.isObject()) {
      return new ServiceError(null, null);
    }
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      String code = text(error.get("code"));
      JsonNode pbi = error.get("pbi.error");
      if (code == null && pbi != null) {
        code = text(pbi.get("code"));
      }
      return new ServiceError(code, text(error.get("message")));
    }
    if (error != null && error.isTextual()) {
      // OAuth-shaped error (a proxy or the emulator's token side)
      return new ServiceError(error.asText(), text(root.get("error_description")));
    }
    return new ServiceError(null, text(root.get("message")));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
