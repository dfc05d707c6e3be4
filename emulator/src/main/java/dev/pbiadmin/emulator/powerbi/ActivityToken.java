package dev.pbiadmin.emulator.powerbi;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The continuation token of GetActivityEvents: the requested window, the hour slice being served,
 * the filter and the index of the next event of the day, base64 encoded like the tokens in
 * Microsoft's documented example (which decode to {@code
 * ,2020-08-13T07:55:00Z,2020-08-13T09:00:00Z,1,,}). The whole position is in the token, so a token
 * stays good across an emulator restart; an HMAC under the data directory's key makes a forged or
 * edited token a 400, as an unknown one is. The service hands the token out already
 * percent-encoded; a client sends it back URL-decoded, in single quotes.
 *
 * @param slice start of the hour slice the next page serves (inside the window)
 * @param offset index, in the day's events, of the next event to examine
 */
record ActivityToken(Instant start, Instant end, Instant slice, String filter, int offset) {
  private static final int MAC_BYTES = 16;

  String encode(byte[] key) {
    String filterPart =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(filter.getBytes(StandardCharsets.UTF_8));
    String body = "," + start + "," + end + "," + slice + "," + offset + "," + filterPart + ",";
    String raw = body + mac(key, body);
    return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The token as the response carries it: percent-encoded ({@code %2B}, {@code %3D}). */
  String encodeForResponse(byte[] key) {
    return URLEncoder.encode(encode(key), StandardCharsets.UTF_8);
  }

  /**
   * Reads a token as a client sends it: quoted or not, percent-decoded once by the server or, when
   * the client forgot to decode what it was given, still encoded. A token not signed with {@code
   * key} is refused like garbage.
   */
  static ActivityToken decode(String sent, byte[] key) {
    try {
      String value = Quoted.strip(sent);
      if (value.contains("%")) {
        value = URLDecoder.decode(value, StandardCharsets.UTF_8);
      }
      String raw =
          new String(Base64.getDecoder().decode(value.replace(' ', '+')), StandardCharsets.UTF_8);
      int lastComma = raw.lastIndexOf(',');
      if (lastComma < 0) {
        throw new IllegalArgumentException("no signature");
      }
      String body = raw.substring(0, lastComma + 1);
      if (!MessageDigest.isEqual(
          mac(key, body).getBytes(StandardCharsets.US_ASCII),
          raw.substring(lastComma + 1).getBytes(StandardCharsets.US_ASCII))) {
        throw new IllegalArgumentException("bad signature");
      }
      String[] parts = body.split(",", -1);
      if (parts.length != 7 || !parts[0].isEmpty()) {
        throw new IllegalArgumentException("wrong number of parts");
      }
      int offset = Integer.parseInt(parts[4]);
      if (offset < 0) {
        throw new IllegalArgumentException("negative offset");
      }
      String filter = new String(Base64.getUrlDecoder().decode(parts[5]), StandardCharsets.UTF_8);
      return new ActivityToken(
          Instant.parse(parts[1]),
          Instant.parse(parts[2]),
          Instant.parse(parts[3]),
          filter,
          offset);
    } catch (RuntimeException e) {
      throw PowerBiException.badRequest("continuationToken", "The continuation token is not valid");
    }
  }

  private static String mac(byte[] key, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] full = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(java.util.Arrays.copyOf(full, MAC_BYTES));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
