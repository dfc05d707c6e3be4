package dev.pbiadmin.cli.commands;

import com.azure.core.credential.AccessToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.cli.PbiAdmin;
import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.ClientFactory;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.client.ListGroupsOptions;
import dev.pbiadmin.emulator.Emulator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pbiadmin demo}: the main job against the embedded emulator. Starts it with a generated
 * demo tenant, signs in as its service principal exactly as against a real tenant (azure-identity,
 * HTTPS, the emulator's CA), and summarises the tenant's workspaces.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run pbiadmin end to end on a generated demo tenant: start the embedded emulator, get a token",
      "as its service principal and list the tenant's workspaces. Needs nothing but Java."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  pbiadmin demo", "  pbiadmin demo --workspaces 6000 --seed 7"})
public final class DemoCommand implements Runnable {
  @ParentCommand PbiAdmin root;
  @Spec CommandSpec spec;

  @Option(names = "--workspaces", paramLabel = "N", defaultValue = "300", description = "Workspaces in the demo tenant (default: ${DEFAULT-VALUE}).")
  int workspaces;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the generated tenant (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    try (Emulator emulator = Emulator.builder().demoWorkspaces(workspaces).seed(seed).build().start()) {
      out.println("Emulator ready at " + emulator.baseUrl() + " (demo tenant " + emulator.tenantId() + ")");
      out.println();
      Connection connection =
          AuthOptions.forEmulator(emulator.dataDir()).connect(root.env(), root.in(), spec.commandLine().getErr());
      AccessToken token = connection.credential().getTokenSync(connection.tokenRequest());
      out.println("Token acquired through azure-identity:");
      new TokenReport(out).print(connection, token, false);
      out.println();
      List<ObjectNode> groups =
          WorkspaceListing.fetch(
              ClientFactory.client(connection), ListGroupsOptions.defaults(), root, spec.commandLine().getErr());
      out.println("Workspaces (GetGroupsAsAdmin): " + groups.size());
      printCounts(out, "by type", count(groups, g -> g.path("type").asText("(none)")));
      printCounts(out, "by state", count(groups, g -> g.path("state").asText("(none)")));
      out.println();
      out.printf(
          "Done in %.1f s. Next: 'pbiadmin workspaces --help', or the README's \"Use it on your real tenant\".%n",
          Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
      out.flush();
    }
  }

  private static Map<String, Long> count(List<ObjectNode> groups, Function<ObjectNode, String> key) {
    return groups.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  private static void printCounts(PrintWriter out, String title, Map<String, Long> counts) {
    out.println("  " + title + ":");
    counts.forEach((name, n) -> out.printf("    %-15s %6d%n", name, n));
  }
}
