package dev.pbiadmin.emulator.powerbi;

/**
 * Turns an {@code Authorization} header into the caller it proves, checking signature, audience,
 * tenant and expiry. Throws {@link PowerBiException#tokenExpired()} for an expired token and {@link
 * PowerBiException#notAuthorized(String, String)} for anything else wrong, with the reason for the
 * request log.
 */
@FunctionalInterface
public interface TokenReader {

  /**
   * @param authorizationHeader the header as sent, or {@code null} when absent
   */
  Caller read(String authorizationHeader);
}
