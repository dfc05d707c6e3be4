package dev.pbiadmin.emulator.directory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Builds {@link AppCertificate} values from PEM and reads them back as X.509. */
public final class AppCertificates {
  private AppCertificates() {}

  /**
   * Parses a PEM certificate and computes the thumbprints clients put in {@code x5t}/{@code
   * x5t#S256}.
   */
  public static AppCertificate fromPem(String pem) {
    X509Certificate cert = parse(pem);
    try {
      byte[] der = cert.getEncoded();
      Base64.Encoder b64url = Base64.getUrlEncoder().withoutPadding();
      return new AppCertificate(
          b64url.encodeToString(MessageDigest.getInstance("SHA-1").digest(der)),
          b64url.encodeToString(MessageDigest.getInstance("SHA-256").digest(der)),
          pem.strip() + "\n",
          cert.getNotBefore().toInstant(),
          cert.getNotAfter().toInstant());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a usable certificate: " + e.getMessage(), e);
    }
  }

  public static X509Certificate parse(String pem) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("not a PEM X.509 certificate: " + e.getMessage(), e);
    }
  }
}
