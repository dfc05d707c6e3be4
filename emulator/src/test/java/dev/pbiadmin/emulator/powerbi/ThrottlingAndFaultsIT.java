package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.throttle.RetryAfter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Quotas from the Limitations texts, on the emulated clock, and injected faults per route. */
class ThrottlingAndFaultsIT {
  @RegisterExtension static final EmulatorExtension EMULATOR = EmulatorExtension.builder().build();
  private static final String GROUPS = "/v1.0/myorg/admin/groups?$top=1";

  private EmulatorHttp http;
  private String token;

  @BeforeEach
  void setUp() {
    http = new EmulatorHttp(EMULATOR.get());
    http.manage("POST", "/emulator/throttling/reset", Map.of());
    token = http.demoToken();
  }

  @AfterEach
  void clearFaults() {
    http.manage("DELETE", "/emulator/faults", null);
  }

  @Test
  void getGroupsAsAdmin_sixteenthInAMinute_429WithRetryAfterAndRealBody() {
    for (int i = 0; i < 15; i++) {
      assertThat(http.get(GROUPS, token).status()).isEqualTo(200);
    }
    EmulatorHttp.Response r = http.get(GROUPS, token);

    assertThat(r.status()).isEqualTo(429);
    long retry = Long.parseLong(r.header("Retry-After"));
    assertThat(retry).isBetween(1L, 60L);
    assertThat(r.header(RetryAfter.EMULATED_HEADER)).isNotNull();
    assertThat(r.header("RequestId")).isNotBlank();
    assertThat(r.body())
        .isEqualTo(
            "{\"message\":\"You have exceeded the amount of requests allowed in the current time"
                + " frame and further requests will fail. Retry in "
                + retry
                + " seconds.\"}");

    http.manage("POST", "/emulator/time/advance", Map.of("seconds", 61));
    assertThat(http.get(GROUPS, http.demoToken()).status()).isEqualTo(200);
  }

  @Test
  void getGroupsAsAdmin_fiftyFirstInAnHour_429UntilTheHourPasses() {
    for (int i = 0; i < 50; i++) {
      if (i % 15 == 14) {
        http.manage("POST", "/emulator/time/advance", Map.of("seconds", 61));
        token = http.demoToken();
      }
      assertThat(http.get(GROUPS, token).status()).as("request " + i).isEqualTo(200);
    }
    http.manage("POST", "/emulator/time/advance", Map.of("seconds", 61));
    token = http.demoToken();
    EmulatorHttp.Response r = http.get(GROUPS, token);
    assertThat(r.status()).isEqualTo(429);
    assertThat(Long.parseLong(r.header(RetryAfter.EMULATED_HEADER))).isGreaterThan(3000);
  }

  @Test
  void faults_stormOnOneRoute_thatManyThen200_otherRoutesUntouched() {
    http.manage(
        "PUT",
        "/emulator/faults",
        Map.of(
            "seed",
            7,
            "rules",
            List.of(
                Map.of(
                    "route",
                    "Apps_GetAppsAsAdmin",
                    "throttleCount",
                    2,
                    "throttleRetryAfterSeconds",
                    9))));

    EmulatorHttp.Response first = http.get("/v1.0/myorg/admin/apps?$top=1", token);
    assertThat(first.status()).isEqualTo(429);
    assertThat(first.header("Retry-After")).isEqualTo("9");
    assertThat(http.get("/v1.0/myorg/admin/apps?$top=1", token).status()).isEqualTo(429);
    assertThat(http.get("/v1.0/myorg/admin/apps?$top=1", token).status()).isEqualTo(200);
    assertThat(http.get(GROUPS, token).status()).isEqualTo(200);
  }

  @Test
  void faults_errorRateOne_503WithEnvelope() {
    http.manage(
        "PUT",
        "/emulator/faults",
        Map.of(
            "rules", List.of(Map.of("route", "/v1.0/myorg/admin/capacities", "errorRate", 1.0))));

    EmulatorHttp.Response r = http.get("/v1.0/myorg/admin/capacities", token);

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("ServiceUnavailable");
    assertThat(r.header("RequestId")).isNotBlank();
  }

  @Test
  void faults_dropRateOne_connectionClosedWithoutResponse() {
    http.manage(
        "PUT",
        "/emulator/faults",
        Map.of("rules", List.of(Map.of("route", "Admin_GetCapacitiesAsAdmin", "dropRate", 1.0))));

    assertThatThrownBy(() -> http.get("/v1.0/myorg/admin/capacities", token))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }

  @Test
  void faults_latency_addsDelay() {
    http.manage(
        "PUT",
        "/emulator/faults",
        Map.of(
            "rules", List.of(Map.of("route", "Admin_GetCapacitiesAsAdmin", "latencyMillis", 300))));
    long start = System.nanoTime();

    assertThat(http.get("/v1.0/myorg/admin/capacities", token).status()).isEqualTo(200);
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
  }

  @Test
  void management_withoutKey_401() throws Exception {
    java.net.http.HttpClient client =
        java.net.http.HttpClient.newBuilder().sslContext(EMULATOR.get().sslContext()).build();
    var r =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(EMULATOR.get().baseUrl() + "/emulator/requests"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).doesNotContain(EMULATOR.get().managementKey());
  }
}
