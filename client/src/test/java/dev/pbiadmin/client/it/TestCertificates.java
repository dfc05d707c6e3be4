package dev.pbiadmin.client.it;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.directory.AppCertificates;
import dev.pbiadmin.emulator.directory.AppRegistration;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for an app registration, as an admin would upload to the portal, and
 * the PEM (key + certificate) azure-identity's ClientCertificateCredential reads.
 */
final class TestCertificates {
  private TestCertificates() {}

  record Issued(Path pemFile, String privateKeyPem) {}

  /** Creates a certificate, registers it on {@code clientId}'s app and writes the key+cert PEM. */
  static Issued registerOn(Emulator emulator, String clientId, Path dir) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair keys = g.generateKeyPair();
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=pbiadmin-it");
    X509CertificateHolder cert = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
        Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30, ChronoUnit.DAYS)), name, keys.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
    String certPem = pem(new org.bouncycastle.util.io.pem.PemObject("CERTIFICATE", cert.getEncoded()));
    String keyPem = pem(new org.bouncycastle.util.io.pem.PemObject("PRIVATE KEY", keys.getPrivate().getEncoded()));

    AppRegistration app = emulator.directory().findAppByClientId(clientId).orElseThrow();
    List<dev.pbiadmin.emulator.directory.AppCertificate> certs = new ArrayList<>(app.certificates());
    certs.add(AppCertificates.fromPem(certPem));
    emulator.directory().saveApp(new AppRegistration(app.clientId(), app.servicePrincipalId(), app.displayName(),
        app.secrets(), certs, app.permissions()));

    Path file = dir.resolve("app.pem");
    Files.writeString(file, keyPem + certPem);
    return new Issued(file, keyPem);
  }

  private static String pem(org.bouncycastle.util.io.pem.PemObject o) throws Exception {
    StringWriter w = new StringWriter();
    try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
      pw.writeObject(o);
    }
    return w.toString();
  }
}
