package dev.pbiadmin.client.implementation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an error body said, in any of Power BI's shapes (the envelope {@code
 * {"error":{"code","message","pbi.error":{"code"}}}}, the throttling body {@code
 * {"message":"..."}}) or Fabric's ({@code {"errorCode","message","requestId",…}}). Unreadable
 * bodies yield an empty error; their text is not echoed.
 */
record ServiceError(String code, String message, String requestId) {
  private static final ServiceError NONE = new ServiceError(null, null, null);

  ServiceError(String code, String message) {
    this(code, message, null);
  }

  static ServiceError parse(byte[] body) {
    if (body == null || body.length == 0) {
      return NONE;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (Exception notJson) {
      return NONE;
    }
    if (root == null || !root.isObject()) {
      return NONE;
    }
    if (root.hasNonNull("errorCode")) {
      return new ServiceError(
          text(root.get("errorCode")), text(root.get("message")), text(root.get("requestId")));
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
