package dev.pbiadmin.cli.faults;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import dev.pbiadmin.cli.inventory.InventoryOptions;
import dev.pbiadmin.cli.inventory.InventoryRun;
import dev.pbiadmin.cli.inventory.InventoryStore;
import dev.pbiadmin.cli.inventory.Meter;
import dev.pbiadmin.cli.inventory.Progress;
import dev.pbiadmin.cli.inventory.RunSummary;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;
import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.RetryOptions;
import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * The real inventory pipeline ({@link InventoryRun}) over the real client, azure-identity and
 * HTTPS, signed in as the emulator's demo service principal. Everything the client waits for is in
 * emulated time ({@link EmulatedSleeper}), so Retry-After storms of many minutes take seconds.
 */
final class FaultyRuns {
  private FaultyRuns() {}

  /** Client settings a scenario varies: the read timeout and how many attempts a call gets. */
  record Tuning(Duration readTimeout, int maxAttempts) {
    static Tuning defaults() {
      return new Tuning(Duration.ofSeconds(120), 8);
    }
  }

  /** A secret credential that counts the tokens it fetched from the emulator's token endpoint. */
  static final class CountingCredential implements TokenCredential {
    private final TokenCredential delegate;
    final AtomicInteger tokens = new AtomicInteger();

    CountingCredential(TokenCredential delegate) {
      this.delegate = delegate;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
      return delegate.getToken(request).doOnNext(t -> tokens.incrementAndGet());
    }
  }

  static CountingCredential demoCredential(Emulator e) {
    DemoCredentials demo = e.demo().orElseThrow();
    HttpClient http =
        new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(e.sslContext()))
            .build();
    return new CountingCredential(
        new ClientSecretCredentialBuilder()
            .tenantId(e.tenantId())
            .clientId(demo.clientId())
            .clientSecret(demo.clientSecret())
            .authorityHost(e.authorityHost().toString())
            .disableInstanceDiscovery()
            .httpClient(http)
            .build());
  }

  static PowerBiAdminClient client(
      Emulator e, TokenCredential credential, Sleeper sleeper, Tuning tuning) {
    return new PowerBiAdminClientBuilder()
        .credential(credential)
        .endpoint(e.powerBiApiUrl().toString())
        .sslContext(e.sslContext())
        // budgets in service time, on the emulator's clock, waited out by the scaled sleeper
        .rateBudgets(RateBudgets.documented())
        .clock(e.clock())
        .sleeper(sleeper)
        .readTimeout(tuning.readTimeout())
        .retryOptions(
            new RetryOptions(
                tuning.maxAttempts(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(60),
                Duration.ofHours(1)))
        .scanPollInterval(Duration.ofSeconds(30))
        .buildClient();
  }

  static RunSummary inventory(
      Emulator e, InventoryStore store, PowerBiAdminClient client, boolean resume) {
    InventoryOptions d = InventoryOptions.defaults();
    InventoryOptions paced = d.withPacing(e.clock().scale(), d.pollInitial(), d.pollMax());
    return InventoryRun.over(
            store, client, new Meter(), e.clock(), Sleeper.system(), Progress.none())
        .execute(paced, resume);
  }

  static RunSummary inventory(Emulator e, InventoryStore store, Tuning tuning) {
    return inventory(
        e, store, client(e, demoCredential(e), new EmulatedSleeper(e.clock()), tuning), false);
  }
}
