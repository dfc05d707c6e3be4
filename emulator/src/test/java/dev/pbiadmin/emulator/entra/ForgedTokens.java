package dev.pbiadmin.emulator.entra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.store.Database;
import java.time.Instant;

/**
 * Signs arbitrary claims with a running emulator's own signing key (read from its data directory),
 * so abuse tests can present tokens whose signature is valid but whose claims are wrong.
 */
public final class ForgedTokens {
  private final SigningKeys keys;

  private ForgedTokens(SigningKeys keys) {
    this.keys = keys;
  }

  public static ForgedTokens of(Emulator emulator) {
    try (Database db = Database.open(emulator.dataDir())) {
      return new ForgedTokens(SigningKeys.loadOrCreate(db, Instant.now()));
    }
  }

  public String keyId() {
    return keys.keyId();
  }

  /** RS256 with the emulator's key and {@code kid}. */
  public String sign(JWTClaimsSet claims) {
    return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.keyId()).build(), claims);
  }

  /** RS256 with the emulator's key under any header (e.g. a different {@code kid}). */
  public String sign(JWSHeader header, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(keys.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
