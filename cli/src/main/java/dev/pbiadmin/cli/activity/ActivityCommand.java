package dev.pbiadmin.cli.activity;

import dev.pbiadmin.cli.auth.AuthOptions;
import dev.pbiadmin.cli.auth.ClientFactory;
import dev.pbiadmin.cli.auth.Connection;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Invocation;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.RateBudgets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pbiadmin activity}: the activity log, one proven-complete UTC day at a time. */
@Command(
    name = "activity",
    mixinStandardHelpOptions = true,
    description = {
      "Pull the tenant's activity log (GetActivityEvents) one UTC day at a time into the"
          + " inventory's",
      "DuckDB file (tables activity_events and activity_days), resumable, each event stored once.",
      "A day is complete only when its continuation chain ended, every page was stored and the day",
      "had settled (24 h); anything less is reported with its reason and a non-zero exit code."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pbiadmin activity --emulator .pbiadmin/emulator --from 2026-11-01 --to 2026-11-07",
      "  pbiadmin activity --tenant <tenant> --client-id <app-id> --incremental --parquet"
          + " activity/",
      "  pbiadmin activity --incremental --filter-activity ViewReport",
      "",
      "Exit codes: 0 every day complete or provisional, 7 a day is incomplete (see the reasons),",
      "3/4/5 authentication failed, not authorized, throttled beyond the retry budget."
    })
public final class ActivityCommand implements Callable<Integer> {
  /** Some requested day is not complete (and not provisional); the reasons are on stderr. */
  public static final int EXIT_INCOMPLETE = ExitCode.INCOMPLETE.code();

  @ParentCommand Invocation root;
  @Spec CommandSpec spec;
  @Mixin AuthOptions auth;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "First UTC day, YYYY-MM-DD (default: the oldest day still retained whole).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Last UTC day, YYYY-MM-DD (default: yesterday).")
  LocalDate to;

  @Option(
      names = "--incremental",
      description = "Pull every day after the newest complete day, and retry unfinished ones.")
  boolean incremental;

  @Option(
      names = "--filter-activity",
      paramLabel = "ACTIVITY",
      description = "Only events of this activity ($filter Activity eq '...').")
  String filterActivity;

  @Option(
      names = "--filter-user",
      paramLabel = "UPN",
      description = "Only events of this user ($filter UserId eq '...').")
  String filterUser;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      defaultValue = "inventory.duckdb",
      description =
          "The DuckDB file, shared with 'pbiadmin inventory' (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--parquet",
      paramLabel = "DIR",
      description =
          "Also write Hive-partitioned Parquet, DIR/date=YYYY-MM-DD/, and verify it by reading it"
              + " back.")
  Path parquet;

  @Override
  public Integer call() {
    validateDates(Clock.systemUTC());
    Connection connection = auth.connect(root.env(), root.in(), spec.commandLine().getErr());
    PowerBiAdminClient client =
        ClientFactory.builder(connection, connection.timeScale())
            .applicationId("pbiadmin-activity")
            .buildClient();
    List<DayOutcome> outcomes;
    try (ActivityStore store = ActivityStore.open(db)) {
      ActivityRun run =
          new ActivityRun(
              new ClientEventSource(client),
              store,
              ActivityHorizon.POWER_BI,
              Clock.systemUTC(),
              spec.commandLine().getOut(),
              spec.commandLine().getErr(),
              root.quiet(),
              root.interactive(),
              budget(connection.timeScale()));
      outcomes =
          run.run(from, to, incremental, new ActivityFilter(filterActivity, filterUser), parquet);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    } catch (ActivityStoreException e) {
      String hint = e.getMessage().contains("lock") ? "; is another process using " + db + "?" : "";
      throw new CliException(ExitCode.NOT_FOUND_OR_IO, e.getMessage() + hint, e);
    }
    for (DayOutcome outcome : outcomes) {
      if (outcome.error() instanceof PowerBiException e) {
        // the service's own refusal (throttled, not authorized, ...) has the most telling exit code
        throw e;
      }
    }
    return outcomes.stream().allMatch(DayOutcome::ok) ? ExitCode.OK.code() : EXIT_INCOMPLETE;
  }

  /**
   * The client's own budget for GetActivityEvents (200 per hour, time-scaled), for the plan and
   * ETA.
   */
  private static CallBudget budget(double timeScale) {
    List<RateBudgets.Limit> limits =
        RateBudgets.documented().timeScale(timeScale).limitsFor("Admin_GetActivityEvents");
    return limits.stream()
        .max(java.util.Comparator.comparing(RateBudgets.Limit::window))
        .map(l -> new CallBudget(l.requests(), l.window()))
        .orElse(null);
  }

  /** The range errors a user can fix without a token: checked before signing in. */
  void validateDates(Clock clock) {
    LocalDate today = ActivityHorizon.today(clock.instant());
    if (to != null && to.isAfter(today)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--to "
              + to
              + " is in the future: the last day that has events is today, "
              + today
              + " (UTC)");
    }
    if (from != null && from.isAfter(to != null ? to : today)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--from "
              + from
              + " is after "
              + (to != null ? "--to " + to : "today, " + today + " (UTC)"));
    }
  }

  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a UTC date such as 2026-11-20");
      }
    }
  }
}
