package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a JSON request body, refusing more than {@link #MAX_BYTES} before parsing anything. */
final class RequestBody {
  /** 100 GUIDs in quotes are under 4 KB; a megabyte is generous and keeps a flood harmless. */
  static final int MAX_BYTES = 1 << 20;

  private RequestBody() {}

  static JsonNode json(Context ctx, ObjectMapper mapper) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw PowerBiException.tooLarge(MAX_BYTES);
    }
    byte[] bytes;
    try (InputStream in = ctx.bodyInputStream()) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw PowerBiException.tooLarge(MAX_BYTES);
    }
    if (bytes.length == 0) {
      throw PowerBiException.badRequest("body", "The request body is required");
    }
    try {
      return mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw PowerBiException.badRequest(
          "body", "The request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
