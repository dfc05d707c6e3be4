package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import dev.pbiadmin.emulator.directory.SecurityGroup.Member;
import dev.pbiadmin.emulator.directory.SettingChange;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.directory.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
  private static final String SP = "aaaaaaaa-0000-0000-0000-000000000001";
  private static final String APP = "bbbbbbbb-0000-0000-0000-000000000001";
  private static final String ADMIN_GROUP = "cccccccc-0000-0000-0000-000000000001";
  private static final String OUTER_GROUP = "cccccccc-0000-0000-0000-000000000002";
  private static final String EXCLUDED_GROUP = "cccccccc-0000-0000-0000-000000000003";
  private static final String M365_GROUP = "cccccccc-0000-0000-0000-000000000004";
  private static final String ADMIN_USER = "dddddddd-0000-0000-0000-000000000001";
  private static final String PLAIN_USER = "dddddddd-0000-0000-0000-000000000002";

  private final ScaledClock clock =
      new ScaledClock(Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC), 1);
  private final InMemoryDirectory directory = new InMemoryDirectory(clock);
  private SettingStore settings = new SettingStore(directory, Duration.ZERO, clock);
  private final Operation groupsAsAdmin = OperationCatalog.get("Groups_GetGroupsAsAdmin");
  private final Operation userGroups = OperationCatalog.get("Groups_GetGroups");

  @BeforeEach
  void seed() {
    directory.saveApp(new AppRegistration(APP, SP, "Inventory", List.of(), List.of(), List.of()));
    directory.saveGroup(group(ADMIN_GROUP, "Security", new Member("ServicePrincipal", SP)));
    directory.saveGroup(group(OUTER_GROUP, "Security", new Member("Group", ADMIN_GROUP)));
    directory.saveUser(new User(ADMIN_USER, "admin@contoso.com", "Admin", null, true), null);
    directory.saveUser(new User(PLAIN_USER, "pat@contoso.com", "Pat", null, false), null);
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(ADMIN_GROUP), List.of());
    setting(TenantSetting.SERVICE_PRINCIPAL_ACCESS, true, List.of(ADMIN_GROUP), List.of());
  }

  @Test
  void decide_servicePrincipalInEnabledGroup_allowed() {
    assertThat(decide(app(), groupsAsAdmin).allowed()).isTrue();
  }

  @Test
  void decide_servicePrincipalInNestedGroup_allowed() {
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(OUTER_GROUP), List.of());
    assertThat(decide(app(), groupsAsAdmin).allowed()).isTrue();
  }

  @Test
  void decide_settingDisabled_deniedWithReason() {
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, false, List.of(ADMIN_GROUP), List.of());
    assertThat(decide(app(), groupsAsAdmin))
        .extracting(Decision::allowed, Decision::reasonCode)
        .containsExactly(false, "SETTING_DISABLED");
  }

  @Test
  void decide_settingMissing_denied() {
    InMemoryDirectory empty = new InMemoryDirectory(clock);
    empty.saveApp(new AppRegistration(APP, SP, "Inventory", List.of(), List.of(), List.of()));
    Decision d =
        new Authorizer(empty, new SettingStore(empty, Duration.ZERO, clock))
            .decide(app(), groupsAsAdmin);
    assertThat(d.reasonCode()).isEqualTo("SETTING_DISABLED");
  }

  @Test
  void decide_tenantReadAllRole_denied() {
    Decision d =
        decide(
            new Caller(
                InMemoryDirectory.TENANT, APP, SP, Set.of("Tenant.Read.All"), Set.of(), null),
            groupsAsAdmin);
    assertThat(d)
        .extracting(Decision::allowed, Decision::reasonCode)
        .containsExactly(false, "ADMIN_CONSENT_PERMISSIONS");
  }

  @Test
  void decide_servicePrincipalListedDirectlyInSetting_denied() {
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(SP), List.of());
    assertThat(decide(app(), groupsAsAdmin).reasonCode())
        .isEqualTo("LISTED_DIRECTLY_NOT_VIA_GROUP");
  }

  @Test
  void decide_servicePrincipalInNoEnabledGroup_denied() {
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(EXCLUDED_GROUP), List.of());
    directory.saveGroup(group(EXCLUDED_GROUP, "Security"));
    assertThat(decide(app(), groupsAsAdmin).reasonCode()).isEqualTo("NOT_IN_ENABLED_GROUP");
  }

  @Test
  void decide_enabledGroupIsMicrosoft365_denied() {
    directory.saveGroup(group(M365_GROUP, "Microsoft365", new Member("ServicePrincipal", SP)));
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(M365_GROUP), List.of());
    assertThat(decide(app(), groupsAsAdmin).reasonCode()).isEqualTo("GROUP_NOT_SECURITY_TYPE");
  }

  @Test
  void decide_inExcludedGroupAndEnabledGroup_mostRestrictiveWins() {
    directory.saveGroup(group(EXCLUDED_GROUP, "Security", new Member("ServicePrincipal", SP)));
    setting(
        TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(ADMIN_GROUP), List.of(EXCLUDED_GROUP));
    assertThat(decide(app(), groupsAsAdmin).reasonCode()).isEqualTo("IN_EXCLUDED_GROUP");
  }

  @Test
  void decide_enabledForEntireOrganization_allowed() {
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, true, List.of(), List.of());
    assertThat(decide(app(), groupsAsAdmin).allowed()).isTrue();
  }

  @Test
  void decide_servicePrincipalOnUserOnlyOperation_denied() {
    Decision d = decide(app(), OperationCatalog.get("Capacities_GetCapacityUsersAsAdmin"));
    assertThat(d.reasonCode()).isEqualTo("OPERATION_NOT_FOR_SERVICE_PRINCIPALS");
    assertThat(decide(app(), OperationCatalog.get("Groups_UpdateGroupAsAdmin")).allowed())
        .isFalse();
  }

  @Test
  void decide_nonAdminApiWithOnlyDeveloperSetting_allowedButAdminDenied() {
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, false, List.of(), List.of());
    assertThat(decide(app(), userGroups).allowed()).isTrue();
    assertThat(decide(app(), groupsAsAdmin).allowed()).isFalse();
  }

  @Test
  void decide_nonAdminApiWithDeveloperSettingDisabled_denied() {
    setting(TenantSetting.SERVICE_PRINCIPAL_ACCESS, false, List.of(), List.of());
    assertThat(decide(app(), userGroups).reasonCode()).isEqualTo("SETTING_DISABLED");
  }

  @Test
  void decide_nonAdminApiWithTenantRole_stillAllowed() {
    Caller withRole =
        new Caller(InMemoryDirectory.TENANT, APP, SP, Set.of("Tenant.Read.All"), Set.of(), null);
    assertThat(decide(withRole, userGroups).allowed()).isTrue();
  }

  @Test
  void decide_fabricAdminWithTenantReadAll_allowed() {
    assertThat(decide(user(ADMIN_USER, "Tenant.Read.All"), groupsAsAdmin).allowed()).isTrue();
  }

  @Test
  void decide_fabricAdminWithoutTenantScope_denied() {
    assertThat(decide(user(ADMIN_USER, "Workspace.Read.All"), groupsAsAdmin).reasonCode())
        .isEqualTo("MISSING_SCOPE");
  }

  @Test
  void decide_fabricAdminWriteWithReadScope_denied() {
    assertThat(
            decide(
                    user(ADMIN_USER, "Tenant.Read.All"),
                    OperationCatalog.get("Groups_UpdateGroupAsAdmin"))
                .allowed())
        .isFalse();
    assertThat(
            decide(
                    user(ADMIN_USER, "Tenant.ReadWrite.All"),
                    OperationCatalog.get("Groups_UpdateGroupAsAdmin"))
                .allowed())
        .isTrue();
  }

  @Test
  void decide_nonAdminUserOnAdminApi_denied() {
    assertThat(decide(user(PLAIN_USER, "Tenant.Read.All"), groupsAsAdmin).reasonCode())
        .isEqualTo("NOT_FABRIC_ADMINISTRATOR");
  }

  @Test
  void decide_userOnNonAdminApiWithWorkspaceScope_allowed() {
    assertThat(decide(user(PLAIN_USER, "Workspace.Read.All"), userGroups).allowed()).isTrue();
    assertThat(decide(user(PLAIN_USER, "Report.Read.All"), userGroups).allowed()).isFalse();
  }

  @Test
  void decide_foreignTenant_denied() {
    Caller foreign =
        new Caller("99999999-0000-0000-0000-000000000000", APP, SP, Set.of(), Set.of(), null);
    assertThat(decide(foreign, groupsAsAdmin).reasonCode()).isEqualTo("FOREIGN_TENANT");
  }

  @Test
  void decide_settingEnabledDuringPropagationDelay_stillDeniedUntilDelayPasses() {
    settings = new SettingStore(directory, Duration.ofMinutes(15), clock);
    setting(TenantSetting.READ_ONLY_ADMIN_APIS, false, List.of(ADMIN_GROUP), List.of());
    settings.update(
        TenantSetting.READ_ONLY_ADMIN_APIS,
        SettingChange.of(true, List.of(ADMIN_GROUP), List.of()),
        false);

    assertThat(decide(app(), groupsAsAdmin).reason()).contains("has not taken effect");
    clock.advance(Duration.ofMinutes(15));
    assertThat(decide(app(), groupsAsAdmin).allowed()).isTrue();
  }

  @Test
  void decide_seededSettingWithDelay_appliesAtOnce() {
    settings = new SettingStore(directory, Duration.ofMinutes(15), clock);
    assertThat(decide(app(), groupsAsAdmin).allowed()).isTrue();
  }

  @Test
  void settingAppliesTo_metadataSettingForGroup_true() {
    setting(TenantSetting.DETAILED_METADATA, true, List.of(OUTER_GROUP), List.of());
    Authorizer authorizer = new Authorizer(directory, settings);
    assertThat(authorizer.settingAppliesTo(TenantSetting.DETAILED_METADATA, SP)).isTrue();
    assertThat(authorizer.settingAppliesTo(TenantSetting.EXPRESSIONS, SP)).isFalse();
  }

  private Decision decide(Caller caller, Operation op) {
    return new Authorizer(directory, settings).decide(caller, op);
  }

  private static Caller app() {
    return new Caller(InMemoryDirectory.TENANT, APP, SP, Set.of(), Set.of(), null);
  }

  private static Caller user(String oid, String... scopes) {
    return new Caller(
        InMemoryDirectory.TENANT,
        "eeeeeeee-0000-0000-0000-000000000001",
        oid,
        Set.of(),
        Set.of(scopes),
        "someone@contoso.com");
  }

  private static SecurityGroup group(String id, String type, Member... members) {
    return new SecurityGroup(id, id, type, List.of(members));
  }

  private void setting(String name, boolean enabled, List<String> groups, List<String> excluded) {
    directory.saveSetting(new TenantSetting(name, name, enabled, groups, excluded, null));
  }
}
