package dev.pbiadmin.cli.auth;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * An {@link SSLContext} that trusts the certificates of a PEM file (an emulator's CA) in addition
 * to the JDK's default trust store, so one context serves both the emulator and real endpoints.
 */
public final class TrustedCa {
  private TrustedCa() {}

  public static SSLContext sslContext(Path pemFile) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int added = 0;
      for (X509Certificate cert : defaultTrust().getAcceptedIssuers()) {
        store.setCertificateEntry("default-" + added++, cert);
      }
      int own = 0;
      for (Certificate cert : read(pemFile)) {
        store.setCertificateEntry("ca-" + own++, cert);
      }
      if (own == 0) {
        throw new CliException(
            ExitCode.USAGE,
            "The CA file " + pemFile + " holds no PEM certificate; pass the CA's .pem file.");
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          "Cannot use " + pemFile + " as a CA certificate: " + e.getMessage() + ".",
          e);
    }
  }

  private static Collection<? extends Certificate> read(Path pemFile)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(pemFile)) {
      return CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (NoSuchFileException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO, "The CA certificate file " + pemFile + " does not exist.");
    }
  }

  private static X509TrustManager defaultTrust() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    for (var manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("the JDK has no X.509 trust manager");
  }
}
