package dev.pbiadmin.emulator.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.manage.ManagementApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Wrong management keys are rate-limited per client address, across the management API and the
 * portal's sign-in together, so the key cannot be guessed at line rate (docs/management-api.md).
 */
class SignInRateLimitIT {
  private static final int BURST = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static EmulatorExtension emulator =
      EmulatorExtension.builder().signInLimit(BURST, Duration.ofSeconds(2)).build();

  @Test
  void wrongKeysBeyondTheLimit_429WithRetryAfterForEveryKey_thenTheRightKeyWorksAfterTheWait()
      throws Exception {
    PortalClient client = new PortalClient(emulator.get());
    String key = emulator.get().managementKey();
    for (int i = 0; i < BURST; i++) {
      assertThat(management(client, "wrong-" + i).status()).isEqualTo(401);
    }

    PortalClient.Response limited = management(client, "wrong-again");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(JSON.readTree(limited.body()).path("error").path("code").asText())
        .isEqualTo("TooManyRequests");
    long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 2L);
    // while limited even the right key is refused, before it is compared: a 429 tells nothing about
    // the key
    assertThat(management(client, key).status()).isEqualTo(429);
    PortalClient.Response signIn = client.login(key);
    assertThat(signIn.status()).isEqualTo(429);
    assertThat(signIn.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(signIn.headers().firstValue("Retry-After")).isPresent();
    assertThat(signIn.body()).contains("Too many wrong keys");

    // waiting out the window (not timing anything: the server decides when the window has passed)
    Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());

    assertThat(management(client, key).status()).isEqualTo(200);
    PortalClient.Response ok = client.login(key);
    assertThat(ok.status()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Set-Cookie")).isPresent();
    // the wait earned back at least one wrong key (more if the machine was slow), a right key costs
    // none
    int wrongAgain = 0;
    while (wrongAgain <= BURST && client.login("wrong-portal-" + wrongAgain).status() == 401) {
      wrongAgain++;
    }
    assertThat(wrongAgain).isBetween(1, BURST);
  }

  private static PortalClient.Response management(PortalClient client, String key) {
    return client.call("GET", "/emulator/apps", null, null, Map.of(ManagementApi.KEY_HEADER, key));
  }
}
