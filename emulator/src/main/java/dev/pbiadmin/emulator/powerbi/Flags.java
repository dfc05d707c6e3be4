package dev.pbiadmin.emulator.powerbi;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Typed query parameters: booleans and date-times, 400 on anything else. */
final class Flags {
  private Flags() {}

  static boolean bool(Call call, String name) {
    String raw = call.query(name);
    if (raw == null || raw.isBlank()) {
      return false;
    }
    if (raw.strip().equalsIgnoreCase("true")) {
      return true;
    }
    if (raw.strip().equalsIgnoreCase("false")) {
      return false;
    }
    throw PowerBiException.badRequest(name, name + " must be true or false, got '" + raw + "'");
  }

  /** An ISO 8601 UTC date-time, quoted or not; {@code null} when absent. */
  static Instant instant(Call call, String name) {
    String raw = call.query(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = Quoted.strip(raw.strip());
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      try {
        // the documented examples also omit the zone: '2019-08-31T00:00:00' means UTC
        return Instant.parse(value + "Z");
      } catch (DateTimeParseException again) {
        throw PowerBiException.badRequest(
            name,
            name
                + " must be an ISO 8601 UTC date-time such as 2019-08-13T07:55:00.000Z, got '"
                + raw
                + "'");
      }
    }
  }
}
