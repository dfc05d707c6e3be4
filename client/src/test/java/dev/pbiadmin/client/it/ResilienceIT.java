package dev.pbiadmin.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.azure.core.credential.TokenCredential;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.client.ListGroupsOptions;
import dev.pbiadmin.client.Page;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;
import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.RetryOptions;
import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.client.models.AdminGroup;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.Management;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults injected by the emulator (429 storms, 500/503, dropped connections), a token that expires
 * mid-run and a misconfigured service principal, each met by the real client over HTTPS.
 */
class ResilienceIT {
  // long enough that both MSAL and the client cache the token, so only the service notices expiry
  private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

  @RegisterExtension
  static EmulatorExtension emulator =
      EmulatorExtension.builder().demoWorkspaces(40).seed(5).tokenLifetime(TOKEN_LIFETIME).build();

  @AfterEach
  void clearFaults() {
    new Management(emulator.get()).delete("/emulator/faults");
  }

  private static TokenCredential demoSecret() {
    Emulator e = emulator.get();
    var demo = e.demo().orElseThrow();
    return EmulatorCredentials.secret(e, demo.clientId(), demo.clientSecret());
  }

  private static PowerBiAdminClient client(
      TokenCredential credential, Clock clock, Sleeper sleeper) {
    Emulator e = emulator.get();
    return new PowerBiAdminClientBuilder()
        .credential(credential)
        .endpoint(e.powerBiApiUrl().toString())
        .sslContext(e.sslContext())
        .clock(clock)
        .sleeper(sleeper)
        .rateBudgets(RateBudgets.documented())
        .retryOptions(RetryOptions.defaults().withMaxAttempts(8))
        .buildClient();
  }

