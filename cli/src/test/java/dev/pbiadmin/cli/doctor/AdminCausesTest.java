package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminCausesTest {
  private static final List<String> EVIDENCE = List.of("GET …/admin/groups → 401 PowerBINotAuthorizedException");

  private static GraphMembership.Group security(String name) {
    return new GraphMembership.Group("id-" + name, name, true, List.of());
  }

  private static GraphMembership.Group m365(String name) {
    return new GraphMembership.Group("id-" + name, name, false, List.of("Unified"));
  }

  @Test
  void rank_membershipUnknown_listsEveryRemainingCauseSettingFirst() {
    Diagnosis d = AdminCauses.rank(List.of(), GraphMembership.unknown("no Graph permission"), EVIDENCE);
    assertThat(d.code()).isEqualTo("ReadOnlyAdminApisSettingNotApplied");
    assertThat(d.causes()).hasSize(5);
    assertThat(d.causes().get(0)).contains("Service principals can access read-only admin APIs");
    assertThat(d.causes()).contains(AdminCauses.ADD_GROUP_NOT_APP, AdminCauses.GROUP_TYPE, AdminCauses.EXCLUDED,
        AdminCauses.PROPAGATION);
    assertThat(d.causes()).noneMatch(c -> c.contains("Tenant.Read.All"));
  }

  @Test
  void rank_noGroupsAtAll_isCertainAndSaysAddTheGroupNotTheApp() {
    Diagnosis d = AdminCauses.rank(List.of(), new GraphMembership(true, List.of(), "transitiveMemberOf"), EVIDENCE);
    assertThat(d.code()).isEqualTo("NotInAnySecurityGroup");
    assertThat(d.causes()).hasSize(1);
    assertThat(d.causes().get(0)).contains("not a member of any group", "add the group, not the app");
    assertThat(d.fix()).anyMatch(f -> f.contains("Group type \"Security\""));
  }

  @Test
  void rank_onlyMicrosoft365Groups_saysGroupTypeMustBeSecurity() {
    Diagnosis d = AdminCauses.rank(List.of(), new GraphMembership(true, List.of(m365("BI Team")), "x"), EVIDENCE);
    assertThat(d.code()).isEqualTo("OnlyMicrosoft365Groups");
    assertThat(d.causes().get(0)).contains("\"BI Team\" (Microsoft 365)", "Only groups of type Security");
    assertThat(d.causes()).noneMatch(c -> c.contains("not a member of any group"));
  }

  @Test
  void rank_inASecurityGroup_pointsAtTheSettingAndNotAtMembership() {
    Diagnosis d = AdminCauses.rank(List.of(), new GraphMembership(true, List.of(security("pbi-readers")), "x"), EVIDENCE);
    assertThat(d.code()).isEqualTo("ReadOnlyAdminApisSettingNotApplied");
    assertThat(d.causes().get(0)).contains("\"pbi-readers\" (Security)");
    assertThat(d.causes()).contains(AdminCauses.EXCLUDED, AdminCauses.PROPAGATION);
    assertThat(d.causes()).doesNotContain(AdminCauses.GROUP_TYPE);
    assertThat(d.causes()).noneMatch(c -> c.contains("not a member of any group"));
  }

  @Test
  void rank_rolesInToken_namesOnlyTheRolesUntilTheyAreGone() {
    Diagnosis d = AdminCauses.rank(List.of("Tenant.Read.All"), GraphMembership.unknown("x"), EVIDENCE);
    assertThat(d.code()).isEqualTo("PowerBiRolesInToken");
    assertThat(d.causes().get(0)).contains("Tenant.Read.All");
    assertThat(d.causes()).doesNotContain(AdminCauses.GROUP_TYPE, AdminCauses.EXCLUDED, AdminCauses.PROPAGATION);
    assertThat(d.fix()).noneMatch(step -> step.contains("Except specific security groups"));
  }
}
