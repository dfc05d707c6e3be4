package dev.pbiadmin.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.doctor.GraphMembership.Group;
import dev.pbiadmin.cli.doctor.SettingVerdict.Outcome;
import dev.pbiadmin.client.models.TenantSetting;
import dev.pbiadmin.client.models.TenantSettingProperty;
import dev.pbiadmin.client.models.TenantSettingSecurityGroup;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingVerdictTest {
  private static final String SP = "5p000000-0000-0000-0000-000000000000";
  private static final TenantSettingSecurityGroup READERS =
      new TenantSettingSecurityGroup("g-readers", "Readers");
  private static final TenantSettingSecurityGroup BLOCKED =
      new TenantSettingSecurityGroup("g-blocked", "Blocked");
  private static final TenantSettingSecurityGroup TEAM =
      new TenantSettingSecurityGroup("g-team", "Team");

  @Test
  void enabledGroupAndExcludedGroup_refusesNamingBothAndRemovesOnlyTheExceptionKeepingProperties() {
    TenantSetting s =
        setting(
            true,
            List.of(READERS),
            List.of(BLOCKED),
            List.of(new TenantSettingProperty("Kept", "value", "Freetext")));
    SettingVerdict v =
        SettingVerdict.judge(
            s, member(security("g-readers", true), security("g-blocked", true)), SP);
    assertThat(v.outcome()).isEqualTo(Outcome.REFUSES);
    assertThat(v.reason()).isEqualTo("Excluded");
    assertThat(v.fact())
        .contains(
            "is enabled for \"Readers\", except \"Blocked\"; this service principal is in"
                + " \"Readers\" but also in the excluded group \"Blocked\"");
    var request = v.change().orElseThrow().request();
    assertThat(request.enabledSecurityGroups()).containsExactly(READERS);
    assertThat(request.excludedSecurityGroups()).isNull();
    assertThat(request.properties())
        .extracting(TenantSettingProperty::name)
        .containsExactly("Kept");
  }

  @Test
  void
      enabledForTheOrganizationExceptAGroupReachedThroughNesting_refusesSayingThroughANestedGroup() {
    SettingVerdict v =
        SettingVerdict.judge(
            setting(true, List.of(), List.of(BLOCKED), List.of()),
            member(security("g-blocked", false)),
            SP);
    assertThat(v.fact())
        .contains(
            "enabled for the entire organization, except \"Blocked\"",
            "in the excluded group \"Blocked\" (through a nested group)");
  }

  @Test
  void disabled_refusesAndProposesEnablingItForTheOneSecurityGroupTheServicePrincipalIsIn() {
    SettingVerdict v =
        SettingVerdict.judge(
            setting(false, List.of(), List.of(), List.of()), member(security("g-team", true)), SP);
    assertThat(v.reason()).isEqualTo("Disabled");
    assertThat(v.change().orElseThrow().request().enabled()).isTrue();
    assertThat(v.change().orElseThrow().request().enabledSecurityGroups())
        .extracting(TenantSettingSecurityGroup::graphId)
        .containsExactly("g-team");
  }

  @Test
  void
      inTheEnabledGroupOnlyAsAMicrosoft365Group_refusesAsNotASecurityGroupWithoutAnAutomaticChange() {
    Group m365 =
        new Group(
            "g-team",
            Optional.of("Team"),
            Optional.of(false),
            Optional.of(List.of("Unified")),
            Optional.of(true));
    SettingVerdict v =
        SettingVerdict.judge(
            setting(true, List.of(READERS, TEAM), List.of(), List.of()), member(m365), SP);
    assertThat(v.reason()).isEqualTo("NotSecurityGroup");
    assertThat(v.fact()).contains("\"Team\" (Microsoft 365)", "only groups of type Security count");
    assertThat(v.change()).isEmpty();
    assertThat(v.manual().orElseThrow()).contains("Group type \"Security\"");
  }

  @Test
  void groupWhoseTypeGraphLeftOut_isNeverJudgedAsSecurity() {
    Group partial =
        new Group(
            "g-team", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true));
    SettingVerdict v =
        SettingVerdict.judge(
            setting(true, List.of(TEAM), List.of(), List.of()), member(partial), SP);
    assertThat(v.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(v.fact()).contains("\"Team\" (type unknown)", "whose type Graph did not return");
  }

  @Test
  void inAnEnabledSecurityGroupAndNoExcludedOne_admits() {
    SettingVerdict v =
        SettingVerdict.judge(
            setting(true, List.of(READERS), List.of(BLOCKED), List.of()),
            member(security("g-readers", true)),
            SP);
    assertThat(v.outcome()).isEqualTo(Outcome.ADMITS);
    assertThat(v.change()).isEmpty();
  }

  @Test
  void membershipsUnknown_aRestrictedSettingStaysUnknownButOneForTheWholeOrganizationAdmits() {
    GraphMembership unknown = GraphMembership.unknown("no permission");
    assertThat(
            SettingVerdict.judge(setting(true, List.of(READERS), List.of(), List.of()), unknown, SP)
                .outcome())
        .isEqualTo(Outcome.UNKNOWN);
    assertThat(
            SettingVerdict.judge(setting(true, List.of(), List.of(), List.of()), unknown, SP)
                .outcome())
        .isEqualTo(Outcome.ADMITS);
    assertThat(
            SettingVerdict.judge(setting(false, List.of(), List.of(), List.of()), unknown, SP)
                .outcome())
        .isEqualTo(Outcome.REFUSES);
  }

  @Test
  void settingListsTheServicePrincipalItself_refusesSayingAddTheGroupNotTheApp() {
    TenantSettingSecurityGroup app = new TenantSettingSecurityGroup(SP, "my app");
    SettingVerdict v =
        SettingVerdict.judge(setting(true, List.of(app), List.of(), List.of()), member(), SP);
    assertThat(v.reason()).isEqualTo("ListedDirectly");
    assertThat(v.fact()).contains("add the group, not the app");
  }

  private static TenantSetting setting(
      boolean enabled,
      List<TenantSettingSecurityGroup> on,
      List<TenantSettingSecurityGroup> off,
      List<TenantSettingProperty> properties) {
    return new TenantSetting(
        "AllowServicePrincipalsUseReadAdminAPIs",
        "Service principals can access read-only admin APIs",
        enabled,
        true,
        on,
        off,
        "Admin API settings",
        properties,
        null,
        null,
        null,
        null);
  }

  private static Group security(String id, boolean direct) {
    String name =
        switch (id) {
          case "g-readers" -> "Readers";
          case "g-blocked" -> "Blocked";
          default -> "Team";
        };
    return new Group(
        id, Optional.of(name), Optional.of(true), Optional.of(List.of()), Optional.of(direct));
  }

  private static GraphMembership member(Group... groups) {
    return new GraphMembership(
        true, List.of(groups), "transitive memberships (transitiveMemberOf)");
  }
}
