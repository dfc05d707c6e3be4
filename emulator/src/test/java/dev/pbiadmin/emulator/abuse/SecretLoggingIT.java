package dev.pbiadmin.emulator.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pbiadmin.emulator.DemoCredentials;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.directory.AppCertificates;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.testing.TestCertificates;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * With every logger (the emulator's, Jetty's, Javalin's) at TRACE and captured in memory, secret,
 * certificate and password token requests, Power BI calls and management calls leave no client
 * secret, password, client assertion, access token (or its signature) or management key in the log.
 */
class SecretLoggingIT {
  private static final List<String> LOGGERS =
      List.of(Logger.ROOT_LOGGER_NAME, "org.eclipse.jetty", "io.javalin", "dev.pbiadmin");

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final List<Level> saved = new ArrayList<>();
  private OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender;

  @BeforeEach
  void captureEverythingAtTrace() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %logger - %msg %ex%n");
    encoder.start();
    appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(captured);
    appender.start();
    for (String name : LOGGERS) {
      Logger logger = context.getLogger(name);
      saved.add(logger.getLevel());
      logger.setLevel(Level.TRACE);
    }
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
  }

  @AfterEach
  void restoreLevels() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    appender.stop();
    for (int i = 0; i < LOGGERS.size(); i++) {
      context.getLogger(LOGGERS.get(i)).setLevel(saved.get(i));
    }
  }

  @Test
  void tokenAndApiTraffic_atTrace_logsNoSecretOrToken(@TempDir Path dir) throws Exception {
    List<String> secrets = new ArrayList<>();
    try (Emulator emulator = Emulator.builder().dataDir(dir).demoWorkspaces(2).build().start()) {
      DemoCredentials demo = emulator.demo().orElseThrow();
      Abuse abuse = new Abuse(emulator);
      String tokenPath = "/" + emulator.tenantId() + "/oauth2/v2.0/token";
      String scope = "&scope=" + Abuse.enc(Abuse.POWER_BI_SCOPE);
      secrets.addAll(
          List.of(
              demo.clientSecret(),
              Abuse.enc(demo.clientSecret()),
              demo.adminPassword(),
              emulator.managementKey()));

      Abuse.Reply secret =
          abuse.post(
              tokenPath,
              null,
              "application/x-www-form-urlencoded",
              "grant_type=client_credentials&client_id="
                  + demo.clientId()
                  + "&client_secret="
                  + Abuse.enc(demo.clientSecret())
                  + scope);
      String basic =
          Base64.getEncoder()
              .encodeToString(
                  (demo.clientId() + ":" + demo.clientSecret()).getBytes(StandardCharsets.UTF_8));
      secrets.add(basic);
      Abuse.Reply viaBasic =
          abuse.post(
              tokenPath,
              "Basic " + basic,
              "application/x-www-form-urlencoded",
              "grant_type=client_credentials" + scope);
      Abuse.Reply password =
          abuse.post(
              tokenPath,
              null,
              "application/x-www-form-urlencoded",
              "grant_type=password&client_id="
                  + demo.clientId()
                  + "&username="
                  + Abuse.enc(demo.adminUserPrincipalName())
                  + "&password="
                  + Abuse.enc(demo.adminPassword())
                  + scope);
      String wrongPassword = "Wrong-" + UUID.randomUUID();
      secrets.add(wrongPassword);
      abuse
          .post(
              tokenPath,
              null,
              "application/x-www-form-urlencoded",
              "grant_type=password&client_id="
                  + demo.clientId()
                  + "&username="
                  + Abuse.enc(demo.adminUserPrincipalName())
                  + "&password="
                  + wrongPassword
                  + scope)
          .assertEntraError(400, "invalid_grant", 50126);
      String assertion = certificateAssertion(emulator, demo.clientId());
      secrets.add(assertion);
      Abuse.Reply certificate =
          abuse.post(
              tokenPath,
              null,
              "application/x-www-form-urlencoded",
              "grant_type=client_credentials&client_id="
                  + demo.clientId()
                  + "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
                  + "&client_assertion="
                  + assertion
                  + scope);

      for (Abuse.Reply reply : List.of(secret, viaBasic, password, certificate)) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String token = reply.json().get("access_token").asText();
        secrets.add(token);
        assertThat(abuse.get("/v1.0/myorg/admin/groups?$top=1", "Bearer " + token).status())
            .isLessThan(500);
      }
      String expiredLooking = secret.json().get("access_token").asText() + "x";
      secrets.add(expiredLooking);
      abuse.get("/v1.0/myorg/admin/groups?$top=1", "Bearer " + expiredLooking);
      assertThat(
              abuse
                  .management("GET", "/emulator/apps", emulator.managementKey(), null, null)
                  .status())
          .isEqualTo(200);
      abuse.management("GET", "/emulator/apps", emulator.managementKey() + "x", null, null);
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).as("the capture works").contains("emulator serving");
    assertThat(LoggerFactory.getLogger("org.eclipse.jetty.server.HttpChannel").isDebugEnabled())
        .as("the emulator keeps Jetty's header-logging debug output off")
        .isFalse();
    for (String s : secrets) {
      assertThat(log).doesNotContain(s);
      String[] parts = s.split("\\.");
      if (parts.length == 3) {
        assertThat(log).as("signature part").doesNotContain(parts[2]);
      }
    }
  }

  /** A client assertion signed with a certificate uploaded to the demo app, as MSAL builds one. */
  private static String certificateAssertion(Emulator emulator, String clientId) throws Exception {
    TestCertificates cert = TestCertificates.create("pbiadmin-log-test");
    AppRegistration app = emulator.directory().findAppByClientId(clientId).orElseThrow();
    emulator
        .directory()
        .saveApp(
            new AppRegistration(
                app.clientId(),
                app.servicePrincipalId(),
                app.displayName(),
                app.secrets(),
                List.of(AppCertificates.fromPem(cert.pem())),
                app.permissions()));
    byte[] thumbprint = MessageDigest.getInstance("SHA-1").digest(cert.certificate().getEncoded());
    Instant now = Instant.now();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .x509CertThumbprint(Base64URL.encode(thumbprint))
                .build(),
            new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(emulator.baseUrl() + "/" + emulator.tenantId() + "/oauth2/v2.0/token")
                .jwtID(UUID.randomUUID().toString())
                .notBeforeTime(Date.from(now))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build());
    jwt.sign(new RSASSASigner(cert.keys().getPrivate()));
    return jwt.serialize();
  }
}
