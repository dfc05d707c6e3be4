package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An expired token gets 403 TokenExpired, not the 401 of an authorization failure. */
class TokenExpiryIT {
  @RegisterExtension static final EmulatorExtension EMULATOR = EmulatorExtension.builder().build();

  @Test
  void adminApi_expiredToken_403TokenExpired() {
    EmulatorHttp http = new EmulatorHttp(EMULATOR.get());
    String token = http.demoToken();
    http.manage("POST", "/emulator/time/advance", Map.of("duration", "PT2H"));

    EmulatorHttp.Response r = http.get("/v1.0/myorg/admin/groups?$top=1", token);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body())
        .isEqualTo(
            "{\"error\":{\"code\":\"TokenExpired\",\"message\":\"Access token has expired, resubmit"
                + " with a new access token\"}}");
    assertThat(http.get("/v1.0/myorg/admin/groups?$top=1", http.demoToken()).status())
        .isEqualTo(200);
  }
}
