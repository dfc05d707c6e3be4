package dev.pbiadmin.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import dev.pbiadmin.client.AuthenticationFailedException;
import dev.pbiadmin.client.ListGroupsOptions;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.PowerBiAdminClientBuilder;
import dev.pbiadmin.client.PowerBiException;
import dev.pbiadmin.client.RateBudgets;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.directory.DemoTenant;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import dev.pbiadmin.emulator.testing.Management;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs the client with secret and certificate credentials through success, retries, refusal and a
 * wrong secret while every logger in the JVM logs at TRACE, and proves no secret, private key,
 * client assertion or access token reaches a client-side log line (pbiadmin client, azure-core,
 * azure-identity, MSAL, the JDK) or an exception message. The in-process emulator's server side
 * (Jetty, Javalin, dev.pbiadmin.emulator) is left out: it is the receiving end, and Jetty at TRACE
 * prints every request header it parses.
 */
class SecretLeakIT {
  /** A JWT: the shape of access tokens and client assertions alike. */
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.");

  @RegisterExtension
  static EmulatorExtension emulator =
      EmulatorExtension.builder().demoWorkspaces(15).seed(9).build();

  static final class Capture extends AppenderBase<ILoggingEvent> {
    final List<String> lines = new ArrayList<>();

    @Override
    protected synchronized void append(ILoggingEvent e) {
      String name = e.getLoggerName();
      if (name.startsWith("org.eclipse.jetty")
          || name.startsWith("io.javalin")
          || name.startsWith("dev.pbiadmin.emulator")) {
        return;
      }
      StringBuilder sb =
          new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
      if (e.getArgumentArray() != null) {
        for (Object a : e.getArgumentArray()) {
          sb.append(" | ").append(a);
        }
      }
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      }
      lines.add(sb.toString());
    }
  }

  @Test
  void wholeRun_atTrace_leaksNoSecretKeyAssertionOrToken(@TempDir Path dir) throws Exception {
    Emulator e = emulator.get();
    var demo = e.demo().orElseThrow();
    TestCertificates cert = TestCertificates.create("pbiadmin-it").registerOn(e, demo.clientId());
    Path pemFile = cert.writePem(dir.resolve("app.pem"));
    var misconfigured =
        e.directory().apps().stream()
            .filter(a -> a.displayName().equals(DemoTenant.MISCONFIGURED_APP_NAME))
            .findFirst()
            .orElseThrow();
    String misconfiguredSecret = e.directory().addSecret(misconfigured.clientId(), "it", null);
    String wrongSecret = "Wr0ng~" + demo.clientSecret().substring(3) + "x";
    EmulatorCredentials.Recording bySecret =
        new EmulatorCredentials.Recording(
            EmulatorCredentials.secret(e, demo.clientId(), demo.clientSecret()));
    EmulatorCredentials.Recording byCert =
        new EmulatorCredentials.Recording(
            EmulatorCredentials.certificate(e, demo.clientId(), pemFile.toString()));
    List<String> texts = new ArrayList<>();

    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level previous = root.getLevel();
    Capture capture = new Capture();
    capture.setContext(root.getLoggerContext());
    capture.start();
    root.addAppender(capture);
    root.setLevel(Level.TRACE);
    // every logger with its own level goes to TRACE as well, whatever logback-test.xml says
    Map<Logger, Level> ownLevels = new java.util.HashMap<>();
    for (Logger l : root.getLoggerContext().getLoggerList()) {
      if (l != root && l.getLevel() != null) {
        ownLevels.put(l, l.getLevel());
        l.setLevel(Level.TRACE);
      }
    }
    // keep TRACE off the console: the test reads the captured lines
    var console = root.getAppender("CONSOLE");
    root.detachAppender("CONSOLE");
    try {
      new Management(e)
          .put(
              "/emulator/faults",
              Map.of(
                  "seed",
                  2,
                  "rules",
                  List.of(
                      Map.of(
                          "route",
                          "Groups_GetGroupsAsAdmin",
                          "throttleCount",
                          1,
                          "throttleRetryAfterSeconds",
                          5),
                      Map.of(
                          "route",
                          "Admin_GetCapacitiesAsAdmin",
                          "errorRate",
                          0.5,
                          "errorStatus",
                          503,
                          "dropRate",
                          0.3))));
      EmulatedTime time = new EmulatedTime(e.clock());
      client(bySecret, time).listGroups(ListGroupsOptions.defaults().withPageSize(4)).stream()
          .toList();
      client(byCert, time).listCapacities().stream().toList();
      texts.add(
          trace(
              catchThrowable(
                  () ->
                      client(
                              EmulatorCredentials.secret(
                                  e, misconfigured.clientId(), misconfiguredSecret),
                              time)
                          .listGroups()
                          .stream()
                          .toList())));
      Throwable wrong =
          catchThrowable(
              () ->
                  client(EmulatorCredentials.secret(e, demo.clientId(), wrongSecret), time)
                      .listCapacities()
                      .stream()
                      .toList());
      assertThat(wrong).isInstanceOf(AuthenticationFailedException.class);
      texts.add(trace(wrong));
    } finally {
      root.detachAppender(capture);
      if (console != null) {
        root.addAppender(console);
      }
      root.setLevel(previous);
      ownLevels.forEach(Logger::setLevel);
      new Management(e).delete("/emulator/faults");
    }
    texts.addAll(capture.lines);

    assertThat(capture.lines)
        .anyMatch(l -> l.startsWith("dev.pbiadmin.client"))
        .anyMatch(
            l -> l.startsWith("com.azure.identity") || l.startsWith("com.microsoft.aad.msal4j"));
    assertThat(bySecret.tokens).isNotEmpty();
    assertThat(byCert.tokens).isNotEmpty();
    List<String> secrets =
        new ArrayList<>(
            List.of(demo.clientSecret(), misconfiguredSecret, wrongSecret, keyBody(cert.keyPem())));
    secrets.addAll(bySecret.tokens);
    secrets.addAll(byCert.tokens);
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).as("a log line or message").doesNotContain(secret);
      }
      assertThat(JWT.matcher(text).find()).as("JWT-shaped value in: %s", text).isFalse();
    }
  }

  private static PowerBiAdminClient client(
      com.azure.core.credential.TokenCredential credential, EmulatedTime time) {
    Emulator e = emulator.get();
    return new PowerBiAdminClientBuilder()
        .credential(credential)
        .endpoint(e.powerBiApiUrl().toString())
        .sslContext(e.sslContext())
        .clock(e.clock())
        .sleeper(time)
        .rateBudgets(RateBudgets.documented())
        .buildClient();
  }

  /** A distinctive middle line of the key's base64 body. */
  private static String keyBody(String pem) {
    String[] lines = pem.split("\n");
    return lines[lines.length / 2].strip();
  }

  private static String trace(Throwable t) {
    assertThat(t).isInstanceOf(PowerBiException.class);
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
