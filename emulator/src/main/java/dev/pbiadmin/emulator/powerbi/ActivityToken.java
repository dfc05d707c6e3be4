package dev.pbiadmin.emulator.powerbi;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The continuation token of GetActivityEvents: the window, the filter and how many events were
 * already returned, base64 encoded like the tokens in Microsoft's documented example (which decode
 * to {@code ,2020-08-13T07:55:00Z,2020-08-13T09:00:00Z,1,,}). The service hands it out already
 * percent-encoded; a client sends it back URL-decoded, in single quotes.
 */
record ActivityToken(Instant start, Instant end, String filter, int offset) {

  String encode() {
    String filterPart = Base64.getUrlEncoder().withoutPadding().encodeToString(filter.getBytes(StandardCharsets.UTF_8));
    String raw = "," + start + "," + end + "," + offset + "," + filterPart + ",";
    return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The token as the response carries it: percent-encoded ({@code %2B}, {@code %3D}). */
  String encodeForResponse() {
    return URLEncoder.encode(encode(), StandardCharsets.UTF_8);
  }

  /**
   * Reads a token as a client sends it: quoted or not, percent-decoded once by the server or, when
   * the client forgot to decode what it was given, still encoded.
   */
  static ActivityToken decode(String sent) {
    String value = Quoted.strip(sent);
    if (value.contains("%")) {
      value = URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
    try {
      String raw = new String(Base64.getDecoder().decode(value.replace(' ', '+')), StandardCharsets.UTF_8);
      String[] parts = raw.split(",", -1);
      if (parts.length != 6 || !parts[0].isEmpty()) {
        throw new IllegalArgumentException("wrong number of parts");
      }
      String filter = new String(Base64.getUrlDecoder().decode(parts[4]), StandardCharsets.UTF_8);
      int offset = Integer.parseInt(parts[3]);
      if (offset < 0) {
        throw new IllegalArgumentException("negative offset");
      }
      return new ActivityToken(Instant.parse(parts[1]), Instant.parse(parts[2]), filter, offset);
    } catch (RuntimeException e) {
      throw PowerBiException.badRequest("continuationToken", "The continuation token is not valid");
    }
  }
}
