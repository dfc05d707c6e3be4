package dev.pbiadmin.cli.commands;

import dev.pbiadmin.emulator.EmulatorMain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pbiadmin emulator}: runs the local Entra ID + Power BI emulator until Ctrl-C. The options
 * are declared here for help and completion; the emulator's own main owns the lifecycle (ready
 * line, shutdown hook), so the command hands them over unchanged.
 */
@Command(
    name = "emulator",
    mixinStandardHelpOptions = true,
    description = {
      "Run the local emulator of Entra ID and the Power BI admin APIs over HTTPS on 127.0.0.1 until Ctrl-C.",
      "It prints 'pbiadmin emulator ready at <url>' and writes DATA_DIR/emulator.json (URLs, CA, demo",
      "service principal) for 'pbiadmin --emulator DATA_DIR' and for scripts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin emulator                                  # https://127.0.0.1:" + EmulatorMain.DEFAULT_PORT,
      "  pbiadmin emulator --port 8443 --demo-workspaces 6000 --time-scale 60",
      "  pbiadmin token --emulator .pbiadmin/emulator       # in another shell",
      "  curl --cacert .pbiadmin/emulator/ca.pem https://127.0.0.1:" + EmulatorMain.DEFAULT_PORT + "/<tenant>/v2.0/.well-known/openid-configuration"
    })
public final class EmulatorCommand implements java.util.concurrent.Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1; 0 picks a free one (default: " + EmulatorMain.DEFAULT_PORT + ").")
  Integer port;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the tenant, keys and emulator.json live (default: .pbiadmin/emulator).")
  Path dataDir;

  @Option(names = "--tenant-file", paramLabel = "FILE", description = "YAML tenant to seed a fresh data directory with (default: the demo tenant).")
  Path tenantFile;

  @Option(names = "--http", description = "Serve plain HTTP instead of HTTPS (for debugging only; clients need HTTPS).")
  boolean http;

  @Option(names = "--time-scale", paramLabel = "X", description = "Emulated time runs X times faster (hourly quotas, token expiry).")
  Double timeScale;

  @Option(names = "--token-lifetime", paramLabel = "SECONDS", description = "Lifetime of issued access tokens in emulated seconds.")
  Long tokenLifetime;

  @Option(names = "--demo-workspaces", paramLabel = "N", description = "Number of generated workspaces in the demo tenant.")
  Integer demoWorkspaces;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated demo tenant (same seed, same tenant).")
  Long seed;

  @Option(names = "--activity-events-per-day", paramLabel = "N",
      description = "Audit events per UTC day served by GetActivityEvents (up to 50,000,000, generated page by page).")
  Integer activityEventsPerDay;

  @Option(names = "--activity-page-size", paramLabel = "N", description = "Events per GetActivityEvents page (default 5,000).")
  Integer activityPageSize;

  @Option(names = "--no-throttling", description = "Turn Power BI's request quotas off (benchmarks).")
  boolean noThrottling;

  @Override
  public Integer call() {
    int code = EmulatorMain.run(arguments().toArray(String[]::new), System.out, System.err);
    // The emulator main uses 2 for bad arguments and 1 for a failed start, like pbiadmin's codes.
    return code;
  }

  List<String> arguments() {
    List<String> args = new ArrayList<>();
    add(args, "--port", port);
    add(args, "--data-dir", dataDir);
    add(args, "--tenant-file", tenantFile);
    if (http) {
      args.add("--http");
    }
    add(args, "--time-scale", timeScale);
    add(args, "--token-lifetime", tokenLifetime);
    add(args, "--demo-workspaces", demoWorkspaces);
    add(args, "--seed", seed);
    add(args, "--activity-events-per-day", activityEventsPerDay);
    add(args, "--activity-page-size", activityPageSize);
    if (noThrottling) {
      args.add("--no-throttling");
    }
    return args;
  }

  private static void add(List<String> args, String name, Object value) {
    if (value != null) {
      args.add(name);
      args.add(value.toString());
    }
  }
}
