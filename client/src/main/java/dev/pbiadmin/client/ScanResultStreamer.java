package dev.pbiadmin.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.client.implementation.HttpPipeline;
import dev.pbiadmin.client.implementation.Json;
import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;

/** Spools a scan result to a temporary file, then walks it with a streaming parser. */
final class ScanResultStreamer {
  private ScanResultStreamer() {}

  static void stream(
      HttpPipeline pipeline, String operationId, URI uri, ScanResultVisitor visitor) {
    Spooled.read(
        pipeline,
        operationId,
        uri,
        "pbiadmin-scan-",
        "the scan result",
        p -> {
          if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("a scan result must be a JSON object");
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY && "workspaces".equalsIgnoreCase(field)) {
              each(p, visitor::workspace);
            } else if (value == JsonToken.START_ARRAY
                && "datasourceInstances".equalsIgnoreCase(field)) {
              each(p, visitor::datasourceInstance);
            } else if (value == JsonToken.START_ARRAY
                && "misconfiguredDatasourceInstances".equalsIgnoreCase(field)) {
              each(p, visitor::misconfiguredDatasourceInstance);
            } else {
              visitor.otherField(field, Json.MAPPER.readTree(p));
            }
          }
        });
  }

  private static void each(JsonParser p, Consumer<JsonNode> sink) throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      sink.accept(Json.MAPPER.readTree(p));
    }
  }
}
