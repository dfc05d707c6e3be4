package dev.pbiadmin.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretHasherTest {

  @Test
  void hashSecret_sameValueTwice_differsBySaltButBothMatch() {
    String a = SecretHasher.hashSecret("value");
    String b = SecretHasher.hashSecret("value");

    assertThat(a).isNotEqualTo(b).doesNotContain("value");
    assertThat(SecretHasher.matches(a, "value")).isTrue();
    assertThat(SecretHasher.matches(b, "value")).isTrue();
    assertThat(SecretHasher.matches(a, "valuf")).isFalse();
  }

  @Test
  void hashPassword_usesPbkdf2AndMatches() {
    String hash = SecretHasher.hashPassword("Passw0rd!");

    assertThat(hash).startsWith("pbkdf2$");
    assertThat(SecretHasher.matches(hash, "Passw0rd!")).isTrue();
    assertThat(SecretHasher.matches(hash, "passw0rd!")).isFalse();
  }

  @Test
  void matches_corruptOrMissingHash_isFalse() {
    assertThat(SecretHasher.matches(null, "x")).isFalse();
    assertThat(SecretHasher.matches("sha256$!!$!!", "x")).isFalse();
    assertThat(SecretHasher.matches("md5$a$b", "x")).isFalse();
    assertThat(SecretHasher.matches(SecretHasher.hashSecret("x"), null)).isFalse();
  }
}
