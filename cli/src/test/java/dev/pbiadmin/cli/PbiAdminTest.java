package dev.pbiadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.common.ExitCode;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PbiAdminTest {
  // Nothing listens on port 1, so token acquisition fails with a refused connection.
  private static final String[] UNREACHABLE = {
    "--tenant", "11111111-2222-3333-4444-555555555555",
    "--client-id", "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb",
    "--authority-host", "https://127.0.0.1:1/"
  };

  @Test
  void help_listsCommandsExamplesAndExitCodes() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("token", "completion", "Examples:", "Exit codes:");
  }

  @Test
  void version_printsVersionAndJava() {
    CliRun run = CliRun.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("pbiadmin ").contains("Java");
  }

  @Test
  void informational_helpVersionAndCompletion_areTheCommandLinesThatSkipLoggingSetUp() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"-V"},
          {},
          {"help", "token"},
          {"completion"},
          {"token", "--help"},
          {"inventory", "-h"}
        }) {
      assertThat(PbiAdmin.informational(parse(args))).as(String.join(" ", args)).isTrue();
    }
    for (String[] args : new String[][] {{"token"}, {"demo"}, {"-v", "workspaces"}}) {
      assertThat(PbiAdmin.informational(parse(args))).as(String.join(" ", args)).isFalse();
    }
  }

  private static CommandLine.ParseResult parse(String... args) {
    return PbiAdmin.commandLine(new PbiAdmin(Map.of(), InputStream.nullInputStream()))
        .parseArgs(args);
  }

  @Test
  void unknownOption_exitsUsageWithHint() {
    CliRun run = CliRun.run("token", "--tennant=x");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("Unknown option: '--tennant=x'", "Possible solutions: --tenant");
  }

  @Test
  void token_withoutAnyCredential_explainsWhereSecretsComeFrom() {
    CliRun run = CliRun.run("token", "--tenant", "t", "--client-id", "c");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .startsWith("pbiadmin: No credential found")
        .contains("AZURE_CLIENT_SECRET", "--client-secret-file", "--client-secret-stdin");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void token_withoutTenant_saysHowToGiveOne() {
    CliRun run =
        CliRun.run(Map.of("AZURE_CLIENT_SECRET", "s3cr3t-value"), "", "token", "--client-id", "c");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--tenant", "AZURE_TENANT_ID");
  }

  @Test
  void token_unreachableAuthority_oneSentenceWithoutStackTrace() {
    CliRun run = CliRun.run(Map.of("AZURE_CLIENT_SECRET", "s3cr3t-value-1"), "", with("token"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err()).startsWith("pbiadmin: Cannot connect").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void token_unreachableAuthorityVerbose_printsStackTraceWithoutSecret() {
    CliRun run =
        CliRun.run(Map.of("AZURE_CLIENT_SECRET", "s3cr3t-value-2"), "", with("token", "--verbose"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err()).contains("\tat ").doesNotContain("s3cr3t-value-2");
  }

  @Test
  void token_unknownAuthMethod_listsTheMethods() {
    CliRun run = CliRun.run("token", "--auth", "password");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .contains(
            "managed-identity", "workload-identity", "azure-cli", "master-account-device-code");
  }

  @Test
  void workspaces_unknownFormat_namesTheChoicesNotTheEnumConstant() {
    CliRun run = CliRun.run("workspaces", "--format", "nope");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .startsWith(
            "pbiadmin: Invalid value for option '--format': 'nope'; use one of table, csv,"
                + " json, jsonl, parquet.")
        .doesNotContain("No enum constant", "IllegalArgumentException");
  }

  @Test
  void token_emulatorDirWithoutDescriptor_notFoundWithHowToStart() {
    CliRun run = CliRun.run(Map.of(), "", "token", "--emulator", "/nonexistent/pbiadmin-emulator");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(run.err()).contains("emulator.json", "pbiadmin emulator --data-dir");
  }

  @Test
  void completion_printsBashScriptWithSubcommands() {
    CliRun run = CliRun.run("completion");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F", "token", "--client-secret-file");
  }

  private static String[] with(String... first) {
    String[] all = new String[first.length + UNREACHABLE.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(UNREACHABLE, 0, all, first.length, UNREACHABLE.length);
    return all;
  }
}
