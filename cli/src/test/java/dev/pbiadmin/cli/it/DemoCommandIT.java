package dev.pbiadmin.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code pbiadmin demo}: the README's first command, end to end on the embedded emulator. */
class DemoCommandIT {
  @Test
  void demo_smallTenant_printsClaimsAndWorkspaceSummary() {
    CliRun run = CliRun.run("demo", "--workspaces", "40", "--seed", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Emulator ready at https://127.0.0.1:")
        .contains("aud       https://analysis.windows.net/powerbi/api")
        .contains("idtyp     app")
        .contains("(hidden; --show-token prints it)")
        .containsPattern("Workspaces \\(GetGroupsAsAdmin\\): \\d+")
        .contains("by type:", "by state:")
        .doesNotContainPattern("eyJ[A-Za-z0-9_-]+\\.eyJ");
  }
}
