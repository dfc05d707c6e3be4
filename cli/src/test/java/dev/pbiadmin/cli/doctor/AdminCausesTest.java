package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.doctor.GraphMembership.Group;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminCausesTest {
  private static final List<String> EVIDENCE =
      List.of("GET …/admin/capacities → 401 PowerBINotAuthorizedException");
  private static final Token APP = Fixtures.token(Map.of());

  private static Group security(String name) {
    return new Group(
        "id-" + name,
        Optional.of(name),
        Optional.of(true),
        Optional.of(List.of()),
        Optional.of(true));
  }

  private static Group m365(String name) {
    return new Group(
        "id-" + name,
        Optional.of(name),
        Optional.of(false),
        Optional.of(List.of("Unified")),
        Optional.of(true));
  }

  /** What Graph returns with only Application.Read.All: the id, every other property null. */
  private static Group idOnly(String id) {
    return new Group(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true));
  }

  private static GraphMembership known(Group... groups) {
    return new GraphMembership(true, List.of(groups), "transitiveMemberOf");
  }

  @Test
  void rank_membershipUnknown_firstCauseCoversEveryWayTheSettingCanRefuseExceptionFirst() {
    Diagnosis d = AdminCauses.rank(APP, GraphMembership.unknown("no Graph permission"), EVIDENCE);
    assertThat(d.code()).isEqualTo("ReadOnlyAdminApisSettingNotApplied");
    assertThat(d.causes())
        .containsExactly(
            AdminCauses.NOT_ADMITTED,
            AdminCauses.ADD_GROUP_NOT_APP,
            AdminCauses.GROUP_TYPE,
            AdminCauses.PROPAGATION);
    assertThat(d.causes().get(0))
        .containsSubsequence("Except specific security groups", "disabled", "not enabled");
    assertThat(d.causes()).noneMatch(c -> c.contains("Tenant.Read.All"));
  }

  @Test
  void rank_noGroupsAtAll_isCertainAndSaysAddTheGroupNotTheApp() {
    Diagnosis d = AdminCauses.rank(APP, known(), EVIDENCE);
    assertThat(d.code()).isEqualTo("NotInAnySecurityGroup");
    assertThat(d.causes())
        .singleElement()
        .asString()
        .contains("not a member of any group", "add the group, not the app");
    assertThat(d.fix()).anyMatch(f -> f.contains("Group type \"Security\""));
  }

  @Test
  void rank_onlyMicrosoft365Groups_saysGroupTypeMustBeSecurity() {
    Diagnosis d = AdminCauses.rank(APP, known(m365("BI Team")), EVIDENCE);
    assertThat(d.code()).isEqualTo("OnlyMicrosoft365Groups");
    assertThat(d.causes().get(0))
        .contains("\"BI Team\" (Microsoft 365)", "Only groups of type Security");
  }

  @Test
  void rank_oneSecurityGroup_settingFirstThenExceptionThenPropagation() {
    Diagnosis d = AdminCauses.rank(APP, known(security("pbi-readers")), EVIDENCE);
    assertThat(d.code()).isEqualTo("ReadOnlyAdminApisSettingNotApplied");
    assertThat(d.causes().get(0)).contains("disabled", "\"pbi-readers\" (Security)");
    assertThat(d.causes().get(1)).contains("Except specific security groups");
    assertThat(d.causes()).last().isEqualTo(AdminCauses.PROPAGATION);
    assertThat(d.causes())
        .noneMatch(c -> c.contains("Microsoft 365") || c.contains("not a member of any group"));
  }

  @Test
  void rank_twoSecurityGroups_exceptionComesFirst() {
    Diagnosis d =
        AdminCauses.rank(APP, known(security("readers"), security("no admin APIs")), EVIDENCE);
    assertThat(d.code()).isEqualTo("ExcludedSecurityGroup");
    assertThat(d.causes().get(0))
        .contains("2 security groups", "\"readers\"", "\"no admin APIs\"", "Except specific");
    assertThat(d.fix().get(0)).contains("Except specific security groups");
  }

  @Test
  void rank_microsoft365AndUnrelatedSecurityGroup_keepsTheMicrosoft365Cause() {
    Diagnosis d = AdminCauses.rank(APP, known(m365("BI team"), security("VPN users")), EVIDENCE);
    assertThat(d.code()).isEqualTo("Microsoft365GroupInSetting");
    assertThat(d.causes().get(0)).contains("\"BI team\" (Microsoft 365)");
    assertThat(d.causes())
        .anyMatch(c -> c.contains("\"VPN users\" (Security)") && c.contains("disabled"));
  }

  @Test
  void rank_groupsWithoutNamesOrTypes_neverStatesATypeAndKeepsTheMicrosoft365Possibility() {
    Diagnosis d =
        AdminCauses.rank(APP, known(idOnly("0f0f0f0f-1111-2222-3333-444444444444")), EVIDENCE);
    assertThat(d.code()).isNotIn("NotInAnySecurityGroup", "OnlyMicrosoft365Groups");
    assertThat(String.join(" ", d.causes()))
        .contains("group 0f0f0f0f-1111-2222-3333-444444444444 (name unknown)", "type unknown")
        .doesNotContain("\"null\"", "(Security)");
    assertThat(d.causes()).anyMatch(c -> c.contains("Microsoft 365"));
  }

  @Test
  void rank_groupReachedThroughNesting_saysSoAmongTheCauses() {
    Group outer =
        new Group(
            "id-outer",
            Optional.of("outer"),
            Optional.of(true),
            Optional.of(List.of()),
            Optional.of(false));
    Diagnosis d = AdminCauses.rank(APP, known(security("inner"), outer), EVIDENCE);
    assertThat(d.causes())
        .anyMatch(
            c ->
                c.contains("\"outer\" (Security, through a nested group)")
                    && c.contains("directly"));
  }

  @Test
  void rank_rolesInToken_namesOnlyTheRolesUntilTheyAreGone() {
    Diagnosis d =
        AdminCauses.rank(
            Fixtures.token(Map.of("roles", List.of("Tenant.Read.All"))),
            GraphMembership.unknown("x"),
            EVIDENCE);
    assertThat(d.code()).isEqualTo("PowerBiRolesInToken");
    assertThat(d.causes().get(0)).contains("Tenant.Read.All");
    assertThat(d.causes()).doesNotContain(AdminCauses.GROUP_TYPE, AdminCauses.PROPAGATION);
    assertThat(d.fix()).noneMatch(step -> step.contains("Except specific security groups"));
  }

  @Test
  void rank_userWithTenantScope_isNotAFabricAdministratorAndNeverAboutGroups() {
    Diagnosis d =
        AdminCauses.rank(
            Fixtures.userToken("ann@contoso.com", "Tenant.Read.All"),
            GraphMembership.unknown("a user"),
            EVIDENCE);
    assertThat(d.code()).isEqualTo("NotFabricAdministrator");
    assertThat(d.causes().get(0)).contains("ann@contoso.com", "Fabric Administrator");
    assertThat(String.join(" ", d.causes()) + String.join(" ", d.fix()))
        .doesNotContain("security group", "Except specific");
    assertThat(d.fix().get(0)).contains("Fabric Administrator", "ann@contoso.com");
  }

  @Test
  void rank_userWithoutTenantScope_namesTheScopeFirst() {
    Diagnosis d =
        AdminCauses.rank(
            Fixtures.userToken("ann@contoso.com", "Dataset.Read.All"),
            GraphMembership.unknown("a user"),
            EVIDENCE);
    assertThat(d.code()).isEqualTo("DelegatedScopeMissing");
  }

  @Test
  void rank_userWhoseWidsListNoAdminRole_isCertainlyNotAnAdministrator() {
    Token token =
        Fixtures.token(
            Map.of(
                "scp",
                "Tenant.Read.All",
                "upn",
                "ann@contoso.com",
                "wids",
                List.of("b79fbf4d-3ef9-4689-8143-76b194e85509")));
    Diagnosis d = AdminCauses.rank(token, GraphMembership.unknown("a user"), EVIDENCE);
    assertThat(d.code()).isEqualTo("NotFabricAdministrator");
    assertThat(d.causes()).singleElement().asString().contains("wids");
  }
}
