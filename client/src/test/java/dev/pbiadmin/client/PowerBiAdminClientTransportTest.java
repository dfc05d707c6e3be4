package dev.pbiadmin.client;

import static dev.pbiadmin.client.ScriptedServer.droppedMidBody;
import static dev.pbiadmin.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.client.models.AdminGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerBiAdminClientTransportTest {
  private static final String ONE_GROUP = "{\"value\":[{\"id\":\"g1\",\"name\":\"One\"}]}";
  private static final String THROTTLED =
      "{\"message\":\"You have exceeded the amount of requests allowed in the current time frame"
          + " and further requests will fail. Retry in 7 seconds.\"}";

  private ScriptedServer server;
  private TestTime time;
  private FixedTokenCredential credential;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
    time = new TestTime();
    credential = new FixedTokenCredential("token-one", "token-two");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PowerBiAdminClient client(RetryOptions retry) {
    return new PowerBiAdminClientBuilder()
        .credential(credential)
        .endpoint(server.endpoint())
        .clock(time)
        .sleeper(time)
        .rateBudgets(RateBudgets.off())
        .retryOptions(retry)
        .buildClient();
  }

  private PowerBiAdminClient client() {
    return client(RetryOptions.defaults());
  }

  @Test
  void listGroups_throttled_waitsRetryAfterThenSucceeds() {
    server
        .then(json(429, THROTTLED, "Retry-After", "7", "RequestId", "r-1"))
        .then(json(429, THROTTLED, "Retry-After", "3"))
        .then(json(200, ONE_GROUP));

    List<AdminGroup> groups = client().listGroups().stream().toList();

    assertThat(groups).extracting(AdminGroup::id).containsExactly("g1");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(3));
  }

  @Test
  void listGroups_serverErrorsAndDroppedConnection_retriedWithBackoff() {
    server
        .then(json(500, "{\"error\":{\"code\":\"InternalError\"}}"))
        .then(json(503, ""))
        .then(droppedMidBody())
        .then(json(200, ONE_GROUP));

    assertThat(client().listGroups().stream().toList()).hasSize(1);
    assertThat(server.received()).hasSize(4);
    // backoff 1 s, 2 s, 4 s with equal jitter: each wait within [step/2, step]
    List<Duration> sleeps = time.sleeps();
    assertThat(sleeps).hasSize(3);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(sleeps.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(sleeps.get(2)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void listGroups_throttledBeyondAttempts_throwsThrottledWithRetryAfter() {
    server.otherwise(r -> json(429, THROTTLED, "Retry-After", "5", "RequestId", "r-9"));

    assertThatThrownBy(
            () -> client(RetryOptions.defaults().withMaxAttempts(3)).listGroups().stream().toList())
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(429);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
              assertThat(e.requestId()).contains("r-9");
              assertThat(e.getMessage()).contains("Groups_GetGroupsAsAdmin", "r-9");
            });
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void listGroups_retryAfterLongerThanMaximum_failsFastWithoutWaiting() {
    server.then(json(429, THROTTLED, "Retry-After", "3392"));

    assertThatThrownBy(
            () ->
                client(RetryOptions.defaults().withMaxRetryWait(Duration.ofMinutes(5)))
                    .listGroups()
                    .stream()
                    .toList())
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3392)));
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void listGroups_powerBiNotAuthorized_notRetriedAndPointsToDoctor() {
    server.otherwise(
        r ->
            json(
                401,
                "{\"error\":{\"code\":\"PowerBINotAuthorizedException\",\"pbi.error\":{\"code\":\"PowerBINotAuthorizedException\",\"parameters\":{},\"details\":[],\"exceptionCulprit\":1}}}",
                "RequestId",
                "req-401"));

    assertThatThrownBy(() -> client().listGroups().stream().toList())
        .isInstanceOfSatisfying(
            PowerBiNotAuthorizedException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(401);
              assertThat(e.errorCode()).contains("PowerBINotAuthorizedException");
              assertThat(e.requestId()).contains("req-401");
              assertThat(e.getMessage()).contains("pbiadmin doctor");
            });
    assertThat(server.received()).hasSize(1);
    assertThat(credential.issued()).isEqualTo(1);
  }

  @Test
  void listGroups_tokenExpired_refreshesOnceAndRetries() {
    server
        .then(
            json(
                403,
                "{\"error\":{\"code\":\"TokenExpired\",\"message\":\"Access token has expired,"
                    + " resubmit with a new access token\"}}"))
        .then(json(200, ONE_GROUP));

    assertThat(client().listGroups().stream().toList()).hasSize(1);

    assertThat(server.received())
        .extracting(r -> r.headers().get("Authorization").get(0))
        .containsExactly("Bearer token-one", "Bearer token-two");
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void budget_callsTheServiceTurnedAway_doNotCountAgainstIt() {
    server
        .then(json(403, "{\"error\":{\"code\":\"TokenExpired\"}}"))
        .then(json(429, THROTTLED, "Retry-After", "7"))
        .then(json(200, ONE_GROUP));
    PowerBiAdminClient client =
        new PowerBiAdminClientBuilder()
            .credential(credential)
            .endpoint(server.endpoint())
            .clock(time)
            .sleeper(time)
            .rateBudgets(
                RateBudgets.documented()
                    .with("Groups_GetGroupsAsAdmin", List.of(RateBudgets.Limit.perHour(1))))
            .buildClient();

    assertThat(client.listGroups().stream().toList()).hasSize(1);

    // the service counts neither the expired token's call nor the throttled one: only Retry-After
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void listGroups_credentialCacheReturnsRejectedToken_forcesRefreshWithClaimsRequest() {
    // like MSAL: hands back its cached token unless the request carries claims
    List<String> claims = new java.util.concurrent.CopyOnWriteArrayList<>();
    com.azure.core.credential.TokenCredential caching =
        new com.azure.core.credential.TokenCredential() {
          @Override
          public reactor.core.publisher.Mono<com.azure.core.credential.AccessToken> getToken(
              com.azure.core.credential.TokenRequestContext r) {
            return reactor.core.publisher.Mono.fromSupplier(() -> getTokenSync(r));
          }

          @Override
          public com.azure.core.credential.AccessToken getTokenSync(
              com.azure.core.credential.TokenRequestContext r) {
            if (r.getClaims() != null && r.isCaeEnabled()) {
              claims.add(r.getClaims());
            }
            return new com.azure.core.credential.AccessToken(
                r.getClaims() == null ? "cached" : "fresh",
                java.time.OffsetDateTime.now().plusHours(1));
          }
        };
    server.then(json(403, "{\"error\":{\"code\":\"TokenExpired\"}}")).then(json(200, ONE_GROUP));
    PowerBiAdminClient client =
        new PowerBiAdminClientBuilder()
            .credential(caching)
            .endpoint(server.endpoint())
            .clock(time)
            .sleeper(time)
            .rateBudgets(RateBudgets.off())
            .buildClient();

    assertThat(client.listGroups().stream().toList()).hasSize(1);

    assertThat(server.received())
        .extracting(r -> r.headers().get("Authorization").get(0))
        .containsExactly("Bearer cached", "Bearer fresh");
    assertThat(claims).singleElement().asString().contains("\"nbf\"");
  }

  @Test
  void listGroups_tokenRejectedTwice_givesUpAfterOneRefresh() {
    server.otherwise(r -> json(403, "{\"error\":{\"code\":\"TokenExpired\"}}"));

    assertThatThrownBy(() -> client().listGroups().stream().toList())
        .isInstanceOfSatisfying(
            PowerBiException.class, e -> assertThat(e.errorCode()).contains("TokenExpired"));
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void anyCall_sendsPowerBiScopeUserAgentAndRequestId() {
    server.then(json(200, ONE_GROUP));

    client().listGroups().stream().toList();

    assertThat(credential.scopes)
        .containsExactly("https://analysis.windows.net/powerbi/api/.default");
    var headers = server.received().get(0).headers();
    assertThat(headers.get("User-agent").get(0)).startsWith("pbiadmin-client/");
    assertThat(headers.get("X-ms-client-request-id").get(0)).matches("[0-9a-f-]{36}");
  }

  @Test
  void badRequest_notRetried_carriesServiceCodeAndMessage() {
    server.then(
        json(
            400,
            "{\"error\":{\"code\":\"InvalidRequest\",\"message\":\"$top must be 1-5000\"}}",
            "RequestId",
            "r-400"));

    assertThatThrownBy(() -> client().getGroup("g1", null))
        .isInstanceOfSatisfying(
            PowerBiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.errorCode()).contains("InvalidRequest");
              assertThat(e.getMessage())
                  .contains("$top must be 1-5000", "Groups_GetGroupAsAdmin", "r-400");
            });
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void downloadScanResult_droppedMidBodyThenServed_fileHoldsExactlyTheServedBody(@TempDir Path dir)
      throws Exception {
    String result = "{\"workspaces\":[{\"id\":\"w1\"}],\"datasourceInstances\":[]}";
    server.then(droppedMidBody()).then(json(200, result));
    Path target = dir.resolve("result.json");
    Files.writeString(target, "x".repeat(20_000));

    client().downloadScanResult("s-1", target);

    assertThat(Files.readString(target)).isEqualTo(result);
    assertThat(server.received())
        .allSatisfy(r -> assertThat(r.pathAndQuery()).endsWith("/admin/workspaces/scanResult/s-1"));
    assertThat(server.received()).hasSize(2);
  }
}
