package dev.pbiadmin.client;

import com.fasterxml.jackson.core.JsonParser;
import dev.pbiadmin.client.implementation.HttpPipeline;
import dev.pbiadmin.client.implementation.Json;
import dev.pbiadmin.client.implementation.UrlRedactor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A GET body spooled to a temporary file through the pipeline (so a connection dropped mid-body is
 * retried like any other), then read with a streaming parser and deleted: for bodies too large to
 * hold in memory.
 */
final class Spooled {
  private Spooled() {}

  /** Reads the parsed body; an {@link IOException} here means the body is not what was expected. */
  interface Reader {
    void read(JsonParser parser) throws IOException;
  }

  /**
   * @param prefix the temporary file's name prefix
   * @param what what the body is, for the error message ("the scan result")
   */
  static void read(
      HttpPipeline pipeline,
      String operationId,
      URI uri,
      String prefix,
      String what,
      Reader reader) {
    Path file = null;
    try {
      file = Files.createTempFile(prefix, ".json");
      pipeline.download(operationId, uri, file);
      try (JsonParser p = Json.MAPPER.createParser(file.toFile())) {
        reader.read(p);
      }
    } catch (IOException e) {
      String url = UrlRedactor.redact(uri);
      throw PowerBiException.unexpectedResponse(
          what + " could not be read: " + e.getMessage(), 200, url, e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a leftover temp file is not worth failing the call for
        }
      }
    }
  }
}
