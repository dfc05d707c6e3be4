package dev.pbiadmin.cli.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Self-signed certificates written as PEM (certificate + private key), for the certificate checks.
 */
final class TestCertificates {
  private TestCertificates() {}

  /**
   * A PEM file whose certificate is valid in [notBefore, notAfter] and whose key is {@code
   * keyOf}'s.
   */
  static Path write(Path dir, String name, Instant notBefore, Instant notAfter, boolean matchingKey)
      throws Exception {
    var cert = dev.pbiadmin.emulator.testing.TestCertificates.create(name, notBefore, notAfter);
    var key =
        matchingKey
            ? cert
            : dev.pbiadmin.emulator.testing.TestCertificates.create(name, notBefore, notAfter);
    Path file = dir.resolve(name + ".pem");
    Files.writeString(file, cert.pem() + key.keyPem());
    return file;
  }

  static Path writeQuietly(
      Path dir, String name, Instant notBefore, Instant notAfter, boolean matchingKey) {
    try {
      return write(dir, name, notBefore, notAfter, matchingKey);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
