package dev.pbiadmin.emulator.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The emulator's own certificate authority, kept in the data directory: {@code ca.pem} (the public
 * interface clients trust), {@code tls/ca-key.pem}, and a server certificate for {@code localhost},
 * {@code 127.0.0.1} and {@code ::1} in {@code tls/}. Created on first start, reused afterwards, the
 * server certificate renewed when it nears expiry. EC P-256 keys make the first start quick.
 */
public final class LocalCertificateAuthority {
  public static final String CA_FILE = "ca.pem";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] KEYSTORE_PASSWORD = "pbiadmin-emulator".toCharArray();

  private final Path caFile;
  private final X509Certificate caCert;
  private final X509Certificate serverCert;
  private final PrivateKey serverKey;

  private LocalCertificateAuthority(
      Path caFile, X509Certificate caCert, X509Certificate serverCert, PrivateKey serverKey) {
    this.caFile = caFile;
    this.caCert = caCert;
    this.serverCert = serverCert;
    this.serverKey = serverKey;
  }

  /** Loads the CA and server certificate from {@code dataDir}, creating what is missing. */
  public static LocalCertificateAuthority ensure(Path dataDir, Instant now) {
    try {
      Path tls = Files.createDirectories(dataDir.resolve("tls"));
      Path caFile = dataDir.resolve(CA_FILE).toAbsolutePath();
      Path caKeyFile = tls.resolve("ca-key.pem");
      Path serverFile = tls.resolve("server.pem");
      Path serverKeyFile = tls.resolve("server-key.pem");
      X509Certificate ca;
      KeyPair caKeys;
      if (Files.exists(caFile) && Files.exists(caKeyFile)) {
        ca = (X509Certificate) readPem(caFile);
        caKeys = new KeyPair(ca.getPublicKey(), (PrivateKey) readPem(caKeyFile));
      } else {
        caKeys = newKeyPair();
        ca = caCertificate(caKeys, now);
        writePrivate(caKeyFile, pem(caKeys.getPrivate()));
        writeAtomically(caFile, pem(ca));
      }
      X509Certificate server = null;
      KeyPair serverKeys = null;
      if (Files.exists(serverFile) && Files.exists(serverKeyFile)) {
        server = (X509Certificate) readPem(serverFile);
        serverKeys = new KeyPair(server.getPublicKey(), (PrivateKey) readPem(serverKeyFile));
        boolean nearExpiry =
            server.getNotAfter().toInstant().isBefore(now.plus(Duration.ofDays(30)));
        boolean otherCa = !server.getIssuerX500Principal().equals(ca.getSubjectX500Principal());
        if (nearExpiry || otherCa) {
          server = null;
        }
      }
      if (server == null) {
        serverKeys = newKeyPair();
        server = serverCertificate(serverKeys, ca, caKeys, now);
        writePrivate(serverKeyFile, pem(serverKeys.getPrivate()));
        writeAtomically(serverFile, pem(server));
      }
      return new LocalCertificateAuthority(caFile, ca, server, serverKeys.getPrivate());
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(
          "cannot set up the emulator's TLS certificates in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** Absolute path of {@code ca.pem}. */
  public Path caFile() {
    return caFile;
  }

  public X509Certificate caCertificate() {
    return caCert;
  }

  /** Key store with the server key and chain, for the HTTPS connector. */
  public KeyStore serverKeyStore() {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(
          "server", serverKey, KEYSTORE_PASSWORD, new Certificate[] {serverCert, caCert});
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the server key store", e);
    }
  }

  public String keyStorePassword() {
    return new String(KEYSTORE_PASSWORD);
  }

  /** An SSL context that trusts exactly this CA, for Java clients and tests. */
  public SSLContext clientSslContext() {
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("pbiadmin-emulator-ca", caCert);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a trusting SSL context", e);
    }
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
    return generator.generateKeyPair();
  }

  private static X509Certificate caCertificate(KeyPair keys, Instant now)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    X500Name name =
        new X500Name("CN=pbiadmin emulator local CA " + now.getEpochSecond() + ",O=pbiadmin");
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            serial(),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(3650))),
            name,
            keys.getPublic());
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
    builder.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    builder.addExtension(
        Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
    return sign(builder, keys.getPrivate());
  }

  private static X509Certificate serverCertificate(
      KeyPair keys, X509Certificate ca, KeyPair caKeys, Instant now)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            ca,
            serial(),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(825))),
            new X500Name("CN=localhost"),
            keys.getPublic());
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    builder.addExtension(
        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
              new GeneralName(GeneralName.iPAddress, "::1")
            }));
    builder.addExtension(
        Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
    builder.addExtension(
        Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
    return sign(builder, caKeys.getPrivate());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws GeneralSecurityException, OperatorCreationException {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
  }

  private static BigInteger serial() {
    return new BigInteger(127, RANDOM).add(BigInteger.ONE);
  }

  private static Object readPem(Path file) throws IOException, GeneralSecurityException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      Object object = parser.readObject();
      if (object instanceof org.bouncycastle.cert.X509CertificateHolder holder) {
        return new JcaX509CertificateConverter().getCertificate(holder);
      }
      if (object instanceof PrivateKeyInfo info) {
        return new JcaPEMKeyConverter().getPrivateKey(info);
      }
      if (object instanceof PEMKeyPair pair) {
        return new JcaPEMKeyConverter().getPrivateKey(pair.getPrivateKeyInfo());
      }
      throw new IOException("unexpected content in " + file);
    }
  }

  static String pem(Object object) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      if (object instanceof PrivateKey key) {
        // PKCS#8 ("PRIVATE KEY"), readable by openssl, curl and BouncyCastle alike
        writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
      } else {
        writer.writeObject(object);
      }
    }
    return out.toString();
  }

  private static void writePrivate(Path file, String content) throws IOException {
    writeAtomically(file, content);
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the data directory's own permissions protect the key
    }
  }

  private static void writeAtomically(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.US_ASCII);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
