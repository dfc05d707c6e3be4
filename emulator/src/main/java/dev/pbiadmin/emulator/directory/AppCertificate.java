package dev.pbiadmin.emulator.directory;

import java.time.Instant;

/**
 * A certificate uploaded to an app registration; client assertions signed by its key are accepted.
 *
 * @param thumbprintSha1 base64url SHA-1 thumbprint of the DER encoding, matched against {@code x5t}
 * @param thumbprintSha256 base64url SHA-256 thumbprint, matched against {@code x5t#S256}
 * @param pem the certificate, PEM encoded
 * @param notBefore start of validity
 * @param notAfter end of validity
 */
public record AppCertificate(
    String thumbprintSha1,
    String thumbprintSha256,
    String pem,
    Instant notBefore,
    Instant notAfter) {}
