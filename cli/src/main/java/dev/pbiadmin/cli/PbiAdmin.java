package dev.pbiadmin.cli;

import dev.pbiadmin.cli.commands.CompletionCommand;
import dev.pbiadmin.cli.commands.DemoCommand;
import dev.pbiadmin.cli.commands.EmulatorCommand;
import dev.pbiadmin.cli.commands.TokenCommand;
import dev.pbiadmin.cli.commands.WorkspacesCommand;
import dev.pbiadmin.cli.common.Invocation;
import dev.pbiadmin.cli.logging.Logging;
import java.io.InputStream;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: global options, the subcommand table and the process environment. */
@Command(
    name = "pbiadmin",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Inventory a Power BI tenant through the read-only admin APIs as a service principal, or run",
      "the local emulator of Entra ID and Power BI."
    },
    subcommands = {
      DemoCommand.class,
      TokenCommand.class,
      WorkspacesCommand.class,
      dev.pbiadmin.cli.inventory.InventoryCommand.class,
      dev.pbiadmin.cli.activity.ActivityCommand.class,
      dev.pbiadmin.cli.doctor.DoctorCommand.class,
      dev.pbiadmin.cli.settings.SettingsCommand.class,
      dev.pbiadmin.cli.report.ReportCommand.class,
      EmulatorCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin demo",
      "  export AZURE_TENANT_ID=<tenant> AZURE_CLIENT_ID=<app-id> AZURE_CLIENT_SECRET=<secret>",
      "  pbiadmin token",
      "  pbiadmin workspaces --expand users --format csv --output ws.csv",
      "  pbiadmin emulator --port 8443",
      "",
      "Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication failed, 4 not authorized,",
      "5 throttled, 6 not found or I/O, 7 incomplete, 8 settings changed, 9 settings drift.",
      "Run 'pbiadmin help <command>' for a command's options."
    })
public final class PbiAdmin implements Runnable, Invocation {
  private final Map<String, String> env;
  private final InputStream in;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Say more: library debug logs on stderr and stack traces on errors.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Print only data and errors: no progress, no notices.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The real process: its environment variables and stdin. */
  public PbiAdmin() {
    this(System.getenv(), System.in);
  }

  /** A process with the given environment and stdin, for tests and embedding. */
  public PbiAdmin(Map<String, String> env, InputStream in) {
    this.env = Map.copyOf(env);
    this.in = in;
  }

  /** The command line with pbiadmin's error handling, ready to {@code execute(args)}. */
  public static CommandLine commandLine(PbiAdmin root) {
    CommandLine commandLine = new CommandLine(root);
    commandLine.setUsageHelpWidth(100);
    ErrorHandler handler = new ErrorHandler(root);
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setExitCodeExceptionMapper(handler);
    commandLine.setParameterExceptionHandler(handler::handleParseException);
    commandLine.setExecutionStrategy(
        parseResult -> {
          // Logback's start-up is a third of a short run: --version, --help and completion log
          // nothing.
          if (!informational(parseResult)) {
            Logging.configure(root.verbose, root.quiet);
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    return commandLine;
  }

  /** True when the command line only asks for usage, the version or the completion script. */
  static boolean informational(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
        return true;
      }
      last = p;
    }
    Object command = last.commandSpec().userObject();
    return command instanceof PbiAdmin
        || command instanceof CompletionCommand
        || command instanceof CommandLine.HelpCommand;
  }

  @Override
  public void run() {
    // No subcommand: show what there is.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Override
  public Map<String, String> env() {
    return env;
  }

  @Override
  public InputStream in() {
    return in;
  }

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public boolean quiet() {
    return quiet;
  }

  /** True when stderr may show a progress line: a terminal, not --quiet, not under CI. */
  @Override
  public boolean interactive() {
    return !quiet && System.console() != null && env.get("CI") == null;
  }
}
