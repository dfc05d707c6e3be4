package dev.pbiadmin.cli.settings;

import static dev.pbiadmin.cli.settings.States.group;
import static dev.pbiadmin.cli.settings.States.snapshot;
import static dev.pbiadmin.cli.settings.States.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  @Test
  void drift_matchingTenant_none() throws Exception {
    Baseline baseline =
        baseline(
            """
            PublishToWeb: disabled
            ExportToCsv:
              groups: [Readers]
            """);

    assertThat(
            Drift.of(
                baseline,
                snapshot(
                    tenant("PublishToWeb", false, List.of()),
                    tenant("ExportToCsv", true, List.of(group(States.READERS, "Readers"))))))
        .isEmpty();
  }

  @Test
  void drift_stateGroupsPropertiesAndMissingSettings_oneFindingEach() throws Exception {
    Baseline baseline =
        baseline(
            """
            PublishToWeb:
              state: disabled
              properties: {CreateP2w: "false"}
            ExportToCsv:
              state: specific-groups
              groups: [Finance, %s]
            GoneSetting: enabled
            """
                .formatted(States.READERS));
    Snapshot snapshot =
        snapshot(
            States.withProperty(tenant("PublishToWeb", true, List.of()), "CreateP2w", "true"),
            tenant("ExportToCsv", true, List.of(group(States.READERS, "Readers"))));

    assertThat(Drift.of(baseline, snapshot))
        .extracting(Finding::settingName, Finding::aspect, Finding::expected, Finding::actual)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PublishToWeb", "state", "disabled", "entire-organization"),
            org.assertj.core.groups.Tuple.tuple(
                "PublishToWeb", "properties.CreateP2w", "false", "true"),
            org.assertj.core.groups.Tuple.tuple(
                "ExportToCsv",
                "enabledSecurityGroups",
                States.READERS + ", Finance",
                "Readers (" + States.READERS + ")"),
            org.assertj.core.groups.Tuple.tuple(
                "GoneSetting", "setting", "present", "not in the tenant (renamed or retired?)"));
  }

  @Test
  void drift_delegationOfASettingThatCannotBeDelegated_saysSo() throws Exception {
    Baseline baseline = baseline("PublishToWeb:\n  delegateToCapacity: false\n");

    assertThat(Drift.of(baseline, snapshot(tenant("PublishToWeb", true, List.of()))))
        .singleElement()
        .extracting(Finding::actual)
        .isEqualTo("not delegable");
  }

  @Test
  void read_unknownKeyOrState_usageErrorNamingSettingAndKey() throws Exception {
    assertThatThrownBy(() -> baseline("PublishToWeb:\n  stat: disabled\n"))
        .isInstanceOfSatisfying(
            CliException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(e.getMessage()).contains("PublishToWeb: unknown key 'stat'");
            });
    assertThatThrownBy(() -> baseline("PublishToWeb: closed\n"))
        .hasMessageContaining("state 'closed' is not one of");
    assertThat(baseline("PublishToWeb: off\n").expectations().get(0).state()).isEqualTo("disabled");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.yaml")))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO));
  }

  private Baseline baseline(String yaml) throws Exception {
    Path file = dir.resolve("baseline.yaml");
    Files.writeString(file, yaml);
    return Baseline.read(file);
  }
}
