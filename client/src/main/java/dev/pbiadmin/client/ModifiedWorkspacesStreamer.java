package dev.pbiadmin.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pbiadmin.client.implementation.HttpPipeline;
import dev.pbiadmin.client.implementation.Json;
import dev.pbiadmin.client.models.ModifiedWorkspace;
import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Spools a GetModifiedWorkspaces body (100,000 workspaces make megabytes) to a temporary file, then
 * reads it one element at a time: a bare array as documented, or an OData {@code value}.
 */
final class ModifiedWorkspacesStreamer {
  private ModifiedWorkspacesStreamer() {}

  static void stream(
      HttpPipeline pipeline, String operationId, URI uri, Consumer<ModifiedWorkspace> sink) {
    Spooled.read(
        pipeline,
        operationId,
        uri,
        "pbiadmin-modified-",
        "the workspace listing",
        p -> {
          JsonToken first = p.nextToken();
          if (first == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String field = p.currentName();
              if (p.nextToken() == JsonToken.START_ARRAY && "value".equals(field)) {
                each(p, sink);
              } else {
                p.skipChildren();
              }
            }
          } else if (first == JsonToken.START_ARRAY) {
            each(p, sink);
          } else if (first != null && first != JsonToken.VALUE_NULL) {
            throw new IOException("expected a JSON array of workspaces, found " + what(first));
          }
        });
  }

  private static void each(JsonParser p, Consumer<ModifiedWorkspace> sink) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
      sink.accept(Json.MAPPER.readValue(p, ModifiedWorkspace.class));
    }
    // stopping at another kind of entry would end the listing there, and an incremental scan
    // would miss every modified workspace after it
    if (t != JsonToken.END_ARRAY) {
      throw new IOException(
          "every entry of the workspace listing must be an object, found " + what(t));
    }
  }

  /** What the listing had where it needed an array or an object, in an admin's words. */
  private static String what(JsonToken t) {
    if (t == null) {
      return "the end of the body";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "the JSON token " + t;
    };
  }
}
