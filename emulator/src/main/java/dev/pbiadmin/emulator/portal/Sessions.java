package dev.pbiadmin.emulator.portal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's signed-in browsers. A session id is 256 random bits; only its SHA-256 is kept, so a
 * heap dump does not hand out sessions. Sessions end after a fixed lifetime (wall-clock time, not
 * the emulated clock, which tests move forward by days) or at sign-out. Thread-safe.
 */
final class Sessions {
  static final int MAX_SESSIONS = 1_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  Sessions(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** Starts a session and returns its id, the cookie value. */
  String create() {
    Instant now = clock.instant();
    expiries.values().removeIf(expiry -> !expiry.isAfter(now));
    if (expiries.size() >= MAX_SESSIONS) {
      // Bounded memory: a flood of sign-ins (all of which needed the key) drops the oldest
      // sessions.
      expiries.entrySet().stream()
          .min(Map.Entry.comparingByValue())
          .ifPresent(e -> expiries.remove(e.getKey()));
    }
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    expiries.put(digest(id), now.plus(lifetime));
    return id;
  }

  boolean isValid(String id) {
    if (id == null || id.length() != 43) {
      return false;
    }
    Instant expiry = expiries.get(digest(id));
    return expiry != null && expiry.isAfter(clock.instant());
  }

  void end(String id) {
    if (id != null) {
      expiries.remove(digest(id));
    }
  }

  Duration lifetime() {
    return lifetime;
  }

  private static String digest(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
