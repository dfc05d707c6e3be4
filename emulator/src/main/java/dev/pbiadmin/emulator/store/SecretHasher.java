package dev.pbiadmin.emulator.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted hashes for client secrets and user passwords, compared in constant time. Client secrets
 * are generated with 240 bits of entropy, so one salted SHA-256 is enough and keeps token issuance
 * fast; passwords are chosen by people, so they get PBKDF2. The hash string names its scheme, so
 * both live side by side: {@code sha256$salt$hash} or {@code pbkdf2$iterations$salt$hash}.
 */
public final class SecretHasher {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();
  private static final int PBKDF2_ITERATIONS = 60_000;

  private SecretHasher() {}

  /** Hash for a machine-generated, high-entropy secret. */
  public static String hashSecret(String value) {
    byte[] salt = salt();
    return "sha256$" + B64.encodeToString(salt) + "$" + B64.encodeToString(sha256(salt, value));
  }

  /** Hash for a human-chosen password. */
  public static String hashPassword(String value) {
    byte[] salt = salt();
    return "pbkdf2$"
        + PBKDF2_ITERATIONS
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(pbkdf2(salt, value, PBKDF2_ITERATIONS));
  }

  /** Whether {@code presented} matches {@code hash}; constant time in the hash comparison. */
  public static boolean matches(String hash, String presented) {
    if (hash == null || presented == null) {
      return false;
    }
    String[] parts = hash.split("\\$");
    try {
      if (parts.length == 3 && parts[0].equals("sha256")) {
        byte[] salt = B64D.decode(parts[1]);
        return MessageDigest.isEqual(B64D.decode(parts[2]), sha256(salt, presented));
      }
      if (parts.length == 4 && parts[0].equals("pbkdf2")) {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = B64D.decode(parts[2]);
        return MessageDigest.isEqual(B64D.decode(parts[3]), pbkdf2(salt, presented, iterations));
      }
    } catch (IllegalArgumentException e) {
      return false;
    }
    return false;
  }

  private static byte[] salt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return salt;
  }

  private static byte[] sha256(byte[] salt, String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      return digest.digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static byte[] pbkdf2(byte[] salt, String value, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(value.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 unavailable", e);
    }
  }
}
