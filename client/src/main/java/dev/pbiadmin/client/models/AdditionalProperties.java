package dev.pbiadmin.client.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The fields of a response object that its record has no component for, kept rather than dropped:
 * the service adds fields without notice (docs/reference/scan-result-real-shapes.md). Each model
 * reads them into {@code additionalProperties} and writes them back out where they came from.
 */
final class AdditionalProperties {
  private AdditionalProperties() {}

  static Map<String, JsonNode> copy(Map<String, JsonNode> fields) {
    return fields == null ? Map.of() : Map.copyOf(fields);
  }
}
