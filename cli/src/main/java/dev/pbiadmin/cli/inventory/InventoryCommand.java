package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.ClientFactory;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Invocation;
import dev.pbiadmin.client.FabricAdminClient;
import dev.pbiadmin.client.ListItemsOptions;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.emulator.clock.ScaledClock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pbiadmin inventory}: the tenant's content through the scanner API into DuckDB. */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the tenant's inventory (workspaces, users, semantic models and their schema,",
      "reports, dashboards, dataflows, datamarts, datasources, lineage) through the scanner API",
      "into a DuckDB file. A killed run continues on the next start; see docs/schema.md."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin inventory --emulator .pbiadmin/emulator",
      "  pbiadmin inventory --db tenant.duckdb --incremental --full-every 7",
      "  pbiadmin inventory --resume",
      "  pbiadmin inventory --no-personal --parquet out/",
      "  pbiadmin inventory --items-check"
    })
public final class InventoryCommand implements Runnable {
  @ParentCommand Invocation root;
  @Spec CommandSpec spec;
  @Mixin AuthOptions auth;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "inventory.duckdb",
      description = "The DuckDB file to write (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--incremental",
      description =
          "Scan only workspaces modified since the last"
              + " successful run (with a safety overlap); removes deleted ones.")
  boolean incremental;

  @Option(
      names = "--full-every",
      paramLabel = "DAYS",
      defaultValue = "7",
      description =
          "With --incremental, do a full run when the last one is this many days old (default"
              + " ${DEFAULT-VALUE}).")
  int fullEvery;

  @Option(
      names = "--resume",
      description =
          "Only continue an unfinished run (an unfinished run"
              + " is also continued automatically by a plain run).")
  boolean resume;

  @Option(
      names = "--lineage",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Ask for lineage: upstream items, datasource usages (default on).")
  boolean lineage;

  @Option(
      names = "--datasource-details",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Ask for datasource details (default on).")
  boolean datasourceDetails;

  @Option(
      names = "--schema",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Ask for tables, columns and measures (default on; needs the tenant setting).")
  boolean schema;

  @Option(
      names = "--expressions",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Ask for DAX and M expressions (default on; needs" + " the tenant setting).")
  boolean expressions;

  @Option(
      names = "--artifact-users",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Ask for the users of each item (default on).")
  boolean artifactUsers;

  @Option(
      names = "--widely-shared",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Also list items published to the web and links shared"
              + " with the whole organization (default on).")
  boolean widelyShared;

  @Option(
      names = "--personal",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Include personal workspaces (default on).")
  boolean personal;

  @Option(
      names = "--inactive",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Include inactive workspaces (default on).")
  boolean inactive;

  @Option(
      names = "--items-check",
      description =
          "After the scan, list every item through the Fabric admin API (GET /v1/admin/items) and"
              + " compare it with what the scanner returned: counts by item type per workspace, and"
              + " the items either side lacks (tables items_check_*). If Fabric refuses, the"
              + " inventory is kept and a warning says why.")
  boolean itemsCheck;

  @Option(
      names = "--parquet",
      paramLabel = "DIR",
      description = "Also write every table as DIR/<table>.parquet.")
  Path parquet;

  @Option(
      names = "--csv",
      paramLabel = "DIR",
      description = "Also write every table as DIR/<table>.csv.")
  Path csv;

  @Option(
      names = "--time-scale",
      paramLabel = "X",
      description =
          "The emulator's time scale: hourly limits and poll intervals shrink by X (default: the"
              + " emulator's own with --emulator, otherwise 1).")
  Double timeScale;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    validate();
    Connection connection = auth.connect(root.env(), root.in(), err);
    double scale = timeScale != null ? timeScale : connection.timeScale();
    InventoryOptions options = options(scale);
    Meter meter = new Meter();
    Sleeper sleeper = Sleeper.system();
    PowerBiAdminClient client = client(connection, meter, sleeper, scale);
    Progress progress = root.interactive() ? Progress.terminal(err) : Progress.none();
    try (InventoryStore store = InventoryStore.open(db)) {
      RunSummary summary =
          InventoryRun.over(store, client, meter, serviceClock(scale), sleeper, progress)
              .execute(options, resume);
      summary.print(out);
      if (itemsCheck) {
        checkItems(connection, store, summary, out, err);
      }
      if (widelyShared && summary.succeeded()) {
        refreshWidelyShared(store, client, out);
      }
      if (parquet != null) {
        out.println(
            "Parquet: "
                + store.export(parquet, InventoryStore.ExportFormat.PARQUET).size()
                + " tables in "
                + parquet);
      }
      if (csv != null) {
        out.println(
            "CSV: "
                + store.export(csv, InventoryStore.ExportFormat.CSV).size()
                + " tables in "
                + csv);
      }
      out.println("Database: " + db.toAbsolutePath());
      out.flush();
      if (!summary.succeeded()) {
        throw new InventoryException(
            "the run is incomplete; run 'pbiadmin inventory --resume'"
                + " to retry the batches that failed",
            null);
      }
    }
  }

  /**
   * The items check never fails the inventory: whatever stops it is recorded in items_checks and
   * said as a warning, and the run's own outcome decides the exit code.
   */
  private void checkItems(
      Connection connection,
      InventoryStore store,
      RunSummary summary,
      PrintWriter out,
      PrintWriter err) {
    if (!summary.succeeded()) {
      err.println(
          "pbiadmin: warning: the items check was skipped: the inventory run is incomplete,"
              + " so the comparison would list items of the failed batches.");
      return;
    }
    boolean terminal = root.interactive();
    try {
      FabricAdminClient fabric = ClientFactory.fabric(connection);
      ItemsCheck.Result result =
          ItemsCheck.run(
              store,
              summary.runId(),
              fabric.listItems(ListItemsOptions.all()),
              Clock.systemUTC().instant(),
              n -> {
                if (terminal) {
                  err.printf("\rItems check: %,d items listed by Fabric", n);
                  err.flush();
                }
              });
      clearLine(terminal, err);
      result.print(out);
    } catch (RuntimeException e) {
      clearLine(terminal, err);
      String why = ItemsCheckFailure.explain(e);
      ItemsCheck.failed(store, summary.runId(), Clock.systemUTC().instant(), why);
      err.println(
          "pbiadmin: warning: the items check could not list the tenant's items through the"
              + " Fabric admin API: "
              + why
              + " The inventory is complete and stored; items_checks"
              + " records the failed check.");
      if (root.verbose()) {
        e.printStackTrace(err);
      }
      err.flush();
    }
  }

  private static void clearLine(boolean terminal, PrintWriter err) {
    if (terminal) {
      err.print("\r\033[2K");
      err.flush();
    }
  }

  /** The service's pace: real time, or an emulator's running {@code scale} times faster. */
  private static Clock serviceClock(double scale) {
    return scale == 1 ? Clock.systemUTC() : ScaledClock.system(scale);
  }

  private static void refreshWidelyShared(
      InventoryStore store, PowerBiAdminClient client, PrintWriter out) {
    try {
      out.println(
          "Widely shared artifacts: "
              + WidelyShared.refresh(store, client, Clock.systemUTC())
              + " (published to web, links shared with the whole organization)");
    } catch (PowerBiException e) {
      // The workspaces are stored; only this tenant-wide list is stale, and the run must say so.
      throw new CliException(
          ExitCode.INCOMPLETE,
          "the inventory is stored, but the widely shared"
              + " artifacts could not be listed ("
              + e.getMessage()
              + "); the previous list is kept."
              + " Run 'pbiadmin inventory --incremental' again later or pass --no-widely-shared.",
          e);
    }
  }

  private void validate() {
    if (timeScale != null && !(timeScale > 0)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--time-scale must be a positive number, got " + timeScale);
    }
    if (fullEvery < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--full-every must be at least 1 day, got " + fullEvery);
    }
  }

  InventoryOptions options(double timeScale) {
    InventoryOptions d = InventoryOptions.defaults();
    return d.withScan(lineage, datasourceDetails, schema, expressions, artifactUsers)
        .withScope(personal, inactive)
        .withIncremental(incremental, fullEvery)
        .withPacing(timeScale, d.pollInitial(), d.pollMax());
  }

  /**
   * The client an inventory run uses: the documented hourly budgets shrunk by {@code timeScale} (1
   * against the real service), with {@code meter} counting its throttled waits.
   */
  public static PowerBiAdminClient client(
      Connection c, Meter meter, Sleeper sleeper, double timeScale) {
    return ClientFactory.builder(c, timeScale)
        .sleeper(meter.counting(sleeper))
        .scanPollInterval(Duration.ofMillis(Math.max(1, (long) (30_000 / timeScale))))
        .buildClient();
  }
}
