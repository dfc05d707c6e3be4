package dev.pbiadmin.cli.settings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.ClientFactory;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Invocation;
import dev.pbiadmin.cli.output.Flattener;
import dev.pbiadmin.cli.output.OutputOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pbiadmin settings}: snapshot the tenant settings, what changed, and drift from a baseline.
 */
@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    description = {
      "Snapshot every tenant setting and every delegated override (capacity, domain, workspace)"
          + " through",
      "the Fabric admin API into the DuckDB file (tenant_settings, tenant_setting_groups,",
      "tenant_setting_overrides), record what changed since the last snapshot in",
      "tenant_settings_history, and print the settings, the changes (--diff) or the drift from a",
      "baseline (--baseline). Group names come from Microsoft Graph where the identity may read"
          + " groups."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin settings --emulator .pbiadmin/emulator",
      "  pbiadmin settings --diff --fail-on-change              # in a daily pipeline",
      "  pbiadmin settings --baseline baseline.yaml --fail-on-drift --format json",
      "",
      "Exit codes: 0 done, 8 settings changed (--fail-on-change), 9 drift from the baseline",
      "(--fail-on-drift), 3/4/5 authentication failed, not authorized, throttled."
    })
public final class SettingsCommand implements Callable<Integer> {
  @ParentCommand Invocation root;
  @Spec CommandSpec spec;
  @Mixin AuthOptions auth;
  @Mixin OutputOptions output;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "inventory.duckdb",
      description =
          "The DuckDB file, shared with 'pbiadmin inventory' and 'report' (default:"
              + " ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--diff",
      description = "Print what changed since the last snapshot instead of the settings.")
  boolean diff;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "YAML of setting → expected state and groups; print (and store) where the tenant"
              + " differs.")
  Path baselineFile;

  @Option(
      names = "--fail-on-change",
      description = "Exit 8 when anything changed since the last snapshot.")
  boolean failOnChange;

  @Option(
      names = "--fail-on-drift",
      description = "Exit 9 when the tenant differs from --baseline.")
  boolean failOnDrift;

  @Option(
      names = "--no-graph",
      description = "Do not look up group names in Microsoft Graph; keep the Fabric API's.")
  boolean noGraph;

  @Override
  public Integer call() {
    if (failOnDrift && baselineFile == null) {
      throw new CliException(
          ExitCode.USAGE, "--fail-on-drift needs --baseline FILE to compare with.");
    }
    output.validate(false);
    Optional<Baseline> baseline = Optional.ofNullable(baselineFile).map(Baseline::read);
    Connection connection = auth.connect(root.env(), root.in(), spec.commandLine().getErr());
    Snapshot snapshot =
        SnapshotReader.read(
            ClientFactory.fabric(connection), connection, Clock.systemUTC().instant(), !noGraph);
    SettingsRun run;
    try (SettingsStore store = SettingsStore.open(db)) {
      run = SettingsRun.record(store, snapshot, baseline);
    } catch (SQLException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          "Cannot store the snapshot in "
              + db
              + ": "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + ".",
          e);
    }
    print(run);
    if (run.drift().size() > 0 && failOnDrift) {
      return ExitCode.SETTINGS_DRIFT.code();
    }
    return run.changes().size() > 0 && failOnChange
        ? ExitCode.SETTINGS_CHANGED.code()
        : ExitCode.OK.code();
  }

  private void print(SettingsRun run) {
    PrintWriter err = spec.commandLine().getErr();
    List<ObjectNode> rows;
    String name;
    if (!diff && baselineFile == null) {
      rows = SettingsView.settings(run.snapshot());
      name = "tenant_settings";
    } else {
      List<Finding> findings = new ArrayList<>();
      if (diff) {
        findings.addAll(run.changes());
      }
      findings.addAll(run.drift());
      rows = SettingsView.findings(findings);
      name = "tenant_setting_findings";
    }
    output.write(
        name, rows, new Flattener("setting", "setting", Set.of()), spec.commandLine().getOut());
    if (!root.quiet()) {
      Snapshot s = run.snapshot();
      err.printf(
          "Snapshot %d: %d tenant settings and %d overrides stored in %s; %s%s.%n",
          run.snapshotId(),
          s.tenantSettings().size(),
          s.overrides().size(),
          db,
          run.first()
              ? "the first snapshot, nothing to compare with yet"
              : run.changes().size() + " change(s) since the last one",
          run.baseline().isPresent()
              ? "; " + run.drift().size() + " difference(s) from the baseline"
              : "");
      if (!s.groupNames().equals("graph")) {
        err.println(
            "Group names are the Fabric API's: "
                + s.groupNames().substring("fabric: ".length())
                + ".");
      }
    }
  }
}
