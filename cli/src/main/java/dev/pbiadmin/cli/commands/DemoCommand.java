package dev.pbiadmin.cli.commands;

import com.azure.core.credential.AccessToken;
import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Invocation;
import dev.pbiadmin.cli.inventory.InventoryCommand;
import dev.pbiadmin.cli.inventory.InventoryOptions;
import dev.pbiadmin.cli.inventory.InventoryRun;
import dev.pbiadmin.cli.inventory.InventoryStore;
import dev.pbiadmin.cli.inventory.Meter;
import dev.pbiadmin.cli.inventory.Progress;
import dev.pbiadmin.cli.inventory.RunSummary;
import dev.pbiadmin.cli.inventory.WidelyShared;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.Sleeper;
import dev.pbiadmin.emulator.Emulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pbiadmin demo}: the main job against the embedded emulator. Starts it with a generated
 * demo tenant, signs in as its service principal exactly as against a real tenant (azure-identity,
 * HTTPS, the emulator's CA), extracts the tenant's inventory through the scanner API into DuckDB,
 * and shows what is in it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run pbiadmin's main job end to end on a generated demo tenant: start the embedded",
      "emulator, sign in as its service principal, extract the tenant's inventory through the",
      "scanner API into a DuckDB file and run four example queries on it. Needs nothing but Java."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin demo",
      "  pbiadmin demo --workspaces 5000 --db /tmp/demo.duckdb",
      "  duckdb pbiadmin-demo.duckdb      (then: SELECT * FROM workspaces LIMIT 10;)"
    })
public final class DemoCommand implements Runnable {
  /** Emulated time runs this much faster: the scanner's hourly limits stay, scans take ~0.1 s. */
  static final double TIME_SCALE = 600;

  @ParentCommand Invocation root;
  @Spec CommandSpec spec;

  @Option(
      names = "--workspaces",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Workspaces in the demo tenant (default: ${DEFAULT-VALUE}).")
  int workspaces;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Seed of the generated tenant (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "pbiadmin-demo.duckdb",
      description = "The DuckDB file to write; replaced if it exists (default: ${DEFAULT-VALUE}).")
  Path db;

  @Override
  public void run() {
    if (workspaces < 1 || workspaces > 200_000) {
      throw new ParameterException(
          spec.commandLine(), "--workspaces must be 1 to 200000, got " + workspaces);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    replace(db);
    // Loading DuckDB (its native library is unpacked on first use) and creating the schema take as
    // long as the emulator's start; on two cores they overlap.
    CompletableFuture<InventoryStore> opening =
        CompletableFuture.supplyAsync(() -> InventoryStore.open(db));
    boolean storeTaken = false;
    try (Emulator emulator =
        Emulator.builder()
            .demoWorkspaces(workspaces)
            .seed(seed)
            .timeScale(TIME_SCALE)
            .build()
            .start()) {
      out.println(
          "Emulator ready at "
              + emulator.baseUrl()
              + " (demo tenant "
              + emulator.tenantId()
              + ", "
              + workspaces
              + " workspaces)");
      Connection connection =
          AuthOptions.forEmulator(emulator.dataDir()).connect(root.env(), root.in(), err);
      AccessToken token = connection.credential().getTokenSync(connection.tokenRequest());
      out.println("Token acquired through azure-identity:");
      new TokenReport(out).print(connection, token, false);
      out.println();
      out.println(
          "Extracting the inventory through the scanner API into " + db.toAbsolutePath() + " ...");
      out.flush();

      Meter meter = new Meter();
      Sleeper sleeper = Sleeper.system();
      Progress progress = root.interactive() ? Progress.terminal(err) : Progress.none();
      InventoryOptions defaults = InventoryOptions.defaults();
      InventoryOptions options =
          defaults.withPacing(TIME_SCALE, defaults.pollInitial(), defaults.pollMax());
      InventoryStore opened = opened(opening);
      storeTaken = true;
      try (InventoryStore store = opened) {
        PowerBiAdminClient client = InventoryCommand.client(connection, meter, sleeper, TIME_SCALE);
        RunSummary summary =
            InventoryRun.over(store, client, meter, emulator.clock(), sleeper, progress)
                .execute(options, false);
        summary.print(out);
        out.println(
            "Widely shared artifacts: "
                + WidelyShared.refresh(store, client, emulator.clock())
                + " (published to web, links shared with the whole organization)");
        out.println();
        new DemoReport(out, store).print();
      }
      out.println();
      out.printf(
          "Done in %.1f s. Open the inventory with the DuckDB CLI: duckdb %s%n",
          Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0, db);
      out.println(
          "Tables and ready queries: docs/schema.md. On your real tenant: 'pbiadmin"
              + " inventory --help' and the README's \"Use it on your real tenant\".");
      out.flush();
    } finally {
      if (!storeTaken) {
        opening.thenAccept(InventoryStore::close);
      }
    }
  }

  private static InventoryStore opened(CompletableFuture<InventoryStore> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * The demo always extracts into a fresh file: a left-over run of another tenant must not resume.
   */
  private static void replace(Path db) {
    if (Files.isDirectory(db)) {
      throw new CliException(ExitCode.USAGE, db + " is a directory; --db takes a file.");
    }
    try {
      Files.deleteIfExists(db);
      Files.deleteIfExists(Path.of(db + ".wal"));
    } catch (IOException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO, "Cannot replace " + db + ": " + e.getMessage() + ".", e);
    }
  }
}
