package dev.pbiadmin.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Invocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pbiadmin report}: one self-contained HTML page about an inventory. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML report of an inventory: headline counts, workspaces by type,",
      "state and capacity, semantic models by use, datasources, a lineage explorer, governance",
      "findings and activity trends. Everything is inlined: the file opens offline, in any browser."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin report",
      "  pbiadmin report --db inventory.duckdb --out tenant-report.html",
      "",
      "Exit codes: 0 written, 6 the database is missing, not an inventory, or --out not writable."
    })
public final class ReportCommand implements Callable<Integer> {
  @ParentCommand Invocation root;
  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "inventory.duckdb",
      description = "The inventory DuckDB file to report on (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "report.html",
      description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    Path target = out.toAbsolutePath();
    checkWritable(target);
    ObjectNode data;
    try (InventoryDb inventory = InventoryDb.open(db)) {
      data = ReportData.read(inventory, db.getFileName().toString(), Clock.systemUTC().instant());
    } catch (SQLException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO, "cannot read the inventory " + db + ": " + e.getMessage(), e);
    }
    byte[] page = ReportPage.render(data).getBytes(StandardCharsets.UTF_8);
    write(target, page);
    if (!root.quiet()) {
      spec.commandLine()
          .getErr()
          .printf(
              "wrote %s (%,d KB): %,d workspaces, %,d semantic models," + " %,d reports%n",
              out,
              (page.length + 1023) / 1024,
              data.at("/headline/workspaces").asLong(),
              data.at("/headline/semanticModels").asLong(),
              data.at("/headline/reports").asLong());
    }
    return ExitCode.OK.code();
  }

  /** Fails before the queries run, so a typo in --out costs no time on a big inventory. */
  private static void checkWritable(Path target) {
    Path dir = target.getParent();
    if (Files.isDirectory(target)) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          "--out "
              + target
              + " is a directory;"
              + " name the HTML file to write, e.g. "
              + target.resolve("report.html"));
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          "cannot write " + target + ": the directory " + dir + " does not exist");
    }
    if (!Files.isWritable(dir) || (Files.exists(target) && !Files.isWritable(target))) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          "cannot write " + target + ": permission denied; choose another --out");
    }
  }

  /** Written next to the target and moved over it, so a reader never sees half a page. */
  private static void write(Path target, byte[] page) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile(target.getParent(), ".report-", ".html.tmp");
      Files.write(tmp, page);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      String why =
          e instanceof AccessDeniedException
              ? "permission denied"
              : e instanceof NoSuchFileException
                  ? "no file can be created in " + target.getParent()
                  : e.getMessage();
      throw new CliException(ExitCode.NOT_FOUND_OR_IO, "cannot write " + target + ": " + why, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is in the target's directory, named .report-*
        }
      }
    }
  }
}
