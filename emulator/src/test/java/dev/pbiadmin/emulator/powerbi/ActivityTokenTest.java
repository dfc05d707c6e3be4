package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityTokenTest {
  private final ActivityToken token = new ActivityToken(
      Instant.parse("2026-11-26T07:55:00Z"), Instant.parse("2026-11-26T09:00:00Z"), "Activity eq 'ViewReport'", 5000);

  @Test
  void decode_asClientsSendIt_quotedAndUrlDecoded_roundTrips() {
    String sent = "'" + URLDecoder.decode(token.encodeForResponse(), StandardCharsets.UTF_8) + "'";
    assertThat(ActivityToken.decode(sent)).isEqualTo(token);
  }

  @Test
  void decode_stillPercentEncoded_roundTrips() {
    assertThat(ActivityToken.decode(token.encodeForResponse())).isEqualTo(token);
  }

  @Test
  void encode_looksLikeTheDocumentedTokens() {
    String raw = new String(java.util.Base64.getDecoder().decode(token.encode()), StandardCharsets.UTF_8);
    assertThat(raw).startsWith(",2026-11-26T07:55:00Z,2026-11-26T09:00:00Z,5000,");
  }

  @Test
  void decode_garbage_badRequest() {
    for (String garbage : new String[] {"'garbage'", "", "%%%", "LDIwMjAtMDgtMTNUMDc6NTU6MDBaLA=="}) {
      assertThatThrownBy(() -> ActivityToken.decode(garbage))
          .isInstanceOfSatisfying(PowerBiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
  }
}
