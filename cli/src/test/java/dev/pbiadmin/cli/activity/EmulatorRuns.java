package dev.pbiadmin.cli.activity;

import dev.pbiadmin.cli.PbiAdmin;
import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;
import dev.pbiadmin.client.RetryOptions;
import dev.pbiadmin.emulator.Emulator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import dev.pbiadmin.client.ActivityEventsRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** Ways the end-to-end tests drive pbiadmin against a running emulator. */
final class EmulatorRuns {
  private EmulatorRuns() {}

  record Result(int exitCode, String out, String err) {}

  /** {@code pbiadmin activity --emulator DIR ...} in-process; {@code err} sees progress lines live. */
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
    Connection connection = holder.auth.connect(Map.of(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()));
    PowerBiAdminClientBuilder builder = new PowerBiAdminClientBuilder()
        .credential(connection.credential())
        .endpoint(connection.apiUrl())
        .scope(connection.scope())
        .retryOptions(new RetryOptions(maxAttempts, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5)));
    connection.sslContext().ifPresent(builder::sslContext);
    return builder.buildClient();
  }

  /** How many distinct events the API serves for the day, read through the client's own paged list. */
  static int served(Emulator emulator, LocalDate day) {
    Set<String> ids = new HashSet<>();
    client(emulator, 3).listActivityEvents(ActivityEventsRequest.day(day, null)).forEach(e -> ids.add(e.id()));
    return ids.size();
  }

  @CommandLine.Command(name = "holder")
  static final class Holder {
    @Mixin AuthOptions auth;
  }
}
