package dev.pbiadmin.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.content.ContentCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin demo}: the README's first command, end to end on the embedded emulator. The
 * ground truth comes from a second emulator generated from the same seed and size.
 */
class DemoCommandIT {
  private static final int WORKSPACES = 150;
  private static final long SEED = 3;

  @TempDir Path dir;

  @Test
  void demo_smallTenant_extractsInventoryWhoseCountsEqualTheGroundTruth() throws Exception {
    ContentCounts truth;
    try (Emulator e =
        Emulator.builder()
            .dataDir(dir.resolve("truth"))
            .demoWorkspaces(WORKSPACES)
            .seed(SEED)
            .build()
            .start()) {
      truth = e.powerBi().content().counts();
    }
    Path db = dir.resolve("demo.duckdb");
    Files.writeString(db, "not a database: the demo replaces it");

    CliRun run =
        CliRun.run(
            "demo",
            "--workspaces",
            String.valueOf(WORKSPACES),
            "--seed",
            String.valueOf(SEED),
            "--db",
            db.toString());

    assertThat(run.exitCode()).as(run.all()).isZero();
    String out = run.out();
    assertThat(out)
        .contains("Emulator ready at https://127.0.0.1:")
        .contains("aud       https://analysis.windows.net/powerbi/api")
        .contains("idtyp     app")
        .contains("(hidden; --show-token prints it)")
        .contains("Inventory run 1 (full): succeeded")
        .contains(
            "-- Orphaned workspaces (no admin)",
            "-- Semantic models without reports",
            "-- Datasources by type")
        .contains("duckdb " + db)
        .doesNotContainPattern("eyJ[A-Za-z0-9_-]+\\.eyJ");
    assertThat(count(out, "workspaces")).isEqualTo(truth.workspaces());
    assertThat(count(out, "workspace_users")).isEqualTo(truth.workspaceUsers());
    assertThat(count(out, "semantic_models")).isEqualTo(truth.datasets());
    assertThat(count(out, "reports")).isEqualTo(truth.reports());
    assertThat(count(out, "dashboards")).isEqualTo(truth.dashboards());
    assertThat(count(out, "dashboard_tiles")).isEqualTo(truth.tiles());
    assertThat(count(out, "dataflows")).isEqualTo(truth.dataflows());
    assertThat(count(out, "datamarts")).isEqualTo(truth.datamarts());
    assertThat(count(out, "datasources")).isEqualTo(truth.datasources());
    assertThat(rows(out, "Orphaned workspaces (no admin)")).isEqualTo(truth.orphanedWorkspaces());
    assertThat(Files.size(db)).isGreaterThan(100_000);
  }

  @Test
  void demo_zeroWorkspaces_isAUsageError() {
    CliRun run =
        CliRun.run("demo", "--workspaces", "0", "--db", dir.resolve("x.duckdb").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--workspaces must be 1 to 200000");
  }

  /** The count printed for {@code table} under "Rows per table:". */
  private static long count(String out, String table) {
    Matcher m = Pattern.compile("(?m)^  " + table + " +([0-9,]+)$").matcher(out);
    assertThat(m.find()).as("a count line for " + table + " in:%n" + out).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  /** The row count printed under an example query. */
  private static long rows(String out, String title) {
    Matcher m =
        Pattern.compile("-- " + Pattern.quote(title) + "[\\s\\S]*?\\n\\((\\d+) rows").matcher(out);
    assertThat(m.find()).as("the result of " + title).isTrue();
    return Long.parseLong(m.group(1));
  }
}
