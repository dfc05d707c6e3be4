package dev.pbiadmin.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.spi.EmulatorConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EmulatorMainTest {
  private final StringWriter err = new StringWriter();

  private static EmulatorOptions parse(String... args) {
    EmulatorMain main = new EmulatorMain();
    new CommandLine(main).parseArgs(args);
    return main.options;
  }

  private int execute(String... args) {
    CommandLine commandLine = new CommandLine(new EmulatorMain());
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void parse_allOptions_configureTheBuilder() {
    EmulatorConfig config =
        parse(
                "--port",
                "0",
                "--data-dir=/tmp/x",
                "--http",
                "--time-scale",
                "60",
                "--token-lifetime",
                "30",
                "--demo-workspaces",
                "3",
                "--seed",
                "7",
                "--propagation-delay",
                "15m")
            .builder()
            .build()
            .config();

    assertThat(config.port()).isZero();
    assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/x").toAbsolutePath());
    assertThat(config.http()).isTrue();
    assertThat(config.timeScale()).isEqualTo(60.0);
    assertThat(config.tokenLifetime()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.demoWorkspaces()).isEqualTo(3);
    assertThat(config.seed()).isEqualTo(7);
    assertThat(config.propagationDelay()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void parse_noOptions_standaloneDefaultsAndBuilderDefaults() {
    EmulatorConfig config = parse().builder().build().config();

    assertThat(config.port()).isEqualTo(EmulatorMain.DEFAULT_PORT);
    assertThat(config.dataDir()).isEqualTo(EmulatorMain.DEFAULT_DATA_DIR.toAbsolutePath());
    assertThat(config.propagationDelay()).isZero();
    assertThat(config.timeScale()).isEqualTo(1.0);
  }

  @Test
  void parse_propagationDelayForms_allMeanTheSameDuration() {
    for (String form : new String[] {"900s", "15m", "PT15M", "pt15m"}) {
      assertThat(parse("--propagation-delay", form).builder().build().config().propagationDelay())
          .as(form)
          .isEqualTo(Duration.ofMinutes(15));
    }
  }

  @Test
  void parse_activityEventsPerDay_reachesTheServedLog() {
    try (Emulator e =
        parse(
                "--port",
                "0",
                "--activity-events-per-day",
                "1234",
                "--activity-page-size",
                "100",
                "--demo-workspaces",
                "1")
            .builder()
            .dataDir(null)
            .build()
            .start()) {
      var yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
      assertThat(e.powerBi().activityLog().eventsOn(yesterday).size()).isEqualTo(1234);
    }
  }

  @Test
  void execute_negativeEventsPerDay_usageErrorWithTheBuildersSentence() {
    assertThat(execute("--activity-events-per-day", "-5")).isEqualTo(2);
    assertThat(err.toString()).contains("activityEventsPerDay");
  }

  @Test
  void execute_unknownOption_printsUsageAndReturns2() {
    assertThat(execute("--bogus")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--bogus'").contains("Usage:");
  }

  @Test
  void execute_badNumber_namesTheOption() {
    assertThat(execute("--port", "high")).isEqualTo(2);
    assertThat(err.toString()).contains("--port", "'high'");
  }

  @Test
  void execute_badDuration_saysWhichFormsWork() {
    assertThat(execute("--propagation-delay", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("'soon' is not a duration", "15m", "PT15M");
  }

  @Test
  void execute_missingTenantFile_usageErrorNamingTheFile() {
    assertThat(execute("--tenant-file", "/nonexistent/tenant.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("/nonexistent/tenant.yaml");
  }
}
