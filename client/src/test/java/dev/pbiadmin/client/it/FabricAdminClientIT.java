package dev.pbiadmin.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.TokenCredential;
import dev.pbiadmin.client.FabricAdminClient;
import dev.pbiadmin.client.FabricAdminClientBuilder;
import dev.pbiadmin.client.ListItemsOptions;
import dev.pbiadmin.client.ListWorkspacesOptions;
import dev.pbiadmin.client.Page;
import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.RetryOptions;
import dev.pbiadmin.client.ThrottledException;
import dev.pbiadmin.client.models.FabricItem;
import dev.pbiadmin.client.models.FabricWorkspace;
import dev.pbiadmin.client.models.TenantSetting;
import dev.pbiadmin.client.models.TenantSettingOverride;
import dev.pbiadmin.client.models.TenantSettingProperty;
import dev.pbiadmin.client.models.UpdateTenantSettingRequest;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.Management;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Fabric client end to end against the emulator over HTTPS, with real azure-identity
 * credentials.
 */
class FabricAdminClientIT {
  @RegisterExtension
  static EmulatorExtension emulator =
      EmulatorExtension.builder().demoWorkspaces(30).fabricPageSize(8).build();

  private Management management;

  @BeforeEach
  void setUp() {
    management = new Management(emulator.get());
    emulator.get().powerBi().rateLimiter().reset();
  }

  private FabricAdminClient client(TokenCredential credential, EmulatedTime time) {
    Emulator e = emulator.get();
    return new FabricAdminClientBuilder()
        .credential(credential)
        .endpoint(e.fabricApiUrl().toString())
        .sslContext(e.sslContext())
        .clock(e.clock())
        .sleeper(time)
        .rateBudgets(RateBudgets.documented())
        .buildClient();
  }

  private FabricAdminClient demoClient() {
    DemoCredentials demo = emulator.get().demo().orElseThrow();
    return client(
        EmulatorCredentials.secret(emulator.get(), demo.clientId(), demo.clientSecret()),
        new EmulatedTime(emulator.get().clock()));
  }

  @Test
  void listTenantSettings_everySettingWithItsGroupsPropertiesAndDelegationKeys() {
    List<TenantSetting> settings = demoClient().listTenantSettings().stream().toList();

    assertThat(settings).hasSize(emulator.get().directory().settings().size());
    TenantSetting readOnly = named(settings, "AllowServicePrincipalsUseReadAdminAPIs");
    assertThat(readOnly.enabledSecurityGroups())
        .extracting(g -> g.name())
        .containsExactly("Power BI admin API readers");
    assertThat(readOnly.delegateToCapacity()).isNull();
    assertThat(named(settings, "AdminCustomDisclaimer").properties())
        .extracting(TenantSettingProperty::type)
        .containsExactly("Freetext");
    assertThat(named(settings, "EnableAOAI").delegateToCapacity()).isTrue();
    assertThat(readOnly.raw().get("tenantSettingGroup").asText()).isEqualTo("Admin API settings");
  }

  @Test
  void updateTenantSetting_withTheUpdatesSetting_returnsTheStoredSetting_listedAfterwards() {
    String readers =
        emulator
            .get()
            .directory()
            .findSetting("AllowServicePrincipalsUseReadAdminAPIs")
            .orElseThrow()
            .enabledSecurityGroups()
            .get(0);
    management.put(
        "/emulator/settings/AllowServicePrincipalsUseWriteAdminAPIs",
        Map.of("enabled", true, "enabledSecurityGroups", List.of(readers)));
    FabricAdminClient client = demoClient();
    try {
      TenantSetting saved =
          client.updateTenantSetting(
              "PublishToWeb",
              new UpdateTenantSettingRequest(
                  false,
                  null,
                  null,
                  List.of(new TenantSettingProperty("CreateP2w", "false", "Boolean")),
                  null,
                  null,
                  null));

      assertThat(saved.enabled()).isFalse();
      assertThat(named(client.listTenantSettings().stream().toList(), "PublishToWeb").enabled())
          .isFalse();
    } finally {
      management.put(
          "/emulator/settings/AllowServicePrincipalsUseWriteAdminAPIs", Map.of("enabled", false));
    }
  }

