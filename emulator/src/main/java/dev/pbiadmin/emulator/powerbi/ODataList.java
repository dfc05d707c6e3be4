package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Streams a response body: a JSON generator on the response stream, so large pages are written as
 * they are produced. Validate everything before calling: once streaming starts, the status is sent.
 */
final class ODataList {
  private final JsonFactory factory;

  ODataList(JsonFactory factory) {
    this.factory = factory;
  }

  JsonFactory factory() {
    return factory;
  }

  /** Writes {@code {"@odata.context": …, "value": [ … ]}}. */
  void write(Context ctx, String contextUrl, Items items) throws IOException {
    stream(
        ctx,
        JsonWriter.ODATA_JSON,
        g -> {
          g.writeStartObject();
          if (contextUrl != null) {
            g.writeStringField("@odata.context", contextUrl);
          }
          g.writeArrayFieldStart("value");
          items.write(g);
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** {@link #write} of {@code values}, each element written by {@code element}. */
  <T> void write(
      Context ctx, String contextUrl, List<T> values, ContentJson.ElementWriter<? super T> element)
      throws IOException {
    write(
        ctx,
        contextUrl,
        g -> {
          for (T v : values) {
            element.write(g, v);
          }
        });
  }

  void stream(Context ctx, String contentType, Items body) throws IOException {
    ctx.contentType(contentType);
    try (OutputStream out = ctx.outputStream();
        JsonGenerator g = factory.createGenerator(out)) {
      body.write(g);
    }
  }

  /** Writes the items (or the whole body) to the generator. */
  @FunctionalInterface
  interface Items {
    void write(JsonGenerator g) throws IOException;
  }
}
