package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.PbiAdmin;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ActivityCommandTest {

  /**
   * Runs {@code pbiadmin activity ...} in-process; registers the command if the top one lacks it.
   */
  static int run(StringWriter out, StringWriter err, String... args) {
    PbiAdmin root = new PbiAdmin(Map.of(), new ByteArrayInputStream(new byte[0]));
    CommandLine commandLine = PbiAdmin.commandLine(root);
    if (!commandLine.getSubcommands().containsKey("activity")) {
      commandLine.addSubcommand("activity", new ActivityCommand());
    }
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void activity_malformedDate_isAUsageErrorNamingTheFormat() {
    StringWriter err = new StringWriter();

    int code = run(new StringWriter(), err, "activity", "--from", "2026-13-01");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("2026-13-01", "2026-11-20");
  }

  @Test
  void activity_toInTheFuture_isAUsageErrorBeforeAnySignIn() {
    StringWriter err = new StringWriter();
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    int code = run(new StringWriter(), err, "activity", "--to", tomorrow);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("in the future");
  }

  @Test
  void activity_fromAfterTo_isAUsageError() {
    StringWriter err = new StringWriter();

    int code =
        run(new StringWriter(), err, "activity", "--from", "2026-11-20", "--to", "2026-11-19");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--from 2026-11-20 is after --to 2026-11-19");
  }

  @Test
  void activity_help_namesTheExitCodeOfAnIncompleteDay() {
    StringWriter out = new StringWriter();

    assertThat(run(out, new StringWriter(), "activity", "--help")).isZero();
    assertThat(out.toString()).contains("--incremental", "--parquet", "7 a day is incomplete");
  }
}
