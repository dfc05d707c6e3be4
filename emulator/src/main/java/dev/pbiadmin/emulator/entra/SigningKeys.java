package dev.pbiadmin.emulator.entra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import dev.pbiadmin.emulator.store.Database;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The token-signing key: RSA-2048 with a self-signed certificate, as Entra publishes its keys
 * ({@code kid} = {@code x5t} = base64url SHA-1 thumbprint, {@code x5c} = the certificate). Created
 * once and persisted in the database so tokens stay valid across restarts. The parsed key and the
 * signer are cached: signing is on the hot path of every token request.
 */
public final class SigningKeys {
  private static final String SETTING = "entra.signingKey";

  private final RSAKey jwk;
  private final RSASSASigner signer;

  private SigningKeys(RSAKey jwk) {
    this.jwk = jwk;
    try {
      this.signer = new RSASSASigner(jwk);
    } catch (JOSEException e) {
      throw new IllegalStateException("unusable signing key", e);
    }
  }

  /** Loads the persisted key or creates and persists a new one. */
  public static SigningKeys loadOrCreate(Database db, Instant now) {
    String stored = db.settingOrCreate(SETTING, () -> create(now));
    return new SigningKeys(parse(stored));
  }

  public String keyId() {
    return jwk.getKeyID();
  }

  RSASSASigner signer() {
    return signer;
  }

  /** The public key, as published in the JWKS. */
  public RSAKey publicJwk() {
    return jwk.toPublicJWK();
  }

  public JWKSet publicJwks() {
    return new JWKSet(publicJwk());
  }

  private static String create(Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      X500Name name = new X500Name("CN=accounts.accesscontrol.windows.net (pbiadmin emulator)");
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          name,
                          BigInteger.valueOf(now.getEpochSecond()),
                          Date.from(now.minus(Duration.ofDays(1))),
                          Date.from(now.plus(Duration.ofDays(3650))),
                          name,
                          pair.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      return java.util.Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
          + "."
          + java.util.Base64.getEncoder().encodeToString(cert.getEncoded());
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException("cannot create the token signing key", e);
    }
  }

  private static RSAKey parse(String stored) {
    try {
      String[] parts = stored.split("\\.");
      RSAPrivateKey privateKey =
          (RSAPrivateKey)
              KeyFactory.getInstance("RSA")
                  .generatePrivate(
                      new PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(parts[0])));
      byte[] der = java.util.Base64.getDecoder().decode(parts[1]);
      X509Certificate cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new java.io.ByteArrayInputStream(der));
      String thumbprint =
          Base64URL.encode(MessageDigest.getInstance("SHA-1").digest(der)).toString();
      return new RSAKey.Builder((RSAPublicKey) cert.getPublicKey())
          .privateKey(privateKey)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyID(thumbprint)
          .x509CertThumbprint(new Base64URL(thumbprint))
          .x509CertChain(List.of(Base64.encode(der)))
          .build();
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException("the stored token signing key is corrupt", e);
    }
  }
}
