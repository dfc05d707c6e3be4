package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.auth.AdminAuthOptions;
import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Invocation;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.models.TenantSetting;
import java.io.Console;
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

/**
 * {@code pbiadmin doctor}: diagnose why an identity (service principal or user) cannot read the
 * admin APIs.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check, step by step, that this identity (a service principal, or a user with --auth"
          + " master-account-*)",
      "can read the Power BI admin APIs: configuration, token, token contents, API probes, scanner"
          + " and",
      "metadata settings. Each failure says the cause, the evidence and the fix in the portal's"
          + " words."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  AZURE_CLIENT_SECRET=... pbiadmin doctor --tenant contoso.onmicrosoft.com --client-id"
          + " <app-id>",
      "  pbiadmin doctor --emulator .pbiadmin/emulator --json",
      "  pbiadmin doctor --client-id <app-id> --as-admin --admin-client-id <public-app-id> [--fix]",
      "    (a Fabric administrator signs in by device code and reads the tenant settings; --fix"
          + " asks first)",
      "",
      "Exit codes: 0 healthy (warnings allowed), 2 or 6 a connection option every command would"
          + " refuse,",
      "3 no usable token (configuration or Entra ID), 4 Power BI refused something (or, with"
          + " --strict,",
      "withheld metadata), 5 throttled."
    })
public final class DoctorCommand implements Callable<Integer> {
  @ParentCommand Invocation root;
  @Spec CommandSpec spec;
  @Mixin AuthOptions auth;
  @Mixin AdminAuthOptions adminAuth;

  @Option(
      names = "--fix",
      description =
          "With --as-admin: apply the one tenant-setting change the report proposes, after"
              + " confirmation.")
  boolean fix;

  @Option(names = "--yes", description = "With --fix: apply without asking (for scripts).")
  boolean yes;

  @Option(names = "--json", description = "Print the report as JSON (schema: docs/doctor.md).")
  boolean json;

  @Option(
      names = "--workspace",
      paramLabel = "ID",
      description =
          "Workspace to scan for the metadata check (default: the first active shared workspace).")
  String workspace;

  @Option(
      names = "--scan-timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "How long to wait for the one-workspace scan (default: ${DEFAULT-VALUE}).")
  long scanTimeoutSeconds;

  @Option(
      names = "--graph-url",
      paramLabel = "URL",
      description =
          "Microsoft Graph endpoint for the optional group-membership check (default:"
              + " https://graph.microsoft.com).")
  String graphUrl;

  @Option(names = "--no-graph", description = "Skip the Microsoft Graph group-membership check.")
  boolean noGraph;

  @Option(
      names = "--strict",
      description =
          "Fail (exit 4) when scan results lack schema or expressions; by default that is a"
              + " warning.")
  boolean strict;

  @Option(
      names = "--scope",
      hidden = true,
      paramLabel = "SCOPE",
      description =
          "Advanced: request this scope instead of <resource>/.default, to reproduce a client's"
              + " mistake.")
  String scope;

  @Override
  public Integer call() {
    if (fix && !adminAuth.requested()) {
      throw new CliException(
          ExitCode.USAGE,
          "--fix changes a tenant setting and needs an identity that may: add"
              + " --as-admin (a Fabric administrator signs in; see --admin-auth).");
    }
    if (fix && !yes && System.console() == null) {
      throw new CliException(
          ExitCode.USAGE,
          "--fix asks before it changes a tenant setting, and there is no terminal to ask on: add"
              + " --yes to apply the change without asking (scripts), or run it in a terminal.");
    }
    // The same settings every command resolves; the doctor reports their gaps instead of stopping.
    DoctorSettings settings =
        DoctorSettings.of(auth.settings(root.env(), root.in()))
            .withAdmin(adminAuth.settings(auth, root.env()))
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
    DoctorReport report =
        new Doctor(settings, Clock.systemUTC(), spec.commandLine().getErr()).run();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new JsonReport().render(report));
      out.flush();
    } else {
      new TextReport(unicodeTerminal()).print(report, out);
    }
    if (fix) {
      applyFix(report, json ? spec.commandLine().getErr() : out);
    }
    return report.exitCode();
  }

  /**
   * Applies the proposed change after an explicit yes (or --yes). The exit code stays the report's:
   * the diagnosis holds until the change has taken effect.
   */
  private void applyFix(DoctorReport report, PrintWriter out) {
    if (report.fix().isEmpty()) {
      out.println();
      out.println(
          "--fix: no tenant-setting change to apply (the settings admit this identity, could not be"
              + " read, or the change is one of group membership; see the report).");
      out.flush();
      return;
    }
    SettingFix proposed = report.fix().get();
    out.println();
    out.println("Proposed change: " + proposed.change().description() + ".");
    out.println("  " + proposed.change().http());
    out.println("  as " + proposed.who());
    out.flush();
    if (!yes) {
      Console console = System.console();
      String answer = console.readLine("Apply this change to the tenant setting now? [y/N] ");
      if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
        out.println("Not applied: nothing was changed.");
        out.flush();
        return;
      }
    }
    TenantSetting saved;
    try {
      saved = proposed.apply();
    } catch (PowerBiException e) {
      throw new CliException(
          ExitCode.NOT_AUTHORIZED,
          "The Fabric API refused the change ("
              + e.statusCode()
              + e.errorCode().map(c -> " " + c).orElse("")
              + "): the admin identity must be a Fabric administrator whose token carries"
              + " Tenant.ReadWrite.All (or a service principal that \"Service principals can access"
              + " admin APIs used for updates\" admits). Nothing was changed.",
          e);
    }
    out.println(
        "Applied: "
            + SettingVerdict.title(saved)
            + " is now "
            + (Boolean.TRUE.equals(saved.enabled()) ? SettingVerdict.scope(saved) : "disabled")
            + ".");
    out.println(
        "A tenant-setting change can take up to 15 minutes to take effect; run the doctor again"
            + " then.");
    out.flush();
  }

  private static boolean unicodeTerminal() {
    String encoding =
        System.getProperty(
            "stdout.encoding",
            System.getProperty("native.encoding", Charset.defaultCharset().name()));
    return System.console() != null && encoding.toUpperCase(Locale.ROOT).contains("UTF");
  }
}
