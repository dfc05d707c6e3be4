package dev.pbiadmin.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The standalone emulator's options, declared once: a picocli mixin of {@link EmulatorMain} and of
 * {@code pbiadmin emulator}, turned straight into an {@link Emulator.Builder}. Unset options keep
 * the builder's defaults, except the port and data directory, whose standalone defaults differ from
 * an embedded emulator's.
 */
public final class EmulatorOptions {
  @Option(
      names = "--port",
      paramLabel = "N",
      description =
          "Port on 127.0.0.1; 0 picks a free one (default: " + EmulatorMain.DEFAULT_PORT + ").")
  int port = EmulatorMain.DEFAULT_PORT;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where the tenant, keys and emulator.json live (default: .pbiadmin/emulator).")
  Path dataDir = EmulatorMain.DEFAULT_DATA_DIR;

  @Option(
      names = "--tenant-file",
      paramLabel = "FILE",
      description = "YAML tenant to seed a fresh data directory with (default: the demo tenant).")
  Path tenantFile;

  @Option(
      names = "--http",
      description = "Serve plain HTTP instead of HTTPS (for debugging only; clients need HTTPS).")
  boolean http;

  @Option(
      names = "--time-scale",
      paramLabel = "X",
      description =
          "Emulated time runs X times faster (hourly quotas, scan durations, retention, token"
              + " expiry).")
  Double timeScale;

  @Option(
      names = "--token-lifetime",
      paramLabel = "SECONDS",
      description = "Lifetime of issued access tokens in emulated seconds.")
  Long tokenLifetime;

  @Option(
      names = "--propagation-delay",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long a tenant-setting change takes to take effect, like the real service's up to 15"
              + " minutes: 15m, 90s, 1h or PT15M (default: 0, at once).")
  Duration propagationDelay;

  @Option(
      names = "--demo-workspaces",
      paramLabel = "N",
      description = "Number of generated workspaces in the demo tenant.")
  Integer demoWorkspaces;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the generated demo tenant (same seed, same tenant).")
  Long seed;

  @Option(
      names = "--activity-events-per-day",
      paramLabel = "N",
      description =
          "Audit events per UTC day served by GetActivityEvents (up to 50,000,000, generated page"
              + " by page).")
  Integer activityEventsPerDay;

  @Option(
      names = "--activity-page-size",
      paramLabel = "N",
      description = "Events per GetActivityEvents page (default 5,000).")
  Integer activityPageSize;

  @Option(
      names = "--no-throttling",
      description = "Turn Power BI's request quotas off (benchmarks).")
  boolean noThrottling;

  /**
   * The emulator these options describe, built but not started; a value the builder refuses becomes
   * a usage error of {@code spec}'s command line, with the builder's sentence.
   */
  public Emulator build(CommandSpec spec) {
    try {
      return builder().build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * The builder these options describe; its setters throw IllegalArgumentException for bad values.
   */
  Emulator.Builder builder() {
    Emulator.Builder builder =
        Emulator.builder().port(port).dataDir(dataDir).http(http).throttling(!noThrottling);
    if (tenantFile != null) {
      builder.tenantFile(tenantFile);
    }
    if (timeScale != null) {
      builder.timeScale(timeScale);
    }
    if (tokenLifetime != null) {
      builder.tokenLifetime(Duration.ofSeconds(tokenLifetime));
    }
    if (propagationDelay != null) {
      builder.propagationDelay(propagationDelay);
    }
    if (demoWorkspaces != null) {
      builder.demoWorkspaces(demoWorkspaces);
    }
    if (seed != null) {
      builder.seed(seed);
    }
    if (activityEventsPerDay != null) {
      builder.activityEventsPerDay(activityEventsPerDay);
    }
    if (activityPageSize != null) {
      builder.activityPageSize(activityPageSize);
    }
    return builder;
  }

  /**
   * {@code 15m}, {@code 90s}, {@code 1h}, {@code 2d} or ISO-8601 ({@code PT15M}); never negative.
   */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String text = value.strip().toLowerCase(Locale.ROOT);
      Duration duration;
      try {
        if (text.startsWith("p")) {
          duration = Duration.parse(text.toUpperCase(Locale.ROOT));
        } else {
          long amount = Long.parseLong(text.substring(0, text.length() - 1));
          duration =
              switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new NumberFormatException();
              };
        }
      } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a duration; write 15m, 90s, 1h or PT15M");
      }
      if (duration.isNegative()) {
        throw new TypeConversionException("'" + value + "' is negative; a delay is 0 or more");
      }
      return duration;
    }
  }
}
