package dev.pbiadmin.cli.settings;

import static dev.pbiadmin.cli.settings.States.group;
import static dev.pbiadmin.cli.settings.States.snapshot;
import static dev.pbiadmin.cli.settings.States.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {
  private final SettingState publish = tenant("PublishToWeb", true, List.of());

  @Test
  void between_sameSnapshot_noChange() {
    assertThat(SnapshotDiff.between(snapshot(publish), snapshot(publish))).isEmpty();
  }

  @Test
  void between_settingTurnedOff_exactlyOneChangeFromTrueToFalse() {
    List<Finding> changes =
        SnapshotDiff.between(snapshot(publish), snapshot(tenant("PublishToWeb", false, List.of())));

    assertThat(changes)
        .containsExactly(
            new Finding(
                "change",
                "PublishToWeb",
                "PublishToWeb title",
                "Tenant",
                "enabled",
                "true",
                "false"));
  }

  @Test
  void between_groupAddedOrOnlyRenamed_onlyTheAdditionIsAChange() {
    SettingState before = tenant("ExportToCsv", true, List.of(group(States.READERS, "Readers")));
    SettingState renamed =
        tenant("ExportToCsv", true, List.of(group(States.READERS, "Report readers")));
    SettingState added =
        tenant(
            "ExportToCsv",
            true,
            List.of(group(States.READERS, "Readers"), group(States.FINANCE, "Finance")));

    assertThat(SnapshotDiff.between(snapshot(before), snapshot(renamed))).isEmpty();
    List<Finding> changes = SnapshotDiff.between(snapshot(before), snapshot(added));
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.aspect()).isEqualTo("enabledSecurityGroups");
              assertThat(c.expected()).isEqualTo("Readers (" + States.READERS + ")");
              assertThat(c.actual())
                  .isEqualTo("Finance (" + States.FINANCE + "), Readers (" + States.READERS + ")");
            });
  }

  @Test
  void between_propertyChangedAndSettingsAddedAndRemoved_eachOneFinding() {
    SettingState newSetting = tenant("CosmosDBTenantSwitch", false, List.of());
    List<Finding> changes =
        SnapshotDiff.between(
            snapshot(
                States.withProperty(publish, "CreateP2w", "false"),
                tenant("ServicePrincipalAccess", true, List.of())),
            snapshot(States.withProperty(publish, "CreateP2w", "true"), newSetting));

    assertThat(changes)
        .extracting(Finding::settingName, Finding::aspect, Finding::expected, Finding::actual)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PublishToWeb", "properties.CreateP2w", "false", "true"),
            org.assertj.core.groups.Tuple.tuple(
                "CosmosDBTenantSwitch", "setting", null, "Disabled"),
            org.assertj.core.groups.Tuple.tuple(
                "ServicePrincipalAccess", "setting", "Entire organization", null));
  }

  @Test
  void between_overrideChanged_namesItsScope() {
    String capacity = "4f3a0000-0000-4000-8000-0000000000c1";
    List<Finding> changes =
        SnapshotDiff.between(
            snapshot(States.capacityOverride(capacity, "EnableAOAI", false)),
            snapshot(States.capacityOverride(capacity, "EnableAOAI", true)));

    assertThat(changes)
        .singleElement()
        .extracting(Finding::where)
        .isEqualTo("Capacity " + capacity);
  }
}
