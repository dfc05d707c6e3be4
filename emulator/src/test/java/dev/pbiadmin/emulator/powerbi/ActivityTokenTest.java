package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ActivityTokenTest {
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final ActivityToken token =
      new ActivityToken(
          Instant.parse("2026-11-26T07:55:00Z"),
          Instant.parse("2026-11-26T09:00:00Z"),
          Instant.parse("2026-11-26T08:00:00Z"),
          "Activity eq 'ViewReport'",
          5000);

  @Test
  void decode_asClientsSendIt_quotedAndUrlDecoded_roundTrips() {
    String sent =
        "'" + URLDecoder.decode(token.encodeForResponse(KEY), StandardCharsets.UTF_8) + "'";
    assertThat(ActivityToken.decode(sent, KEY)).isEqualTo(token);
  }

  @Test
  void decode_stillPercentEncoded_roundTrips() {
    assertThat(ActivityToken.decode(token.encodeForResponse(KEY), KEY)).isEqualTo(token);
  }

  @Test
  void decode_withTheSameKeyInANewDecoder_roundTrips_soATokenOutlivesARestart() {
    String issued = token.encodeForResponse(KEY.clone());
    byte[] reloaded =
        new String(KEY, StandardCharsets.US_ASCII).getBytes(StandardCharsets.US_ASCII);
    assertThat(ActivityToken.decode(issued, reloaded)).isEqualTo(token);
  }

  @Test
  void encode_looksLikeTheDocumentedTokens() {
    String raw = new String(Base64.getDecoder().decode(token.encode(KEY)), StandardCharsets.UTF_8);
    assertThat(raw)
        .startsWith(",2026-11-26T07:55:00Z,2026-11-26T09:00:00Z,2026-11-26T08:00:00Z,5000,");
  }

  @Test
  void decode_otherKey_badRequest() {
    byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> ActivityToken.decode(token.encode(KEY), other))
        .isInstanceOfSatisfying(PowerBiException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void decode_editedOffset_badRequest() {
    String raw = new String(Base64.getDecoder().decode(token.encode(KEY)), StandardCharsets.UTF_8);
    String edited =
        Base64.getEncoder()
            .encodeToString(raw.replace(",5000,", ",4000,").getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ActivityToken.decode(edited, KEY))
        .isInstanceOfSatisfying(PowerBiException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void decode_garbage_badRequest() {
    for (String garbage :
        new String[] {"'garbage'", "", "%%%", "LDIwMjAtMDgtMTNUMDc6NTU6MDBaLA=="}) {
      assertThatThrownBy(() -> ActivityToken.decode(garbage, KEY))
          .isInstanceOfSatisfying(
              PowerBiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
  }
}
