package dev.pbiadmin.cli.doctor;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.X509CertUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * A certificate credential read from a PEM file (certificate and private key) or a PKCS#12 file,
 * and the client assertion it signs. The assertion follows Microsoft's certificate-credentials page
 * in the form MSAL sends: RS256 with {@code x5t} (SHA-1) and {@code x5t#S256}.
 */
record CertificateCredential(X509Certificate certificate, PrivateKey privateKey) {

  static CertificateCredential load(Path file, String password)
      throws IOException, GeneralSecurityException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.US_ASCII);
    if (text.contains("-----BEGIN")) {
      return fromPem(text);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    char[] pw = password == null ? new char[0] : password.toCharArray();
    store.load(new ByteArrayInputStream(bytes), pw);
    for (String alias : Collections.list(store.aliases())) {
      Key key = store.getKey(alias, pw);
      if (key instanceof PrivateKey privateKey
          && store.getCertificate(alias) instanceof X509Certificate cert) {
        return new CertificateCredential(cert, privateKey);
      }
    }
    throw new GeneralSecurityException("the PKCS#12 file holds no private key with a certificate");
  }

  private static CertificateCredential fromPem(String pem)
      throws GeneralSecurityException, IOException {
    X509Certificate cert = X509CertUtils.parse(pem);
    if (cert == null) {
      throw new GeneralSecurityException(
          "the PEM file holds no certificate (-----BEGIN CERTIFICATE-----)");
    }
    // Read the key on its own (not merged with the certificate) so a wrong key shows as a mismatch.
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
        if (item instanceof PrivateKeyInfo info) {
          return new CertificateCredential(cert, converter.getPrivateKey(info));
        }
        if (item instanceof PEMKeyPair pair) {
          return new CertificateCredential(cert, converter.getKeyPair(pair).getPrivate());
        }
        if (item instanceof PKCS8EncryptedPrivateKeyInfo || item instanceof PEMEncryptedKeyPair) {
          throw new GeneralSecurityException(
              "the private key in the PEM file is encrypted; use an unencrypted PEM or a .pfx"
                  + " file");
        }
      }
    }
    throw new GeneralSecurityException(
        "the PEM file holds no private key (-----BEGIN PRIVATE KEY-----)");
  }

  /** True when the private key belongs to the certificate's public key (same RSA modulus). */
  boolean keyMatches() {
    if (certificate.getPublicKey() instanceof RSAKey pub && privateKey instanceof RSAKey priv) {
      BigInteger a = pub.getModulus();
      return a.equals(priv.getModulus());
    }
    return false;
  }

  /** SHA-1 thumbprint in upper-case hex, as the Azure portal's Certificates list shows it. */
  String thumbprintHex() {
    return HexFormat.of().withUpperCase().formatHex(digest("SHA-1"));
  }

  /**
   * The certificate's thumbprints, each labelled: the portal lists the SHA-1 in hex, the assertion
   * header carries the SHA-1 as {@code x5t} and the SHA-256 as {@code x5t#S256}, both base64url; an
   * Entra ID error may quote either form.
   */
  String thumbprints() {
    return "thumbprint SHA-1 hex "
        + thumbprintHex()
        + " (the Azure portal's Certificates list)"
        + ", x5t (SHA-1, base64url) "
        + Base64URL.encode(digest("SHA-1"))
        + ", x5t#S256 (SHA-256, base64url) "
        + Base64URL.encode(digest("SHA-256"));
  }

  String signAssertion(URI tokenEndpoint, String clientId, Instant now)
      throws GeneralSecurityException {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(JOSEObjectType.JWT)
            .x509CertThumbprint(Base64URL.encode(digest("SHA-1")))
            .x509CertSHA256Thumbprint(Base64URL.encode(digest("SHA-256")))
            .build();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .audience(tokenEndpoint.toString())
            .issuer(clientId)
            .subject(clientId)
            .jwtID(UUID.randomUUID().toString())
            .notBeforeTime(Date.from(now))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(600)))
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(privateKey));
    } catch (JOSEException e) {
      throw new GeneralSecurityException("cannot sign the client assertion: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  private byte[] digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " unavailable", e);
    }
  }
}
