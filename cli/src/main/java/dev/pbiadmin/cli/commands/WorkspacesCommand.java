package dev.pbiadmin.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.ClientFactory;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Invocation;
import dev.pbiadmin.cli.output.Flattener;
import dev.pbiadmin.cli.output.OutputOptions;
import dev.pbiadmin.client.ListGroupsOptions;
import dev.pbiadmin.client.PowerBiAdminClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pbiadmin workspaces}: every workspace of the tenant (GetGroupsAsAdmin), as a table or
 * file.
 */
@Command(
    name = "workspaces",
    mixinStandardHelpOptions = true,
    description = {
      "List every workspace of the tenant through the admin API (Groups - Get Groups As Admin),",
      "paging with $top/$skip (5000 per call, so 50 calls/hour cover 250,000 workspaces)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin workspaces --tenant <tenant> --client-id <app-id>",
      "  pbiadmin workspaces --no-personal --state Active --format csv --output ws.csv",
      "  pbiadmin workspaces --expand users,reports,datasets --format parquet --output ws.parquet",
      "  pbiadmin workspaces --filter \"state eq 'Deleted'\" --format json",
      "  pbiadmin workspaces --emulator .pbiadmin/emulator --format jsonl | jq .name"
    })
public final class WorkspacesCommand implements Runnable {
  static final Set<String> EXPANDABLE =
      Set.of("users", "reports", "dashboards", "datasets", "dataflows", "workbooks");

  @ParentCommand Invocation root;
  @Spec CommandSpec spec;
  @Mixin AuthOptions auth;
  @Mixin OutputOptions output;

  @Option(
      names = "--filter",
      paramLabel = "ODATA",
      description = "OData $filter, e.g. \"state eq 'Deleted'\".")
  String filter;

  @Option(
      names = "--expand",
      paramLabel = "LIST",
      split = ",",
      description =
          "Inline child lists: users, reports, dashboards, datasets, dataflows, workbooks.")
  List<String> expand = new ArrayList<>();

  @Option(
      names = "--personal",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Include personal workspaces (My workspace); --no-personal leaves them out. Default:"
              + " included.")
  boolean personal;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "Only workspaces in this state, e.g. Active, Deleted, Removing.")
  String state;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      defaultValue = "5000",
      description = "$top of each call, 1-5000 (default: ${DEFAULT-VALUE}, the fewest calls).")
  int pageSize;

  @Option(
      names = "--time-scale",
      paramLabel = "X",
      description =
          "Pace for a service whose clock runs X times faster: the API's hourly and per-minute"
              + " limits shrink by X (default: the connection's, 1 for Power BI).")
  Double timeScale;

  @Override
  public void run() {
    Set<String> children = expansions();
    if (timeScale != null && !(timeScale > 0)) {
      throw new CliException(
          ExitCode.USAGE, "--time-scale must be a positive number, got " + timeScale + ".");
    }
    output.validate(!children.isEmpty());
    if (pageSize < 1 || pageSize > ListGroupsOptions.MAX_PAGE_SIZE) {
      throw new CliException(
          ExitCode.USAGE, "--page-size must be between 1 and 5000, got " + pageSize + ".");
    }
    Connection connection = auth.connect(root.env(), root.in(), spec.commandLine().getErr());
    ListGroupsOptions options =
        new ListGroupsOptions(
            pageSize,
            WorkspaceFilter.of(filter, personal, state),
            children.isEmpty() ? null : String.join(",", children));
    PowerBiAdminClient client =
        timeScale == null
            ? ClientFactory.client(connection)
            : ClientFactory.client(connection, timeScale);
    PrintWriter err = spec.commandLine().getErr();
    if (output.streams()) {
      // json and jsonl are written page by page: the heap holds one page whatever the tenant's size
      long n;
      try (OutputOptions.ItemWriter writer = output.openNested(spec.commandLine().getOut())) {
        n = WorkspaceListing.each(client, options, root, err, writer::write);
      } catch (IOException e) {
        throw new CliException(
            ExitCode.NOT_FOUND_OR_IO, "Cannot write the workspaces: " + e.getMessage() + ".", e);
      }
      if (output.file() != null && !root.quiet()) {
        err.println("Wrote " + n + " workspaces to " + output.file() + ".");
      }
      return;
    }
    List<ObjectNode> rows = WorkspaceListing.fetch(client, options, root, err);
    List<Path> files =
        output.write(
            "workspaces",
            rows,
            new Flattener("id", "workspaceId", children),
            spec.commandLine().getOut());
    if (!files.isEmpty() && !root.quiet()) {
      err.println("Wrote " + rows.size() + " workspaces to " + files + ".");
    }
  }

  private Set<String> expansions() {
    Set<String> result = new LinkedHashSet<>();
    for (String item : expand) {
      String name = item.strip();
      if (!EXPANDABLE.contains(name)) {
        throw new CliException(
            ExitCode.USAGE,
            "--expand does not know '"
                + name
                + "'; use users, reports, dashboards, datasets, dataflows or workbooks.");
      }
      result.add(name);
    }
    return result;
  }
}
