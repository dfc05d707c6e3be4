package dev.pbiadmin.emulator.testing;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.directory.AppCertificate;
import dev.pbiadmin.emulator.directory.AppCertificates;
import dev.pbiadmin.emulator.directory.AppRegistration;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed client certificate with its key, as an app owner would create and upload one;
 * shared by every module's tests (the emulator's test-jar).
 *
 * @param pem the certificate alone, as PEM
 */
public record TestCertificates(KeyPair keys, X509Certificate certificate, String pem) {

  public static TestCertificates create(String subject) {
    return create(
        subject,
        Instant.now().minus(Duration.ofHours(1)),
        Instant.now().plus(Duration.ofDays(365)));
  }

  public static TestCertificates create(String subject, Instant notBefore, Instant notAfter) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      X500Name name = new X500Name("CN=" + subject);
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          name,
                          BigInteger.valueOf(System.nanoTime()),
                          Date.from(notBefore),
                          Date.from(notAfter),
                          name,
                          keys.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
      return new TestCertificates(keys, cert, pem(cert));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
  public String keyPem() {
    try {
      return pem(new JcaPKCS8Generator(keys.getPrivate(), null));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes key and certificate to one PEM file, as azure-identity's certificate credential reads
   * it.
   */
  public Path writePem(Path file) {
    try {
      return Files.writeString(file, keyPem() + pem);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Adds the certificate to {@code clientId}'s app, as an admin uploads one in the Azure portal.
   */
  public TestCertificates registerOn(Emulator emulator, String clientId) {
    AppRegistration app = emulator.directory().findAppByClientId(clientId).orElseThrow();
    List<AppCertificate> certificates = new ArrayList<>(app.certificates());
    certificates.add(AppCertificates.fromPem(pem));
    emulator
        .directory()
        .saveApp(
            new AppRegistration(
                app.clientId(),
                app.servicePrincipalId(),
                app.displayName(),
                app.secrets(),
                certificates,
                app.permissions()));
    return this;
  }

  private static String pem(Object value) throws java.io.IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(value);
    }
    return out.toString();
  }
}
