package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.cli.auth.CredentialSource;
import dev.pbiadmin.cli.common.Secrets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Check 2: a token for Power BI. With a client secret, a certificate or a user's password, a raw
 * request to the v2.0 token endpoint, so the doctor sees Entra ID's own error body (error, AADSTS
 * code, description) instead of a library's wrapped message; when the scope is what failed, a v1
 * request with {@code resource} shows whether the app and credential themselves are fine. With the
 * other methods (managed identity, workload identity, Azure CLI, environment, device code), the
 * azure-identity credential every command uses, and its message explained.
 */
final class TokenCheck implements Check {
  private static final Set<Integer> SCOPE_ERRORS = Set.of(1002012, 70011, 500011, 700022, 901002);

  @Override
  public String id() {
    return "token";
  }

  @Override
  public String title() {
    return "Token acquisition";
  }

  @Override
  public CheckResult run(DoctorContext context) {
    if (!context.canRequestToken()) {
      return CheckResult.skipped(
          this, "skipped: the configuration is not complete enough to ask Entra ID");
    }
    if (!context.rawSignIn()) {
      return LibraryToken.acquire(this, context);
    }
    Observed response =
        TokenRequest.send(context, "v2", "scope", context.settings().effectiveScope());
    if (!response.answered()) {
      return CheckResult.problem(
          this,
          Status.FAIL,
          "Entra ID could not be reached",
          Diagnosis.of(
              "AuthorityUnreachable",
              "No answer from "
                  + context.settings().authorityHost()
                  + ": network, proxy, DNS or TLS trouble.",
              List.of(response.describe()),
              List.of(
                  "Check that this machine can open "
                      + context.settings().authorityHost()
                      + " (proxy settings, firewall)."),
              Portal.DOCS_CLIENT_CREDENTIALS));
    }
    JsonNode body = response.json();
    if (response.status() == 200 && body.hasNonNull("access_token")) {
      return success(context, response, body);
    }
    EntraError error = EntraError.parse(body);
    if (error == null) {
      return CheckResult.problem(
          this,
          Status.FAIL,
          "the authority answered " + response.status() + " without an Entra ID error",
          Diagnosis.of(
              "NotATokenEndpoint",
              context.tokenEndpoint("v2") + " does not behave like an Entra ID token endpoint.",
              List.of(response.describe()),
              List.of(
                  "Check --authority-host: it is only the scheme and host, e.g."
                      + " https://login.microsoftonline.com."),
              Portal.DOCS_CLIENT_CREDENTIALS));
    }
    List<String> evidence = new ArrayList<>(error.evidence(response));
    context.certificate().ifPresent(c -> evidence.add("local certificate: " + c.thumbprints()));
    // The v1 comparison speaks the client-credentials grant only.
    boolean user =
        context.settings().connection().credential() instanceof CredentialSource.UserPassword;
    if (SCOPE_ERRORS.contains(error.aadsts()) && !user) {
      evidence.add(v1Comparison(context));
    }
    Diagnosis diagnosis = Aadsts.explain(error, context.settings(), evidence);
    return CheckResult.problem(
        this,
        Status.FAIL,
        "Entra ID refused the token request (" + error.codeName() + ")",
        diagnosis);
  }

  private CheckResult success(DoctorContext context, Observed response, JsonNode body) {
    String raw = Secrets.register(body.get("access_token").asText());
    Optional<Instant> serverDate = response.header("Date").flatMap(TokenCheck::parseHttpDate);
    context.token(new Token(raw, Token.decodeClaims(raw), context.clock().instant(), serverDate));
    String credential = context.settings().connection().credential().describe();
    return CheckResult.pass(
        this,
        "got a token from the v2.0 endpoint with the " + credential,
        List.of(
            "POST "
                + response.url()
                + " → 200, scope "
                + context.settings().effectiveScope()
                + ", expires_in "
                + body.path("expires_in").asText("?")));
  }

  /**
   * Asks the v1 endpoint for the resource, to tell a scope mistake from an app or credential one.
   */
  private String v1Comparison(DoctorContext context) {
    Observed v1 = TokenRequest.send(context, "v1", "resource", context.settings().resource());
    if (v1.status() == 200 && v1.json().hasNonNull("access_token")) {
      return "v1 endpoint with resource="
          + context.settings().resource()
          + " → 200: the app and its credential work; only the v2.0 scope is wrong";
    }
    EntraError e = EntraError.parse(v1.json());
    return "v1 endpoint with resource="
        + context.settings().resource()
        + " → "
        + (e == null ? v1.describe() : v1.status() + " " + e.codeName());
  }

  private static Optional<Instant> parseHttpDate(String value) {
    try {
      return Optional.of(
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (Exception unparseable) {
      return Optional.empty();
    }
  }
}
