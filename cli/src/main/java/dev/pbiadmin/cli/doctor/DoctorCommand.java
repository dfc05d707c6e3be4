package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.common.Invocation;
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

/** {@code pbiadmin doctor}: diagnose why an identity (service principal or user) cannot read the admin APIs. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check, step by step, that this identity (a service principal, or a user with --auth master-account-*)",
      "can read the Power BI admin APIs: configuration, token, token contents, API probes, scanner and",
      "metadata settings. Each failure says the cause, the evidence and the fix in the portal's words."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  AZURE_CLIENT_SECRET=... pbiadmin doctor --tenant contoso.onmicrosoft.com --client-id <app-id>",
      "  pbiadmin doctor --emulator .pbiadmin/emulator --json",
      "",
      "Exit codes: 0 healthy (warnings allowed), 2 or 6 a connection option every command would refuse,",
      "3 no usable token (configuration or Entra ID), 4 Power BI refused something (or, with --strict,",
      "withheld metadata), 5 throttled."
    })
public final class DoctorCommand implements Callable<Integer> {
  @ParentCommand Invocation root;
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

  @Option(names = "--strict",
      description = "Fail (exit 4) when scan results lack schema or expressions; by default that is a warning.")
  boolean strict;

  @Option(names = "--scope", hidden = true, paramLabel = "SCOPE",
      description = "Advanced: request this scope instead of <resource>/.default, to reproduce a client's mistake.")
  String scope;

  @Override
  public Integer call() {
    // The same settings every command resolves; the doctor reports their gaps instead of stopping.
    DoctorSettings settings = DoctorSettings.of(auth.settings(root.env(), root.in()))
        .withWorkspace(workspace)
        .withScope(scope)
        .withScanTimeout(Duration.ofSeconds(scanTimeoutSeconds))
        .withStrict(strict);
    if (graphUrl != null) {
      settings = settings.withGraph(URI.create(graphUrl));
    }
    if (noGraph) {
      settings = settings.withGraph(null);
    }
    DoctorReport report = new Doctor(settings, Clock.systemUTC(), spec.commandLine().getErr()).run();
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
