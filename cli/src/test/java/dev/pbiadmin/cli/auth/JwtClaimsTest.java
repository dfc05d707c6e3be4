package dev.pbiadmin.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtClaimsTest {
  @Test
  void decode_appOnlyToken_showsClaimsInOrderWithRolesJoined() {
    String payload =
        "{\"ver\":\"1.0\",\"aud\":\"https://analysis.windows.net/powerbi/api\",\"tid\":\"t1\","
            + "\"appid\":\"a1\",\"idtyp\":\"app\",\"roles\":[\"R1\",\"R2\"],\"exp\":1735693500,\"oid\":\"o1\"}";

    JwtClaims claims = JwtClaims.decode(jwt(payload));

    assertThat(claims.shown())
        .containsExactly(
            java.util.Map.entry("aud", "https://analysis.windows.net/powerbi/api"),
            java.util.Map.entry("tid", "t1"),
            java.util.Map.entry("appid", "a1"),
            java.util.Map.entry("oid", "o1"),
            java.util.Map.entry("idtyp", "app"),
            java.util.Map.entry("roles", "R1,R2"),
            java.util.Map.entry("ver", "1.0"));
    assertThat(claims.expiresAt()).contains(Instant.ofEpochSecond(1735693500));
  }

  @Test
  void decode_notAJwt_explains() {
    assertThatThrownBy(() -> JwtClaims.decode("opaque")).hasMessageContaining("not a JWT");
  }

  @Test
  void describe_pastAndFuture() {
    assertThat(JwtClaims.describe(Duration.ofSeconds(3599))).isEqualTo("59m 59s");
    assertThat(JwtClaims.describe(Duration.ofSeconds(-5))).isEqualTo("expired 5s ago");
  }

  static String jwt(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
        + ".c2ln";
  }
}
