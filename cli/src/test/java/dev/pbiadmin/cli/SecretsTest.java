package dev.pbiadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.common.Secrets;
import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void redact_registeredSecret_maskedEverywhere() {
    Secrets.register("Zq8~registered.secret_value");

    assertThat(
            Secrets.redact("sent Zq8~registered.secret_value twice: Zq8~registered.secret_value"))
        .isEqualTo("sent *** twice: ***");
  }

  @Test
  void redact_jwt_masked() {
    String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwcyJ9.c2lnbmF0dXJlX2J5dGVz";

    assertThat(Secrets.redact("token " + jwt + " end")).isEqualTo("token *** end");
  }

  @Test
  void redact_bearerHeaderAndFormSecrets_masked() {
    assertThat(Secrets.redact("Authorization: Bearer abc.def-ghi"))
        .isEqualTo("Authorization: Bearer ***");
    assertThat(Secrets.redact("grant_type=client_credentials&client_secret=p%40ss&scope=x"))
        .isEqualTo("grant_type=client_credentials&client_secret=***&scope=x");
    assertThat(Secrets.redact("{\"access_token\":\"opaque-value\"}"))
        .isEqualTo("{\"access_token\":\"***\"}");
  }

  @Test
  void redact_ordinaryText_unchanged() {
    assertThat(Secrets.redact("Check --tenant and --client-id."))
        .isEqualTo("Check --tenant and --client-id.");
  }

  @Test
  void register_shortValue_notRegisteredSoWordsSurvive() {
    Secrets.register("ab");

    assertThat(Secrets.redact("tab stop")).isEqualTo("tab stop");
  }
}
