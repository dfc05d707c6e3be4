package dev.pbiadmin.client;

import static dev.pbiadmin.client.ScriptedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.client.implementation.Json;
import dev.pbiadmin.client.models.DelegatedTenantSetting;
import dev.pbiadmin.client.models.FabricItem;
import dev.pbiadmin.client.models.TenantSetting;
import dev.pbiadmin.client.models.TenantSettingOverride;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Fabric client's reading of both list forms, its paging, and Fabric's errors through the
 * shared pipeline.
 */
class FabricAdminClientTransportTest {
  private static final String SETTING =
      "{\"settingName\":\"PublishToWeb\",\"title\":\"Publish to"
          + " web\",\"enabled\":true,\"canSpecifySecurityGroups\":true,\"tenantSettingGroup\":\"Export"
          + " and sharing settings\","
          + "\"properties\":[{\"name\":\"CreateP2w\",\"value\":\"true\",\"type\":\"Boolean\"}],\"somethingNew\":1}";
  private static final String BLOCKED =
      "{\"errorCode\":\"RequestBlocked\",\"message\":\"Request is blocked by the upstream service"
          + " until: 1/5/2026 10:00:09 AM (UTC)\",\"requestId\":\"b-1\"}";

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

  private FabricAdminClient client() {
    return new FabricAdminClientBuilder()
        .credential(credential)
        .endpoint(server.endpoint())
        .clock(time)
        .sleeper(time)
        .rateBudgets(RateBudgets.off())
        .buildClient();
  }

  @Test
  void listTenantSettings_valueOnly_tenantSettingsOnly_orBoth_allRead() {
    server
        .then(json(200, "{\"value\":[" + SETTING + "]}"))
        .then(json(200, "{\"tenantSettings\":[" + SETTING + "]}"))
        .then(json(200, "{\"tenantSettings\":[],\"value\":[" + SETTING + "]}"));
    FabricAdminClient client = client();

    for (int i = 0; i < 3; i++) {
      List<TenantSetting> settings = client.listTenantSettings().stream().toList();
      assertThat(settings).extracting(TenantSetting::settingName).containsExactly("PublishToWeb");
    }
    assertThat(server.received().get(0).pathAndQuery()).isEqualTo("/v1/admin/tenantsettings");
    assertThat(credential.scopes).containsOnly(FabricAdminClientBuilder.DEFAULT_SCOPE);
  }

  @Test
  void tenantSetting_absentListsEmpty_absentDelegationNull_unknownFieldsKeptInRaw() {
    server.then(json(200, "{\"value\":[" + SETTING + "]}"));

    TenantSetting s = client().listTenantSettings().stream().findFirst().orElseThrow();

    assertThat(s.enabledSecurityGroups()).isEmpty();
    assertThat(s.delegateToCapacity()).isNull();
    assertThat(s.properties().get(0).type()).isEqualTo("Boolean");
    assertThat(s.raw().get("somethingNew").asInt()).isEqualTo(1);
  }

  @Test
  void capacityOverrides_legacyOverridesArray_readWhenValueIsAbsent() {
    String delegated =
        "{\"settingName\":\"EnableAOAI\",\"title\":\"t\",\"enabled\":false,\"canSpecifySecurityGroups\":true,"
            + "\"delegateToWorkspace\":true,\"delegateToCapacity\":true,\"delegatedFrom\":\"Tenant\"}";
    server.then(
        json(200, "{\"Overrides\":[{\"id\":\"c1\",\"tenantSettings\":[" + delegated + "]}]}"));

    List<TenantSettingOverride> overrides =
        client().listCapacityTenantSettingOverrides().stream().toList();

    assertThat(overrides).extracting(TenantSettingOverride::id).containsExactly("c1");
    DelegatedTenantSetting s = overrides.get(0).tenantSettings().get(0);
    assertThat(s.delegatedFrom()).isEqualTo("Tenant");
    assertThat(s.setting().settingName()).isEqualTo("EnableAOAI");
    assertThat(s.setting().enabled()).isFalse();
    assertThat(s.setting().delegateToWorkspace()).isTrue();
    assertThat(s.setting().delegateToCapacity()).isNull();
    assertThat(s.setting().raw().get("delegatedFrom").asText()).isEqualTo("Tenant");
  }

