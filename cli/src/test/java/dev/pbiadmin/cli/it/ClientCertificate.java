package dev.pbiadmin.cli.it;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.directory.AppCertificates;
import dev.pbiadmin.emulator.directory.AppRegistration;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
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
 * A self-signed client certificate uploaded to an app of the emulated tenant, the way an admin
 * uploads one in the Azure portal, saved as PEM (key + certificate) and as a password-protected PFX.
 */
record ClientCertificate(Path pem, Path pfx, String pfxPassword) {

  static ClientCertificate uploadTo(Emulator emulator, String clientId, Path dir) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    Instant now = Instant.now();
    X500Name subject = new X500Name("CN=pbiadmin-it");
    X509Certificate cert =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        subject,
                        BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(Duration.ofMinutes(5))),
                        Date.from(now.plus(Duration.ofDays(1))),
                        subject,
                        keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    String certPem = pem(cert);
    Path pem = Files.writeString(dir.resolve("sp.pem"), pem(new JcaPKCS8Generator(keys.getPrivate(), null)) + certPem);
    String password = "pfx-pass-" + now.toEpochMilli();
    KeyStore pkcs12 = KeyStore.getInstance("PKCS12");
    pkcs12.load(null, null);
    pkcs12.setKeyEntry("sp", keys.getPrivate(), password.toCharArray(), new X509Certificate[] {cert});
    Path pfx = dir.resolve("sp.pfx");
    try (var out = Files.newOutputStream(pfx)) {
      pkcs12.store(out, password.toCharArray());
    }
    AppRegistration app = emulator.directory().findAppByClientId(clientId).orElseThrow();
    List<dev.pbiadmin.emulator.directory.AppCertificate> certificates = new ArrayList<>(app.certificates());
    certificates.add(AppCertificates.fromPem(certPem));
    emulator
        .directory()
        .saveApp(
            new AppRegistration(
                app.clientId(), app.servicePrincipalId(), app.displayName(), app.secrets(), certificates, app.permissions()));
    return new ClientCertificate(pem, pfx, password);
  }

  private static String pem(Object value) throws Exception {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(value);
    }
    return text.toString();
  }
}
