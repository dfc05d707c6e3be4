package dev.pbiadmin.cli.doctor;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed certificates written as PEM (certificate + private key), for the certificate checks. */
final class TestCertificates {
  private TestCertificates() {}

  /** A PEM file whose certificate is valid in [notBefore, notAfter] and whose key is {@code keyOf}'s. */
  static Path write(Path dir, String name, Instant notBefore, Instant notAfter, boolean matchingKey) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    KeyPair other = matchingKey ? pair : generator.generateKeyPair();
    X500Name subject = new X500Name("CN=" + name);
    X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
        new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.nanoTime()), Date.from(notBefore),
            Date.from(notAfter), subject, pair.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(cert);
      writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(other.getPrivate(), null));
    }
    Path file = dir.resolve(name + ".pem");
    Files.writeString(file, pem.toString());
    return file;
  }

  static Path writeQuietly(Path dir, String name, Instant notBefore, Instant notAfter, boolean matchingKey) {
    try {
      return write(dir, name, notBefore, notAfter, matchingKey);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
