package dev.pbiadmin.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.Management;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin workspaces} against the emulator's Power BI service over HTTPS: paging past 5000
 * workspaces, secret and certificate credentials, a 429 storm, a token expiring mid-run and a
 * service principal Power BI does not allow.
 */
class WorkspacesCommandIT {
  private static final int WORKSPACES = 5100;
  private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(2);
  private static final String OPERATION = "Groups_GetGroupsAsAdmin";
  // Set by a test: the GetGroupsAsAdmin call after which emulated time jumps past token expiry.
  private static final AtomicInteger expireTokensAfterCall = new AtomicInteger(-1);
  private static final AtomicInteger groupsCalls = new AtomicInteger();

  @RegisterExtension
  static EmulatorExtension emulator =
      EmulatorExtension.builder()
          .demoWorkspaces(WORKSPACES)
          .seed(11)
          .tokenLifetime(TOKEN_LIFETIME)
          .module(
              (app, context) ->
                  app.before(
                      "/v1.0/myorg/admin/groups",
                      ctx -> {
                        if (groupsCalls.incrementAndGet() == expireTokensAfterCall.get() + 1) {
                          context.clock().advance(TOKEN_LIFETIME.multipliedBy(2));
                        }
                      }))
          .build();

  @TempDir Path dir;

  @BeforeEach
  void freshQuotaAndLog() {
    Emulator e = emulator.get();
    new Management(e).reset();
    // GetGroupsAsAdmin allows 50 calls per hour and 15 per minute per tenant: start each test in a
    // new window.
    e.clock().advance(Duration.ofHours(1));
    expireTokensAfterCall.set(-1);
    groupsCalls.set(0);
  }

  @Test
  void workspaces_clientSecret_pagesPast5000AsJsonLines() throws Exception {
    Emulator e = emulator.get();

    CliRun run =
        CliRun.run("workspaces", "--emulator", e.dataDir().toString(), "--format", "jsonl");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(5000);
    assertThat(lines.stream().map(l -> l.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1")).distinct())
        .hasSameSizeAs(lines);
    List<JsonNode> calls = new Management(e).requests(OPERATION);
    assertThat(calls)
        .extracting(c -> c.get("path").asText())
        .anyMatch(p -> p.contains("$skip=5000"));
    assertThat(run.err()).as("no progress line when not on a terminal").isEmpty();
  }

  @Test
  void workspaces_pemCertificateWithExpandUsers_writesParquetAndChildTable() throws Exception {
    Emulator e = emulator.get();
    ClientCertificate cert = ClientCertificate.uploadTo(e, demo().clientId(), dir);
    Path output = dir.resolve("ws.parquet");

    CliRun run =
        CliRun.run(
            "workspaces",
            "--emulator",
            e.dataDir().toString(),
            "--client-id",
            demo().clientId(),
            "--certificate",
            cert.pem().toString(),
            "--expand",
            "users",
            "--no-personal",
            "--format",
            "parquet",
            "--output",
            output.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    try (var db = DriverManager.getConnection("jdbc:duckdb:");
        var statement = db.createStatement()) {
      ResultSet main =
          statement.executeQuery(
              "SELECT count(*), count(*) FILTER (WHERE type = 'PersonalGroup') FROM '"
                  + output
                  + "'");
      main.next();
      assertThat(main.getLong(1)).isPositive();
      assertThat(main.getLong(2)).isZero();
      ResultSet users =
          statement.executeQuery(
              "SELECT count(*), count(DISTINCT u.workspaceId) FILTER (WHERE w.id IS NULL) FROM '"
                  + dir.resolve("ws_users.parquet")
                  + "' u LEFT JOIN '"
                  + output
                  + "' w ON u.workspaceId = w.id");
      users.next();
      assertThat(users.getLong(1)).as("user rows").isPositive();
      assertThat(users.getLong(2)).as("user rows without their workspace").isZero();
    }
  }

  @Test
  void workspaces_429Storm_riddenOut() {
    Emulator e = emulator.get();
    Management management = new Management(e);
    management.faults(
        Map.of(
            "seed",
            1,
            "rules",
            List.of(
                Map.of("route", OPERATION, "throttleCount", 3, "throttleRetryAfterSeconds", 1))));

    CliRun run =
        CliRun.run(
            "workspaces",
            "--emulator",
            e.dataDir().toString(),
            "--state",
            "Active",
            "--format",
            "csv",
            "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().count()).isGreaterThan(1);
    assertThat(management.requests(OPERATION))
        .extracting(c -> c.get("status").asInt())
        .containsSubsequence(429, 429, 429, 200);
  }

  @Test
  void workspaces_tokenExpiresMidRun_refreshedAndCompletes() {
    Emulator e = emulator.get();
    expireTokensAfterCall.set(2);

    CliRun run =
        CliRun.run(
            "workspaces",
            "--emulator",
            e.dataDir().toString(),
            "--page-size",
            "1000",
            "--format",
            "jsonl");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().count()).isGreaterThan(5000);
    assertThat(new Management(e).requests(OPERATION))
        .extracting(c -> c.get("status").asInt())
        .contains(403);
  }

  @Test
  void workspaces_servicePrincipalNotAllowed_exit4PointingToDoctorWithoutRetry() {
    Emulator e = emulator.get();
    AppRegistration app =
        e.directory().apps().stream()
            .filter(a -> a.displayName().equals(DemoTenant.MISCONFIGURED_APP_NAME))
            .findFirst()
            .orElseThrow();
    String secret = e.directory().addSecret(app.clientId(), "cli-it", null);

    CliRun run =
        CliRun.run(
            Map.of("APP_SECRET", secret),
            "",
            "workspaces",
            "--emulator",
            e.dataDir().toString(),
            "--client-id",
            app.clientId(),
            "--client-secret-env",
            "APP_SECRET");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_AUTHORIZED.code());
    assertThat(run.err())
        .contains("PowerBINotAuthorizedException", "pbiadmin doctor")
        .doesNotContain(secret);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(new Management(e).requests(OPERATION)).hasSize(1);
  }

  private static DemoCredentials demo() {
    return emulator.get().demo().orElseThrow();
  }
}
