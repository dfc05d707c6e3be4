package dev.pbiadmin.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every connection option a command refuses before any network call, refused the same way by {@code
 * pbiadmin token} (which stops) and {@code pbiadmin doctor} (which reports it as its first
 * failure): the same sentence and the same exit code, because both resolve one {@link
 * ConnectionSettings}.
 */
class ConnectionParityTest {
  private static final String TENANT = "11111111-2222-3333-4444-555555555555";
  private static final String CLIENT = "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb";
  private static final Map<String, String> SECRET =
      Map.of("AZURE_CLIENT_SECRET", "s3cr3t~value-0123456789");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  record Case(
      String name,
      Map<String, String> env,
      String stdin,
      List<String> args,
      ExitCode exitCode,
      String code) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty-secret.txt"), "\n");
    Path notPem = Files.writeString(dir.resolve("not-a-ca.pem"), "hello");
    List<String> ids = List.of("--tenant", TENANT, "--client-id", CLIENT);
    return Stream.of(
            c(
                "empty secret file",
                Map.of(),
                "",
                ids,
                List.of("--client-secret-file", empty.toString()),
                ExitCode.USAGE,
                "SecretUnreadable"),
            c(
                "missing secret file",
                Map.of(),
                "",
                ids,
                List.of("--client-secret-file", dir.resolve("nope").toString()),
                ExitCode.NOT_FOUND_OR_IO,
                "SecretUnreadable"),
            c(
                "empty stdin secret",
                Map.of(),
                "",
                ids,
                List.of("--client-secret-stdin"),
                ExitCode.USAGE,
                "SecretUnreadable"),
            c("no credential at all", Map.of(), "", ids, List.of(), ExitCode.USAGE, "NoCredential"),
            c(
                "--client-secret-env names an unset variable",
                Map.of(),
                "",
                ids,
                List.of("--auth", "secret", "--client-secret-env", "MY_SECRET"),
                ExitCode.USAGE,
                "NoCredential"),
            c(
                "no tenant",
                SECRET,
                "",
                List.of("--client-id", CLIENT),
                List.of(),
                ExitCode.USAGE,
                "MissingTenant"),
            c(
                "no client id",
                SECRET,
                "",
                List.of("--tenant", TENANT),
                List.of(),
                ExitCode.USAGE,
                "MissingClientId"),
            c(
                "--auth certificate without --certificate",
                Map.of(),
                "",
                ids,
                List.of("--auth", "certificate"),
                ExitCode.USAGE,
                "MissingCertificate"),
            c(
                "--auth master-account-password without --username",
                Map.of("PBIADMIN_PASSWORD", "pw"),
                "",
                ids,
                List.of("--auth", "master-account-password"),
                ExitCode.USAGE,
                "MissingUsername"),
            c(
                "--username without a password",
                Map.of(),
                "",
                ids,
                List.of("--auth", "master-account-password", "--username", "ann@contoso.com"),
                ExitCode.USAGE,
                "MissingPassword"),
            c(
                "--password-stdin empty",
                Map.of(),
                "",
                ids,
                List.of(
                    "--auth",
                    "master-account-password",
                    "--username",
                    "ann@contoso.com",
                    "--password-stdin"),
                ExitCode.USAGE,
                "PasswordUnreadable"),
            c(
                "--auth workload-identity without a token file",
                Map.of(),
                "",
                ids,
                List.of("--auth", "workload-identity"),
                ExitCode.USAGE,
                "MissingFederatedTokenFile"),
            c(
                "--ca-cert missing",
                SECRET,
                "",
                ids,
                List.of("--ca-cert", dir.resolve("no-ca.pem").toString()),
                ExitCode.NOT_FOUND_OR_IO,
                "CaCertUnusable"),
            c(
                "--ca-cert not a certificate",
                SECRET,
                "",
                ids,
                List.of("--ca-cert", notPem.toString()),
                ExitCode.NOT_FOUND_OR_IO,
                "CaCertUnusable"),
            c(
                "--emulator without emulator.json",
                Map.of(),
                "",
                List.of(),
                List.of("--emulator", dir.resolve("none").toString()),
                ExitCode.NOT_FOUND_OR_IO,
                "EmulatorNotFound"),
            c(
                "--authority-host not a URL",
                SECRET,
                "",
                ids,
                List.of("--authority-host", "login"),
                ExitCode.USAGE,
                "InvalidUrl"),
            c(
                "--api-url not a URL",
                SECRET,
                "",
                ids,
                List.of("--api-url", "api.powerbi.com"),
                ExitCode.USAGE,
                "InvalidUrl"))
        .map(Arguments::of);
  }

  private static Case c(
      String name,
      Map<String, String> env,
      String stdin,
      List<String> base,
      List<String> more,
      ExitCode exitCode,
      String code) {
    List<String> args = new ArrayList<>(base);
    args.addAll(more);
    return new Case(name, env, stdin, args, exitCode, code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void option_refusedTheSameByTokenAndDoctor(Case c) throws Exception {
    CliRun token = CliRun.run(c.env(), c.stdin(), with("token", c.args()));
    CliRun doctor = CliRun.run(c.env(), c.stdin(), with("doctor", c.args(), "--json"));

    assertThat(token.exitCode()).as(token.err()).isEqualTo(c.exitCode().code());
    assertThat(doctor.exitCode()).as(doctor.all()).isEqualTo(c.exitCode().code());
    String sentence = token.err().strip().replaceFirst("^pbiadmin: ", "");
    JsonNode config = JSON.readTree(doctor.out()).path("checks").get(0);
    assertThat(config.path("status").asText()).isEqualTo("fail");
    assertThat(config.path("code").asText()).isEqualTo(c.code());
    assertThat(config.path("causes").get(0).asText()).isEqualTo(sentence);
    assertThat(JSON.readTree(doctor.out()).path("checks").get(1).path("status").asText())
        .isEqualTo("skipped");
  }

  private static String[] with(String command, List<String> args, String... more) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
