package dev.pbiadmin.cli.inventory;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;
import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs inventories in-process against an embedded emulator as its demo service principal, with the
 * real client, azure-identity and HTTPS, and the emulator's scaled clock as the run's clock.
 */
final class EmulatorRuns {
  private EmulatorRuns() {}

  static RunSummary run(Emulator e, Path db, InventoryOptions options, boolean resume) {
    try (InventoryStore store = InventoryStore.open(db)) {
      return run(e, store, options, resume);
    }
  }

  static RunSummary run(
      Emulator e, InventoryStore store, InventoryOptions options, boolean resume) {
    Meter meter = new Meter();
    PowerBiAdminClient client = client(e, meter);
    double scale = e.clock().scale();
    InventoryOptions paced = options.withPacing(scale, options.pollInitial(), options.pollMax());
    return InventoryRun.over(store, client, meter, e.clock(), Sleeper.system(), Progress.none())
        .execute(paced, resume);
  }

  /** The demo service principal's client, paced to the emulator's clock. */
  static PowerBiAdminClient client(Emulator e, Meter meter) {
    double scale = e.clock().scale();
    DemoCredentials demo = e.demo().orElseThrow();
    HttpClient http =
        new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(e.sslContext()))
            .build();
    var credential =
        new ClientSecretCredentialBuilder()
            .tenantId(e.tenantId())
            .clientId(demo.clientId())
            .clientSecret(demo.clientSecret())
            .authorityHost(e.authorityHost().toString())
            .disableInstanceDiscovery()
            .httpClient(http)
            .build();
    return new PowerBiAdminClientBuilder()
        .credential(credential)
        .endpoint(e.powerBiApiUrl().toString())
        .sslContext(e.sslContext())
        .rateBudgets(RateBudgets.documented().timeScale(scale))
        .clock(e.clock())
        .sleeper(meter.counting(Sleeper.system()))
        .scanPollInterval(Duration.ofMillis(100))
        .buildClient();
  }
}