  @Test
  void updateTenantSetting_withoutTheUpdatesSetting_notAuthorizedWithFabricsCode() {
    assertThatThrownBy(
            () ->
                demoClient()
                    .updateTenantSetting("PublishToWeb", UpdateTenantSettingRequest.of(true)))
        .isInstanceOfSatisfying(
            PowerBiNotAuthorizedException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.errorCode()).contains("Forbidden");
              assertThat(e.requestId()).isPresent();
            });
  }

  @Test
  void listWorkspaces_pagesLazilyByContinuationToken_everyWorkspace() {
    List<Page<FabricWorkspace>> pages =
        demoClient().listWorkspaces(ListWorkspacesOptions.all()).streamByPage().toList();

    assertThat(pages.size()).isGreaterThan(1);
    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(FabricWorkspace::id).toList())
        .containsExactlyElementsOf(
            emulator.get().powerBi().content().workspaces().stream().map(Workspace::id).toList());
  }

  @Test
  void listItems_resumesFromASavedToken_andFiltersByWorkspace() {
    FabricAdminClient client = demoClient();
    List<FabricItem> all = client.listItems(ListItemsOptions.all()).stream().toList();
    String token =
        client
            .listItems(ListItemsOptions.all())
            .streamByPage()
            .findFirst()
            .orElseThrow()
            .continuationToken();

    List<FabricItem> rest =
        client
            .listItems(ListItemsOptions.all())
            .streamByPage(token)
            .flatMap(p -> p.items().stream())
            .toList();
    Workspace w =
        emulator.get().powerBi().content().workspaces().stream()
            .filter(x -> x.isActive() && !x.reports().isEmpty())
            .findFirst()
            .orElseThrow();
    List<FabricItem> inOne =
        client.listItems(ListItemsOptions.inWorkspace(w.id())).stream().toList();

    assertThat(rest).containsExactlyElementsOf(all.subList(8, all.size()));
    assertThat(inOne).isNotEmpty().allMatch(i -> i.workspaceId().equals(w.id()));
    assertThat(all).allMatch(i -> i.lastUpdatedDate() != null || i.type().equals("Dashboard"));
  }

  @Test
  void overridesAndAccessLists_readThroughTheSharedPipeline() {
    FabricAdminClient client = demoClient();
    List<TenantSettingOverride> capacity =
        client.listCapacityTenantSettingOverrides().stream().toList();
    List<TenantSettingOverride> workspace =
        client.listWorkspaceTenantSettingOverrides().stream().toList();
    Workspace w =
        emulator.get().powerBi().content().workspaces().stream()
            .filter(x -> !x.users().isEmpty())
            .findFirst()
            .orElseThrow();

    assertThat(capacity)
        .flatExtracting(TenantSettingOverride::tenantSettings)
        .extracting(s -> s.setting().settingName())
        .contains("EnableAOAI");
    assertThat(workspace)
        .flatExtracting(TenantSettingOverride::tenantSettings)
        .extracting(s -> s.delegatedFrom())
        .containsOnly("Tenant");
    assertThat(client.listWorkspaceAccessDetails(w.id())).hasSize(w.users().size());
    assertThat(client.listDomainTenantSettingOverrides().stream().toList()).isEmpty();
  }

  @Test
  void quota_throttledBeyondTheRetryWait_throttledExceptionSaysWhen() {
    DemoCredentials demo = emulator.get().demo().orElseThrow();
    FabricAdminClient impatient =
        new FabricAdminClientBuilder()
            .credential(
                EmulatorCredentials.secret(emulator.get(), demo.clientId(), demo.clientSecret()))
            .endpoint(emulator.get().fabricApiUrl().toString())
            .sslContext(emulator.get().sslContext())
            .rateBudgets(RateBudgets.off())
            .retryOptions(RetryOptions.defaults().withMaxRetryWait(Duration.ofMillis(1)))
            .buildClient();
    for (int i = 0; i < 25; i++) {
      impatient.listTenantSettings().stream().findFirst();
    }

    assertThatThrownBy(() -> impatient.listTenantSettings().stream().toList())
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> {
              assertThat(e.retryAfter()).isPresent();
              assertThat(e.getMessage()).contains("throttled by Fabric");
            });
  }

  @Test
  void tokenExpiredOnTheServiceClock_refreshedOnceAndTheCallSucceeds() {
    FabricAdminClient client = demoClient();
    client.listTenantSettings().stream().findFirst();
    management.post("/emulator/time/advance", Map.of("duration", "PT2H"));

    assertThat(client.listTenantSettings().stream().toList()).isNotEmpty();
  }

  private static TenantSetting named(List<TenantSetting> settings, String name) {
    return settings.stream().filter(s -> s.settingName().equals(name)).findFirst().orElseThrow();
  }
}
