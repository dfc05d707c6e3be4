package dev.pbiadmin.client.implementation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the date-time forms Power BI emits: {@code 2020-06-15T16:46:28.0487687Z}, {@code
 * 2019-04-30T21:35:15.867-07:00} and offset-less {@code 2020-06-16T08:22:49.14} (UTC, as the
 * service stores times in UTC), plus epoch seconds. Unreadable values become null rather than
 * failing a whole page.
 */
final class LenientInstantDeserializer extends StdDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  LenientInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return Instant.ofEpochSecond(p.getLongValue());
    }
    String s = p.getValueAsString();
    if (s == null || s.isBlank()) {
      return null;
    }
    s = s.trim();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notOffset) {
      // try the local forms
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // try a bare date
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}