  @Test
  void listGroups_429Storm_riddenOutWaitingExactlyRetryAfterOnEmulatedClock() {
    Emulator e = emulator.get();
    new Management(e)
        .put(
            "/emulator/faults",
            Map.of(
                "seed",
                1,
                "rules",
                List.of(
                    Map.of(
                        "route",
                        "Groups_GetGroupsAsAdmin",
                        "throttleCount",
                        4,
                        "throttleRetryAfterSeconds",
                        90))));
    EmulatedTime time = new EmulatedTime(e.clock());
    Instant before = e.clock().instant();
    long started = System.nanoTime();

    List<AdminGroup> groups = client(demoSecret(), e.clock(), time).listGroups().stream().toList();

    assertThat(groups).isNotEmpty();
    assertThat(time.waits())
        .containsExactly(
            Duration.ofSeconds(90),
            Duration.ofSeconds(90),
            Duration.ofSeconds(90),
            Duration.ofSeconds(90));
    assertThat(Duration.between(before, e.clock().instant()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(360));
    // six emulated minutes passed without real sleeping
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void listGroups_serverErrorsAndDroppedConnections_retriedToTheSameResult() {
    Emulator e = emulator.get();
    EmulatedTime time = new EmulatedTime(e.clock());
    ListGroupsOptions small = ListGroupsOptions.defaults().withPageSize(5);
    List<String> clean =
        client(demoSecret(), e.clock(), time).listGroups(small).stream()
            .map(AdminGroup::id)
            .toList();
    Management management = new Management(e);
    management.delete("/emulator/requests");
    management.put(
        "/emulator/faults",
        Map.of(
            "seed",
            3,
            "rules",
            List.of(
                Map.of(
                    "route",
                    "Groups_GetGroupsAsAdmin",
                    "errorRate",
                    0.3,
                    "errorStatus",
                    503,
                    "dropRate",
                    0.2),
                Map.of(
                    "route",
                    "Groups_GetGroupUsersAsAdmin",
                    "errorRate",
                    0.4,
                    "errorStatus",
                    500))));

    PowerBiAdminClient client = client(demoSecret(), e.clock(), time);
    List<String> faulty = client.listGroups(small).stream().map(AdminGroup::id).toList();
    client.listGroupUsers(clean.get(0)).stream().toList();

    assertThat(faulty).isEqualTo(clean);
    List<Integer> statuses = new ArrayList<>();
    management
        .get("/emulator/requests?limit=1000")
        .forEach(r -> statuses.add(r.get("status").asInt()));
    assertThat(statuses).contains(503);
  }

  @Test
  void listGroups_tokenExpiresMidRun_refreshedWithoutFailing() {
    Emulator e = emulator.get();
    EmulatorCredentials.Recording credential = new EmulatorCredentials.Recording(demoSecret());
    // the client's own clock does not see emulated time move: only the service's 403 tells it
    PowerBiAdminClient client = client(credential, Clock.systemUTC(), Sleeper.system());
    Management management = new Management(e);
    management.delete("/emulator/requests");

    Iterator<Page<AdminGroup>> pages =
        client.listGroups(ListGroupsOptions.defaults().withPageSize(10)).streamByPage().iterator();
    List<AdminGroup> all = new ArrayList<>(pages.next().items());
    e.clock().advance(TOKEN_LIFETIME.multipliedBy(2));
    pages.forEachRemaining(p -> all.addAll(p.items()));

    assertThat(all).hasSizeGreaterThan(10);
    assertThat(credential.tokens).hasSizeGreaterThanOrEqualTo(2);
    List<String> codes = new ArrayList<>();
    for (JsonNode r : management.get("/emulator/requests?limit=1000")) {
      codes.add(r.get("status").asInt() + " " + r.path("reason").asText());
    }
    assertThat(codes).anyMatch(c -> c.startsWith("403"));
  }

  @Test
  void listGroups_servicePrincipalNotAllowed_clearErrorPointingToDoctorAndNotRetried() {
    Emulator e = emulator.get();
    var app =
        e.directory().apps().stream()
            .filter(a -> a.displayName().equals(DemoTenant.MISCONFIGURED_APP_NAME))
            .findFirst()
            .orElseThrow();
    String secret = e.directory().addSecret(app.clientId(), "it", null);
    EmulatedTime time = new EmulatedTime(e.clock());
    Management management = new Management(e);
    management.delete("/emulator/requests");

    Throwable thrown =
        catchThrowable(
            () ->
                client(EmulatorCredentials.secret(e, app.clientId(), secret), e.clock(), time)
                    .listGroups()
                    .stream()
                    .toList());

    assertThat(thrown)
        .isInstanceOfSatisfying(
            PowerBiNotAuthorizedException.class,
            ex -> {
              assertThat(ex.statusCode()).isEqualTo(401);
              assertThat(ex.requestId()).isPresent();
              assertThat(ex.getMessage()).contains("pbiadmin doctor");
            });
    assertThat(time.waits()).isEmpty();
    assertThat(management.get("/emulator/requests?limit=1000")).hasSize(1);
  }

  @Test
  void listGroups_retriedAfter429sAndA503_everyAttemptCarriesTheSameClientRequestId() {
    Emulator e = emulator.get();
    EmulatedTime time = new EmulatedTime(e.clock());
    Management management = new Management(e);
    management.delete("/emulator/requests");
    management.put(
        "/emulator/faults",
        Map.of(
            "seed",
            1,
            "rules",
            List.of(
                Map.of(
                    "route",
                    "Groups_GetGroupsAsAdmin",
                    "throttleCount",
                    2,
                    "throttleRetryAfterSeconds",
                    5),
                Map.of(
                    "route",
                    "Groups_GetGroupUsersAsAdmin",
                    "throttleCount",
                    1,
                    "throttleRetryAfterSeconds",
                    5))));
    PowerBiAdminClient client = client(demoSecret(), e.clock(), time);

    String workspace =
        client
            .listGroups(ListGroupsOptions.defaults().withPageSize(100))
            .streamByPage()
            .findFirst()
            .orElseThrow()
            .items()
            .get(0)
            .id();
    client.listGroupUsers(workspace).stream().toList();

    Map<String, List<String>> idsByOperation = new java.util.LinkedHashMap<>();
    for (JsonNode r : management.get("/emulator/requests?limit=1000")) {
      idsByOperation
          .computeIfAbsent(r.get("operationId").asText(), k -> new ArrayList<>())
          .add(r.path("clientRequestId").asText(null));
    }
    List<String> groups = idsByOperation.get("Groups_GetGroupsAsAdmin");
    List<String> users = idsByOperation.get("Groups_GetGroupUsersAsAdmin");
    assertThat(groups).hasSize(3).doesNotContainNull().containsOnly(groups.get(0));
    assertThat(users).hasSize(2).containsOnly(users.get(0));
    // a new call is a new request: its own id
    assertThat(users.get(0)).isNotEqualTo(groups.get(0));
  }
}