  @Test
  void delegatedTenantSetting_writtenBackAsTheFlatObjectItWasReadFrom() {
    DelegatedTenantSetting s =
        DelegatedTenantSetting.fromJson(
            Json.MAPPER
                .createObjectNode()
                .put("settingName", "EnableAOAI")
                .put("enabled", true)
                .put("delegatedFrom", "Capacity"));

    JsonNode written = Json.MAPPER.valueToTree(s);

    assertThat(written.get("settingName").asText()).isEqualTo("EnableAOAI");
    assertThat(written.get("enabled").asBoolean()).isTrue();
    assertThat(written.get("delegatedFrom").asText()).isEqualTo("Capacity");
    assertThat(written.has("setting")).isFalse();
    assertThat(Json.MAPPER.convertValue(written, DelegatedTenantSetting.class).setting())
        .isEqualTo(s.setting().withRaw(written));
  }

  @Test
  void listItems_lazy_secondPageOnlyWhenReached_tokenSentBackEncodedOnce() {
    server
        .then(
            json(
                200,
                "{\"itemEntities\":[{\"id\":\"i1\",\"type\":\"Lakehouse\",\"lastUpdatedDate\":\"2022-04-29T17:47:29.98673\"}],"
                    + "\"continuationToken\":\"LDEsMTAwMDAwLDA%3D\",\"continuationUri\":\"https://elsewhere/v1/admin/items?continuationToken=x\"}"))
        .then(json(200, "{\"itemEntities\":[{\"id\":\"i2\",\"type\":\"Report\"}]}"));
    PagedList<FabricItem> items = client().listItems(new ListItemsOptions("w1", null, null, null));

    assertThat(server.received()).isEmpty();
    Iterator<FabricItem> it = items.iterator();
    FabricItem first = it.next();
    assertThat(server.received()).hasSize(1);
    assertThat(it.next().id()).isEqualTo("i2");

    assertThat(first.lastUpdatedDate()).isEqualTo(Instant.parse("2022-04-29T17:47:29.986730Z"));
    assertThat(server.received().get(0).pathAndQuery()).isEqualTo("/v1/admin/items?workspaceId=w1");
    assertThat(server.received().get(1).pathAndQuery())
        .isEqualTo("/v1/admin/items?continuationToken=LDEsMTAwMDAwLDA%3D");
  }

  @Test
  void throttled_429RequestBlocked_waitsRetryAfterThenSucceeds() {
    server.then(json(429, BLOCKED, "Retry-After", "9")).then(json(200, "{\"value\":[]}"));

    assertThat(client().listTenantSettings().stream().toList()).isEmpty();
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void forbidden_notAuthorizedNeverRetried_withFabricsErrorCodeAndTheBodysRequestId() {
    server.otherwise(
        r ->
            json(
                403,
                "{\"errorCode\":\"InsufficientPrivileges\",\"message\":\"no\",\"requestId\":\"req-7\"}"));

    assertThatThrownBy(() -> client().listWorkspaces(null).stream().toList())
        .isInstanceOfSatisfying(
            PowerBiNotAuthorizedException.class,
            e -> {
              assertThat(e.errorCode()).contains("InsufficientPrivileges");
              assertThat(e.requestId()).contains("req-7");
              assertThat(e.getMessage()).startsWith("Fabric refused the caller").contains("req-7");
            });
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void unauthorized_refreshesTheTokenOnce_thenNotAuthorized() {
    server.otherwise(
        r -> json(401, "{\"errorCode\":\"Unauthorized\",\"message\":\"no\",\"requestId\":\"r\"}"));

    assertThatThrownBy(() -> client().listTenantSettings().stream().toList())
        .isInstanceOf(PowerBiNotAuthorizedException.class);
    assertThat(server.received()).hasSize(2);
    assertThat(server.received().get(1).headers().get("Authorization"))
        .containsExactly("Bearer token-two");
  }

  @Test
  void tokenExpired_refreshedOnce_thenSucceeds() {
    server
        .then(json(401, "{\"errorCode\":\"TokenExpired\",\"message\":\"expired\"}"))
        .then(json(200, "{\"value\":[]}"));

    assertThat(client().listTenantSettings().stream().toList()).isEmpty();
    assertThat(credential.issued()).isEqualTo(2);
  }

  @Test
  void badRequest_failsWithFabricsCodeAndMessage() {
    server.then(
        json(
            400,
            "{\"errorCode\":\"InvalidItemType\",\"message\":\"The item type 'X' is not"
                + " valid.\",\"requestId\":\"q\"}"));

    assertThatThrownBy(
            () -> client().listItems(new ListItemsOptions(null, null, "X", null)).stream().toList())
        .isInstanceOfSatisfying(
            PowerBiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.errorCode()).contains("InvalidItemType");
              assertThat(e.getMessage()).contains("The item type 'X' is not valid.");
            });
  }
}
