package dev.pbiadmin.emulator.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** A management request's JSON body, with accessors that fail with a message naming the field. */
final class Body {
  static final int MAX_BYTES = 1 << 20;
  private final JsonNode node;

  private Body(JsonNode node) {
    this.node = node;
  }

  static Body read(Context ctx, ObjectMapper mapper) {
    try (InputStream in = ctx.bodyInputStream()) {
      return of(in.readNBytes(MAX_BYTES + 1), mapper);
    } catch (IOException e) {
      throw ManagementException.badRequest("the body could not be read: " + e.getMessage());
    }
  }

  /** A body from its bytes; anything but a JSON object of at most {@link #MAX_BYTES} is a 4xx. */
  static Body of(byte[] bytes, ObjectMapper mapper) {
    if (bytes.length > MAX_BYTES) {
      throw new ManagementException(
          413, "RequestEntityTooLarge", "the body exceeds " + MAX_BYTES + " bytes");
    }
    try {
      JsonNode node = bytes.length == 0 ? mapper.createObjectNode() : mapper.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw ManagementException.badRequest("the body must be a JSON object");
      }
      return new Body(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ManagementException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ManagementException.badRequest("the body could not be read: " + e.getMessage());
    }
  }

  /** A journaled body, read back at start; it was valid JSON when it was recorded. */
  static Body parse(String json, ObjectMapper mapper) {
    try {
      return new Body(mapper.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(
          "a journaled body is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The body as compact JSON, for the content journal. */
  String json() {
    return node.toString();
  }

  JsonNode node() {
    return node;
  }

  boolean has(String field) {
    return node.hasNonNull(field);
  }

  String text(String field, String fallback) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isTextual()) {
      throw ManagementException.badRequest("'" + field + "' must be a string");
    }
    return v.asText();
  }

  String requiredText(String field) {
    String v = text(field, null);
    if (v == null || v.isBlank()) {
      throw ManagementException.badRequest("'" + field + "' is required");
    }
    return v;
  }

  boolean bool(String field, boolean fallback) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw ManagementException.badRequest("'" + field + "' must be true or false");
    }
    return v.asBoolean();
  }

  double number(String field, double fallback) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isNumber()) {
      throw ManagementException.badRequest("'" + field + "' must be a number");
    }
    return v.asDouble();
  }

  List<String> strings(String field, List<String> fallback) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isArray()) {
      throw ManagementException.badRequest("'" + field + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw ManagementException.badRequest("'" + field + "' must be an array of strings");
      }
      out.add(item.asText());
    }
    return out;
  }

  List<Body> objects(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw ManagementException.badRequest("'" + field + "' must be an array of objects");
    }
    List<Body> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isObject()) {
        throw ManagementException.badRequest("'" + field + "' must be an array of objects");
      }
      out.add(new Body(item));
    }
    return out;
  }
}
