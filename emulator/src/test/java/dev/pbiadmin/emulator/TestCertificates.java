package dev.pbiadmin.emulator;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A client certificate with its key, as an app owner would create and upload one. */
public record TestCertificates(KeyPair keys, X509Certificate certificate, String pem) {

  public static TestCertificates create(String subject) {
    return create(subject, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(365)));
  }

  public static TestCertificates create(String subject, Instant notBefore, Instant notAfter) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      X500Name name = new X500Name("CN=" + subject);
      X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
          new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()), Date.from(notBefore),
              Date.from(notAfter), name, keys.getPublic())
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
      StringWriter out = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
        writer.writeObject(cert);
      }
      return new TestCertificates(keys, cert, out.toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
