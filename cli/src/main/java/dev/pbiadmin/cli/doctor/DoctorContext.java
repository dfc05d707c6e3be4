package dev.pbiadmin.cli.doctor;

import com.azure.core.credential.TokenCredential;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.cli.auth.CredentialSource;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the checks share during one run: the settings, the clock, raw HTTP, earlier results and the
 * facts they established (the credential, the token, the scan result). Single-threaded: checks run
 * one after another.
 */
final class DoctorContext {
  private final DoctorSettings settings;
  private final Clock clock;
  private final Http http;
  private final PrintWriter notices;
  private final Map<String, CheckResult> results = new LinkedHashMap<>();

  private boolean canRequestToken;
  private CertificateCredential certificate;
  private TokenCredential library;
  private Token token;
  private JsonNode scanResult;
  private GraphMembership membership;
  private AdminView adminView;
  private SettingChange proposedChange;

  DoctorContext(DoctorSettings settings, Clock clock, Http http, PrintWriter notices) {
    this.settings = settings;
    this.clock = clock;
    this.http = http;
    this.notices = notices;
  }

  DoctorSettings settings() {
    return settings;
  }

  Clock clock() {
    return clock;
  }

  Http http() {
    return http;
  }

  void record(CheckResult result) {
    results.put(result.id(), result);
  }

  Optional<CheckResult> result(String checkId) {
    return Optional.ofNullable(results.get(checkId));
  }

  boolean passedOrWarned(String checkId) {
    return result(checkId)
        .map(r -> r.status() == Status.PASS || r.status() == Status.WARN)
        .orElse(false);
  }

  /** Set by the configuration check: the identity and its credential are complete and usable. */
  boolean canRequestToken() {
    return canRequestToken;
  }

  void canRequestToken(boolean value) {
    canRequestToken = value;
  }

  Optional<CertificateCredential> certificate() {
    return Optional.ofNullable(certificate);
  }

  void certificate(CertificateCredential value) {
    certificate = value;
  }

  /**
   * Whether the doctor signs in with its own raw requests (client secret, certificate, user
   * password), so it sees Entra ID's error bodies; the other methods (managed identity, workload
   * identity, Azure CLI, environment, device code) only azure-identity can perform.
   */
  boolean rawSignIn() {
    CredentialSource source = settings.connection().credential();
    return source instanceof CredentialSource.ClientSecret
        || source instanceof CredentialSource.Certificate
        || source instanceof CredentialSource.UserPassword;
  }

  /** The same azure-identity credential every other command builds from these settings. */
  TokenCredential library() {
    if (library == null) {
      library = settings.connection().tokenCredential(notices);
    }
    return library;
  }

  Optional<Token> token() {
    return Optional.ofNullable(token);
  }

  /**
   * The token, when it is worth showing to Power BI: a token for another resource, or no JWT at
   * all, would only add noise after the claims check already named the cause.
   */
  Optional<Token> probeToken() {
    boolean useless =
        result("claims")
            .map(r -> "AudienceNotPowerBi".equals(r.code()) || "TokenNotJwt".equals(r.code()))
            .orElse(false);
    return useless ? Optional.empty() : token();
  }

  void token(Token value) {
    token = value;
  }

  Optional<JsonNode> scanResult() {
    return Optional.ofNullable(scanResult);
  }

  void scanResult(JsonNode value) {
    scanResult = value;
  }

  /**
   * The service principal's group memberships as Microsoft Graph reports them, looked up once on
   * first use (by the admin probe, to rank its causes, and by the Graph check, to report them).
   */
  GraphMembership membership() {
    if (membership == null) {
      membership = GraphMembership.lookUp(this);
    }
    return membership;
  }

  /** Where a sign-in that needs the user says so (a device code). */
  PrintWriter notices() {
    return notices;
  }

  /**
   * What the admin identity ({@code --as-admin}) reads, looked up once on first use (by the admin
   * probe, to name the cause as a fact, and by the tenant-settings check, to report it); empty
   * without an admin identity.
   */
  Optional<AdminView> adminView() {
    if (adminView == null && settings.admin().isPresent()) {
      adminView = AdminView.read(this, settings.admin().get());
    }
    return Optional.ofNullable(adminView);
  }

  /** The one tenant-setting change the tenant-settings check proposes, for --fix. */
  Optional<SettingChange> proposedChange() {
    return Optional.ofNullable(proposedChange);
  }

  void proposedChange(SettingChange value) {
    proposedChange = value;
  }

  URI tokenEndpoint(String version) {
    String base = trimSlash(settings.authorityHost().toString());
    String path = "v1".equals(version) ? "/oauth2/token" : "/oauth2/v2.0/token";
    return URI.create(base + "/" + settings.tenant() + path);
  }

  URI api(String pathAndQuery) {
    return URI.create(trimSlash(settings.apiEndpoint().toString()) + pathAndQuery);
  }

  static String trimSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
