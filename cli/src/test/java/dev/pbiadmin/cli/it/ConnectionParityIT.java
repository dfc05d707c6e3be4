package dev.pbiadmin.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.Management;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way to give pbiadmin a connection, taken the same way by {@code pbiadmin token} and by
 * {@code pbiadmin doctor}: the same identity signs in (the token command prints its claims, the
 * doctor's token and claims checks pass for the same app or user), over HTTPS against the emulator.
 */
class ConnectionParityIT {
  @RegisterExtension
  static EmulatorExtension emulator = EmulatorExtension.builder().demoWorkspaces(3).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  /**
   * Options and environment, and what the token shows about who signed in ("appid X" or "upn U").
   */
  record Way(
      Map<String, String> env, String stdin, List<String> args, String claim, String value) {}

  static Stream<Named<Function<Emulator, Way>>> ways() {
    return Stream.of(
        way(
            "--emulator DIR (its demo service principal)",
            e -> new Way(Map.of(), "", List.of(), "appid", demo(e).clientId())),
        way(
            "--tenant, --client-id, --authority-host, --api-url, --ca-cert",
            e ->
                new Way(
                    secret(e),
                    "",
                    List.of(
                        "--tenant",
                        e.tenantId(),
                        "--client-id",
                        demo(e).clientId(),
                        "--authority-host",
                        e.authorityHost().toString(),
                        "--api-url",
                        e.powerBiApiUrl().toString(),
                        "--ca-cert",
                        e.caCertificate().toString()),
                    "appid",
                    demo(e).clientId())),
        way(
            "AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_AUTHORITY_HOST",
            e ->
                new Way(
                    Map.of(
                        "AZURE_TENANT_ID",
                        e.tenantId(),
                        "AZURE_CLIENT_ID",
                        demo(e).clientId(),
                        "AZURE_CLIENT_SECRET",
                        demo(e).clientSecret(),
                        "AZURE_AUTHORITY_HOST",
                        e.authorityHost().toString()),
                    "",
                    List.of(
                        "--api-url",
                        e.powerBiApiUrl().toString(),
                        "--ca-cert",
                        e.caCertificate().toString()),
                    "appid",
                    demo(e).clientId())),
        way(
            "--client-secret-stdin",
            e ->
                new Way(
                    Map.of(),
                    demo(e).clientSecret() + "\n",
                    List.of(
                        "--emulator",
                        e.dataDir().toString(),
                        "--client-id",
                        demo(e).clientId(),
                        "--client-secret-stdin"),
                    "appid",
                    demo(e).clientId())),
        way(
            "--client-secret-file",
            e ->
                new Way(
                    Map.of(),
                    "",
                    List.of(
                        "--emulator",
                        e.dataDir().toString(),
                        "--client-id",
                        demo(e).clientId(),
                        "--client-secret-file",
                        write("secret.txt", demo(e).clientSecret() + "\n").toString()),
                    "appid",
                    demo(e).clientId())),
        way(
            "--client-secret-env NAME",
            e ->
                new Way(
                    Map.of("MY_SECRET", demo(e).clientSecret()),
                    "",
                    List.of(
                        "--emulator",
                        e.dataDir().toString(),
                        "--client-id",
                        demo(e).clientId(),
                        "--client-secret-env",
                        "MY_SECRET"),
                    "appid",
                    demo(e).clientId())),
        way(
            "--auth master-account-password with --username and --password-file",
            e ->
                new Way(
                    Map.of(),
                    "",
                    List.of(
                        "--emulator",
                        e.dataDir().toString(),
                        "--auth",
                        "master-account-password",
                        "--username",
                        demo(e).adminUserPrincipalName(),
                        "--password-file",
                        write("password.txt", demo(e).adminPassword() + "\n").toString()),
                    "upn",
                    demo(e).adminUserPrincipalName())),
        way(
            "--certificate PEM",
            e ->
                new Way(
                    Map.of(),
                    "",
                    List.of(
                        "--emulator",
                        e.dataDir().toString(),
                        "--client-id",
                        demo(e).clientId(),
                        "--certificate",
                        certificate(e).toString()),
                    "appid",
                    demo(e).clientId())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ways")
  void connection_sameIdentityForTokenAndDoctor(Function<Emulator, Way> of) throws Exception {
    Way way = of.apply(emulator.get());
    List<String> args = new ArrayList<>(way.args());
    if (args.stream().noneMatch(a -> a.equals("--emulator") || a.equals("--ca-cert"))) {
      args.addAll(List.of("--emulator", emulator.get().dataDir().toString()));
    }
    CliRun token = CliRun.run(way.env(), way.stdin(), with("token", args));
    CliRun doctor =
        CliRun.run(way.env(), way.stdin(), with("doctor", args, "--json", "--no-graph"));

    assertThat(token.exitCode()).as(token.all()).isZero();
    assertThat(token.out())
        .containsPattern("(?m)^" + way.claim() + " +" + Pattern.quote(way.value()) + "$");
    JsonNode checks = JSON.readTree(doctor.out()).path("checks");
    assertThat(checks.get(1).path("status").asText()).as(doctor.out()).isEqualTo("pass");
    assertThat(checks.get(2).path("status").asText()).as(doctor.out()).isEqualTo("pass");
    assertThat(checks.get(2).path("summary").asText() + checks.get(2).path("evidence"))
        .contains(
            way.claim().equals("upn")
                ? "delegated token for " + way.value()
                : "appid = " + way.value());
    assertThat(doctor.exitCode()).as(doctor.out()).isZero();
  }

  @Test
  void secretWithTrailingNewline_trimmedAndNoticedOnBothPaths() {
    Map<String, String> env =
        Map.of("AZURE_CLIENT_SECRET", demo(emulator.get()).clientSecret() + "\n");
    List<String> args =
        List.of(
            "--emulator",
            emulator.get().dataDir().toString(),
            "--client-id",
            demo(emulator.get()).clientId());
    CliRun token = CliRun.run(env, "", with("token", args));
    CliRun doctor = CliRun.run(env, "", with("doctor", args, "--json", "--no-graph"));

    assertThat(token.exitCode()).as(token.all()).isZero();
    assertThat(token.err())
        .contains("Note: AZURE_CLIENT_SECRET has whitespace around the client secret");
    assertThat(doctor.exitCode()).as(doctor.out()).isZero();
    assertThat(doctor.out()).contains("\"code\" : \"SecretWhitespaceTrimmed\"");
  }

  @Test
  void workloadIdentityRefused_bothExplainTheSameAadstsCodeFromTheLibrarysMessage() {
    List<String> args =
        List.of(
            "--emulator",
            emulator.get().dataDir().toString(),
            "--auth",
            "workload-identity",
            "--client-id",
            demo(emulator.get()).clientId(),
            "--federated-token-file",
            write("federated-token", unsignedAssertion(emulator.get())).toString());
    CliRun token = CliRun.run(with("token", args));
    CliRun doctor = CliRun.run(with("doctor", args, "--json", "--no-graph"));

    assertThat(token.exitCode()).as(token.all()).isEqualTo(ExitCode.AUTHENTICATION_FAILED.code());
    String code = token.err().replaceAll("(?s).*(AADSTS\\d+).*", "$1");
    assertThat(code).startsWith("AADSTS");
    assertThat(doctor.exitCode()).as(doctor.out()).isEqualTo(ExitCode.AUTHENTICATION_FAILED.code());
    assertThat(doctor.out())
        .contains("\"code\" : \"" + code + "\"", "azure-identity (federated token file");
  }

  @Test
  void unreachableAuthorityHost_bothTryTheSameHost() {
    List<String> args =
        List.of(
            "--emulator",
            emulator.get().dataDir().toString(),
            "--authority-host",
            "https://127.0.0.1:1");
    CliRun token = CliRun.run(with("token", args));
    CliRun doctor = CliRun.run(with("doctor", args, "--json", "--no-graph"));

    assertThat(token.exitCode()).isEqualTo(ExitCode.NOT_FOUND_OR_IO.code());
    assertThat(token.err()).contains("Cannot connect");
    assertThat(doctor.exitCode()).isEqualTo(ExitCode.AUTHENTICATION_FAILED.code());
    assertThat(doctor.out())
        .contains("\"code\" : \"AuthorityUnreachable\"", "https://127.0.0.1:1/");
  }

  @Test
  void workspaces_userWhoIsNoFabricAdministrator_adviceIsAboutTheUserNotAServicePrincipal()
      throws Exception {
    Emulator e = emulator.get();
    String upn = "reader@" + e.info().tenantDomain();
    new Management(e)
        .put(
            "/emulator/users/" + UUID.randomUUID(),
            Map.of(
                "userPrincipalName",
                upn,
                "password",
                "Reader-Pass-1",
                "fabricAdministrator",
                false));

    CliRun run =
        CliRun.run(
            Map.of("PBIADMIN_PASSWORD", "Reader-Pass-1"),
            "",
            "workspaces",
            "--emulator",
            e.dataDir().toString(),
            "--auth",
            "master-account-password",
            "--username",
            upn);

    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.NOT_AUTHORIZED.code());
    assertThat(run.err())
        .contains("refused the signed-in user", "Fabric Administrator", "Tenant.Read.All")
        .doesNotContain("security group containing this service principal");
  }

  /**
   * A well-formed assertion for the demo app that no certificate of it signed: Entra ID must refuse
   * it.
   */
  private static String unsignedAssertion(Emulator e) {
    long now = Instant.now().getEpochSecond();
    String payload =
        "{\"iss\":\""
            + demo(e).clientId()
            + "\",\"sub\":\""
            + demo(e).clientId()
            + "\",\"aud\":\""
            + e.info().tokenEndpoint()
            + "\",\"nbf\":"
            + now
            + ",\"exp\":"
            + (now + 600)
            + ",\"jti\":\""
            + UUID.randomUUID()
            + "\"}";
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString("not-a-signature".getBytes(StandardCharsets.UTF_8));
  }

  private static Named<Function<Emulator, Way>> way(String name, Function<Emulator, Way> way) {
    return Named.of(name, way);
  }

  private static DemoCredentials demo(Emulator e) {
    return e.demo().orElseThrow();
  }

  private static Map<String, String> secret(Emulator e) {
    return Map.of("AZURE_CLIENT_SECRET", demo(e).clientSecret());
  }

  private static Path write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static Path certificate(Emulator e) {
    try {
      Path certDir = Files.createDirectories(dir.resolve("certificate"));
      return ClientCertificate.uploadTo(e, demo(e).clientId(), certDir).pem();
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String[] with(String command, List<String> args, String... more) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
