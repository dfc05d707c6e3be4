package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes JSON bodies straight to the response stream, so a 5000-workspace page is never buffered
 * whole.
 */
final class JsonWriter {
  static final String JSON = "application/json; charset=utf-8";
  static final String ODATA_JSON = "application/json; odata.metadata=minimal; odata.streaming=true";

  private final ObjectMapper mapper;

  JsonWriter(ObjectMapper mapper) {
    this.mapper = mapper.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  ObjectMapper mapper() {
    return mapper;
  }

  void write(Context ctx, Object body) {
    write(ctx, JSON, body);
  }

  void write(Context ctx, String contentType, Object body) {
    ctx.contentType(contentType);
    try (OutputStream out = ctx.outputStream()) {
      mapper.writeValue(out, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
