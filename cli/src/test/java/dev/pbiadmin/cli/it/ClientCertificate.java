package dev.pbiadmin.cli.it;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

/**
 * A self-signed client certificate uploaded to an app of the emulated tenant, the way an admin
 * uploads one in the Azure portal, saved as PEM (key + certificate) and as a password-protected
 * PFX.
 */
record ClientCertificate(Path pem, Path pfx, String pfxPassword) {

  static ClientCertificate uploadTo(Emulator emulator, String clientId, Path dir) throws Exception {
    TestCertificates issued = TestCertificates.create("pbiadmin-it").registerOn(emulator, clientId);
    Path pem = issued.writePem(dir.resolve("sp.pem"));
    String password = "pfx-pass-" + System.currentTimeMillis();
    KeyStore pkcs12 = KeyStore.getInstance("PKCS12");
    pkcs12.load(null, null);
    pkcs12.setKeyEntry(
        "sp",
        issued.keys().getPrivate(),
        password.toCharArray(),
        new X509Certificate[] {issued.certificate()});
    Path pfx = dir.resolve("sp.pfx");
    try (var out = Files.newOutputStream(pfx)) {
      pkcs12.store(out, password.toCharArray());
    }
    return new ClientCertificate(pem, pfx, password);
  }
}
