package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.PbiAdmin;
import dev.pbiadmin.cli.auth.AuthOptions;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pbiadmin doctor}: diagnose why a service principal cannot read the admin APIs. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check, step by step, that this service principal can read the Power BI admin APIs:",
      "configuration, token, token contents, API probes, scanner and metadata settings.",
      "Each failure says the cause, the evidence and the fix in the portal's words."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  AZURE_CLIENT_SECRET=... pbiadmin doctor --tenant contoso.onmicrosoft.com --client-id <app-id>",
      "  pbiadmin doctor --emulator .pbiadmin/emulator --json",
      "",
      "Exit codes: 0 healthy (warnings allowed), 3 no usable token (configuration or Entra ID),",
      "4 Power BI refused or withheld something, 5 throttled."
    })
public final class DoctorCommand implements Callable<Integer> {
  @ParentCommand PbiAdmin root;
  @Spec CommandSpec spec;
  @Mixin AuthOptions auth;

  @Option(names = "--json", description = "Print the report as JSON (schema: docs/doctor.md).")
  boolean json;

  @Option(names = "--workspace", paramLabel = "ID",
      description = "Workspace to scan for the metadata check (default: the first active shared workspace).")
  String workspace;

  @Option(names = "--scan-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "How long to wait for the one-workspace scan (default: ${DEFAULT-VALUE}).")
  long scanTimeoutSeconds;

  @Option(names = "--graph-url", paramLabel = "URL",
      description = "Microsoft Graph endpoint for the optional group-membership check (default: https://graph.microsoft.com).")
  String graphUrl;

  @Option(names = "--no-graph", description = "Skip the Microsoft Graph group-membership check.")
  boolean noGraph;

  @Option(names = "--scope", hidden = true, paramLabel = "SCOPE",
      description = "Advanced: request this scope instead of <resource>/.default, to reproduce a client's mistake.")
  String scope;

  @Override
  public Integer call() {
    DoctorInputs inputs = new DoctorInputs(spec, root.env(), root.in());
    DoctorSettings.Builder settings = inputs.settings()
        .workspaceId(workspace)
        .scope(scope)
        .scanTimeout(Duration.ofSeconds(scanTimeoutSeconds));
    if (graphUrl != null) {
      settings.graphEndpoint(URI.create(graphUrl));
    }
    if (noGraph) {
      settings.graphEndpoint(null);
    }
    DoctorReport report = new Doctor(settings.build(), Clock.systemUTC(), inputs.httpClient()).run();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new JsonReport().render(report));
      out.flush();
    } else {
      new TextReport(unicodeTerminal()).print(report, out);
    }
    return report.exitCode();
  }

  private static boolean unicodeTerminal() {
    String encoding = System.getProperty("stdout.encoding",
        System.getProperty("native.encoding", Charset.defaultCharset().name()));
    return System.console() != null && encoding.toUpperCase(Locale.ROOT).contains("UTF");
  }
}
