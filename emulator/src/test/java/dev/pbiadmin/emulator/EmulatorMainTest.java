package dev.pbiadmin.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmulatorMainTest {

  @Test
  void parse_allOptions_configureTheBuilder() {
    EmulatorConfig config = EmulatorMain.parse(new String[] {"--port", "0", "--data-dir=/tmp/x", "--http",
        "--time-scale", "60", "--token-lifetime", "30", "--demo-workspaces", "3", "--seed", "7"}).build().config();

    assertThat(config.port()).isZero();
    assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/x").toAbsolutePath());
    assertThat(config.http()).isTrue();
    assertThat(config.timeScale()).isEqualTo(60.0);
    assertThat(config.tokenLifetime()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.demoWorkspaces()).isEqualTo(3);
    assertThat(config.seed()).isEqualTo(7);
  }

  @Test
  void parse_activityEventsPerDay_reachesTheServedLog() {
    try (Emulator e = EmulatorMain.parse(new String[] {"--port", "0", "--activity-events-per-day", "1234",
        "--activity-page-size", "100", "--demo-workspaces", "1"}).dataDir(null).build().start()) {
      var yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
      assertThat(e.powerBi().activityLog().eventsOn(yesterday).size()).isEqualTo(1234);
    }
  }

  @Test
  void run_negativeEventsPerDay_isRejected() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EmulatorMain.run(new String[] {"--activity-events-per-day", "-5"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("activityEventsPerDay");
  }

  @Test
  void run_unknownOption_printsUsageAndReturns2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EmulatorMain.run(new String[] {"--bogus"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus").contains("usage:");
  }

  @Test
  void run_badNumber_namesTheOption() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EmulatorMain.run(new String[] {"--port", "high"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port needs a number");
  }
}
