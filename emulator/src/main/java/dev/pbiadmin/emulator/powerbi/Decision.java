package dev.pbiadmin.emulator.powerbi;

/**
 * The outcome of authorizing one request. The real service answers every denial with the same
 * opaque 401; {@code reasonCode} and {@code reason} exist for the emulator's operator only and go
 * to the request log, never into a response body.
 *
 * @param allowed whether the request may proceed
 * @param reasonCode a stable code, e.g. {@code NOT_IN_ENABLED_GROUP}
 * @param reason a sentence saying why, naming the setting, group or claim involved
 */
public record Decision(boolean allowed, String reasonCode, String reason) {

  static Decision allow(String code, String reason) {
    return new Decision(true, code, reason);
  }

  static Decision deny(String code, String reason) {
    return new Decision(false, code, reason);
  }
}
