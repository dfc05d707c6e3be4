package dev.pbiadmin.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.client.ActivityEventsRequest;
import dev.pbiadmin.client.ListGroupsOptions;
import dev.pbiadmin.client.ModifiedWorkspacesOptions;
import dev.pbiadmin.client.Page;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;
import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.ScanOptions;
import dev.pbiadmin.client.ScanPoller;
import dev.pbiadmin.client.ScanResultVisitor;
import dev.pbiadmin.client.models.ActivityEvent;
import dev.pbiadmin.client.models.AdminGroup;
import dev.pbiadmin.client.models.ModifiedWorkspace;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The library end to end against the emulator over HTTPS, with real azure-identity credentials. */
class PowerBiAdminClientIT {
  @RegisterExtension
  static EmulatorExtension emulator =
      EmulatorExtension.builder().demoWorkspaces(5100).seed(11).build();

  private PowerBiAdminClient client(
      com.azure.core.credential.TokenCredential credential, EmulatedTime time) {
    Emulator e = emulator.get();
    return new PowerBiAdminClientBuilder()
        .credential(credential)
        .endpoint(e.powerBiApiUrl().toString())
        .sslContext(e.sslContext())
        .clock(e.clock())
        .sleeper(time)
        .rateBudgets(RateBudgets.documented())
        .buildClient();
  }

  private static DemoCredentials demo() {
    return emulator.get().demo().orElseThrow();
  }

  @Test
  void listGroups_secretCredential_pagesPast5000Workspaces() {
    Emulator e = emulator.get();
    PowerBiAdminClient client =
        client(
            EmulatorCredentials.secret(e, demo().clientId(), demo().clientSecret()),
            new EmulatedTime(e.clock()));

    List<AdminGroup> groups = client.listGroups(ListGroupsOptions.defaults()).stream().toList();
    List<ModifiedWorkspace> all = client.listModifiedWorkspaces(ModifiedWorkspacesOptions.all());

    Set<String> ids = new HashSet<>();
    groups.forEach(g -> ids.add(g.id()));
    assertThat(groups).hasSizeGreaterThan(5000);
    assertThat(ids).hasSameSizeAs(groups);
    assertThat(ids).containsAll(all.stream().map(ModifiedWorkspace::id).toList());
  }

  @Test
  void listGroups_certificateCredential_authenticatesWithAssertion(@TempDir Path dir)
      throws Exception {
    Emulator e = emulator.get();
    Path pemFile =
        TestCertificates.create("pbiadmin-it")
            .registerOn(e, demo().clientId())
            .writePem(dir.resolve("app.pem"));
    PowerBiAdminClient client =
        client(
            EmulatorCredentials.certificate(e, demo().clientId(), pemFile.toString()),
            new EmulatedTime(e.clock()));

    var page =
        client
            .listGroups(ListGroupsOptions.defaults().withPageSize(10))
            .streamByPage()
            .findFirst()
            .orElseThrow();

    assertThat(page.items()).hasSize(10);
    assertThat(page.continuationToken()).isEqualTo("10");
  }

  @Test
  void listActivityEvents_wholeUtcDay_followsContinuationTokensToTheEnd() {
    Emulator e = emulator.get();
    PowerBiAdminClient client =
        client(
            EmulatorCredentials.secret(e, demo().clientId(), demo().clientSecret()),
            new EmulatedTime(e.clock()));
    LocalDate yesterday = LocalDate.ofInstant(e.clock().instant(), ZoneOffset.UTC).minusDays(1);

    List<Page<ActivityEvent>> pages =
        client
            .listActivityEvents(ActivityEventsRequest.day(yesterday, null))
            .streamByPage()
            .toList();

    List<ActivityEvent> events = pages.stream().flatMap(p -> p.items().stream()).toList();
    assertThat(events).isNotEmpty();
    assertThat(events)
        .allSatisfy(
            ev ->
                assertThat(LocalDate.ofInstant(ev.creationTime(), ZoneOffset.UTC))
                    .isEqualTo(yesterday));
    assertThat(events.stream().map(ActivityEvent::id).distinct().count()).isEqualTo(events.size());
    assertThat(pages.get(pages.size() - 1).continuationToken()).isNull();
    assertThat(events.get(0).raw().has("Activity") || events.get(0).raw().has("Operation"))
        .isTrue();
  }

  @Test
  void beginWorkspaceScan_pollsOnEmulatedTimeAndStreamsEveryWorkspace() {
    Emulator e = emulator.get();
    EmulatedTime time = new EmulatedTime(e.clock());
    PowerBiAdminClient client =
        client(EmulatorCredentials.secret(e, demo().clientId(), demo().clientSecret()), time);
    List<String> ids =
        client.listModifiedWorkspaces(new ModifiedWorkspacesOptions(null, true, false)).stream()
            .limit(20)
            .map(ModifiedWorkspace::id)
            .toList();
    List<JsonNode> scanned = new ArrayList<>();

    ScanPoller poller = client.beginWorkspaceScan(ids, ScanOptions.full());
    poller.streamResult(
        new ScanResultVisitor() {
          @Override
          public void workspace(JsonNode w) {
            scanned.add(w);
          }
        });

    assertThat(poller.latest().isSucceeded()).isTrue();
    assertThat(scanned)
        .extracting(w -> w.get("id").asText())
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(time.waits())
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMinutes(5)));
  }
}
