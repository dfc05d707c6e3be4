package dev.pbiadmin.emulator.entra;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Coverage-guided fuzzing of the token endpoint's form parsing (Jazzer): any body, content type and
 * {@code Authorization} header ends in a form or an AADSTS {@link EntraError}, never another
 * exception (which the endpoint would answer with a 500).
 */
class TokenFormFuzzTest {
  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/x-www-form-urlencoded",
          "application/x-www-form-urlencoded; charset=utf-8",
          "APPLICATION/X-WWW-FORM-URLENCODED",
          "application/json",
          "text/plain",
          "");

  @FuzzTest
  void of_anyBodyTypeAndAuthorization_formOrEntraError(FuzzedDataProvider data) {
    String contentType =
        data.consumeBoolean() ? data.pickValue(CONTENT_TYPES) : data.consumeString(60);
    String authorization =
        switch (data.consumeInt(0, 2)) {
          case 0 -> null;
          case 1 -> "Basic " + data.consumeString(120);
          default -> data.consumeString(120);
        };
    String body = data.consumeRemainingAsString();
    TokenForm form;
    try {
      form = TokenForm.of(body, contentType, authorization);
    } catch (EntraError expected) {
      assertThat(expected.status()).isIn(400, 413);
      return;
    }
    assertThat(form.params()).doesNotContainKey(null).doesNotContainValue(null);
    // what the endpoint asks of every form: only EntraError or a value
    for (String name :
        List.of("grant_type", "client_id", "scope", "resource", "client_assertion")) {
      try {
        assertThat(form.require(name)).isNotBlank();
      } catch (EntraError missing) {
        assertThat(missing.status()).isEqualTo(400);
      }
    }
    if (form.basicClientId() != null) {
      assertThat(form.clientId()).isEqualTo(form.basicClientId());
    }
  }
}
