package dev.pbiadmin.cli.activity;

import dev.pbiadmin.cli.PbiAdmin;
import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.client.ActivityEventsRequest;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;
import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.client.RetryOptions;
import dev.pbiadmin.client.models.ActivityEventsPage;
import dev.pbiadmin.emulator.Emulator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** Ways the end-to-end tests drive pbiadmin against a running emulator. */
final class EmulatorRuns {
  private EmulatorRuns() {}

  record Result(int exitCode, String out, String err) {}

  /**
   * {@code pbiadmin activity --emulator DIR ...} in-process; {@code err} sees progress lines live.
   */
  static Result activity(Emulator emulator, Writer err, String... args) {
    StringWriter out = new StringWriter();
    PbiAdmin root = new PbiAdmin(Map.of(), new ByteArrayInputStream(new byte[0]));
    CommandLine commandLine = PbiAdmin.commandLine(root);
    if (!commandLine.getSubcommands().containsKey("activity")) {
      commandLine.addSubcommand("activity", new ActivityCommand());
    }
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 3];
    all[0] = "activity";
    all[1] = "--emulator";
    all[2] = emulator.dataDir().toString();
    System.arraycopy(args, 0, all, 3, args.length);
    int code = commandLine.execute(all);
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * The real client signed in as the emulator's demo service principal through the CLI's own
   * credential options, with retries short enough that a forced outage fails a call in seconds.
   */
  static PowerBiAdminClient client(Emulator emulator, int maxAttempts) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs("--emulator", emulator.dataDir().toString());
    Connection connection =
        holder.auth.connect(
            Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()));
    PowerBiAdminClientBuilder builder =
        new PowerBiAdminClientBuilder()
            .credential(connection.credential())
            .endpoint(connection.apiUrl())
            .scope(connection.scope())
            .retryOptions(
                new RetryOptions(
                    maxAttempts,
                    Duration.ofMillis(50),
                    Duration.ofMillis(200),
                    Duration.ofSeconds(5)))
            // the tests' emulators run without quotas; the client's own 200/hour would stall a long
            // test
            .rateBudgets(RateBudgets.off());
    connection.sslContext().ifPresent(builder::sslContext);
    return builder.buildClient();
  }

  /**
   * A day as the API serves it, page by page: the ids of each page of its continuation chain.
   *
   * @param pages the event ids of each page, in chain order (an empty set for an empty page)
   */
  record ServedDay(List<Set<String>> pages) {
    Set<String> ids() {
      return firstPages(pages.size());
    }

    /** The ids of the chain's first {@code n} pages. */
    Set<String> firstPages(int n) {
      Set<String> ids = new TreeSet<>();
      pages.subList(0, n).forEach(ids::addAll);
      return ids;
    }

    long emptyPages() {
      return pages.stream().filter(Set::isEmpty).count();
    }

    /** Pages holding at least {@code n} events: the marks of an hour too busy for one page. */
    long pagesWithAtLeast(int n) {
      return pages.stream().filter(p -> p.size() >= n).count();
    }
  }

  /**
   * The day's chain as the API serves it now, read independently of pbiadmin through the client.
   */
  static ServedDay served(Emulator emulator, LocalDate day) {
    PowerBiAdminClient client = client(emulator, 3);
    List<Set<String>> pages = new ArrayList<>();
    ActivityEventsPage page = client.getActivityEvents(ActivityEventsRequest.day(day, null));
    while (true) {
      Set<String> ids = new TreeSet<>();
      page.events().forEach(e -> ids.add(e.id()));
      pages.add(ids);
      if (page.continuationToken() == null || pages.size() > 10_000) {
        return new ServedDay(pages);
      }
      page = client.getActivityEventsNext(page.continuationToken());
    }
  }

  @CommandLine.Command(name = "holder")
  static final class Holder {
    @Mixin AuthOptions auth;
  }
}
