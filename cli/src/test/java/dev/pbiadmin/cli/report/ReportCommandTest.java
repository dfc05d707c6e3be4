package dev.pbiadmin.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void report_tinyInventory_writesOneSelfContainedFile() throws Exception {
    Path db = TinyInventory.create(dir.resolve("tiny.duckdb"), false);
    Path out = dir.resolve("out.html");
    CliRun run = CliRun.run("report", "--db", db.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.err()).contains("wrote").contains("3 workspaces");
    assertThat(Files.readString(out)).startsWith("<!doctype html>").contains("Chart.js v4.6.1");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("tiny.duckdb", "out.html");
  }

  @Test
  void report_quiet_printsNothing() throws Exception {
    Path db = TinyInventory.create(dir.resolve("tiny.duckdb"), false);
    CliRun run =
        CliRun.run(
            "--quiet", "report", "--db", db.toString(), "--out", dir.resolve("r.html").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.all()).isEmpty();
  }

  @Test
  void report_missingDb_saysHowToCreateIt() {
    CliRun run =
        CliRun.run(
            "report",
            "--db",
            dir.resolve("nope.duckdb").toString(),
            "--out",
            dir.resolve("r.html").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err())
        .contains("there is no inventory database at")
        .contains("pbiadmin inventory");
  }

  @Test
  void report_textFileAsDb_saysItIsNotAnInventory() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.duckdb"), "hello, not a database");
    CliRun run =
        CliRun.run("report", "--db", text.toString(), "--out", dir.resolve("r.html").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err()).contains("is not a pbiadmin inventory");
  }

  @Test
  void report_otherDuckDbFile_saysItIsNotAnInventory() throws Exception {
    Path other = dir.resolve("other.duckdb");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + other);
        var s = c.createStatement()) {
      s.execute("CREATE TABLE t (x INTEGER)");
    }
    CliRun run =
        CliRun.run("report", "--db", other.toString(), "--out", dir.resolve("r.html").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err())
        .contains("is not a pbiadmin inventory (it has no schema_info and workspaces tables)");
  }

  @Test
  void report_outInMissingDirectory_failsBeforeReading() throws Exception {
    Path db = TinyInventory.create(dir.resolve("tiny.duckdb"), false);
    CliRun run =
        CliRun.run(
            "report", "--db", db.toString(), "--out", dir.resolve("no/such/dir/r.html").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err()).contains("cannot write").contains("does not exist");
  }

  @Test
  void report_outIsADirectory_saysToNameAFile() throws Exception {
    Path db = TinyInventory.create(dir.resolve("tiny.duckdb"), false);
    CliRun run = CliRun.run("report", "--db", db.toString(), "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err()).contains("is a directory");
  }
}
