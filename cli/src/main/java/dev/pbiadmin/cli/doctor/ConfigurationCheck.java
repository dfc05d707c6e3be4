package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.auth.ConnectionSettings;
import dev.pbiadmin.cli.auth.CredentialSource;
import dev.pbiadmin.cli.auth.Gap;
import dev.pbiadmin.cli.auth.Notice;
import java.net.URI;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Check 1: what can be judged before any network call. First the gaps every command would stop at
 * (the same {@link ConnectionSettings}, so the same sentences and exit codes), then what only the
 * doctor looks at: tenant and client id shapes, a secret that looks like a Secret ID, a readable
 * certificate (validity dates, key matches certificate) and whether the authority host, API
 * endpoint and resource belong to the same cloud.
 */
final class ConfigurationCheck implements Check {
  static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
  private static final List<String> MULTI_TENANT = List.of("common", "organizations", "consumers");
  private static final Duration EXPIRY_WARNING = Duration.ofDays(30);
  private static final String OVERVIEW = Portal.APP_REGISTRATION + " → Overview";

  @Override
  public String id() {
    return "config";
  }

  @Override
  public String title() {
    return "Configuration";
  }

  @Override
  public CheckResult run(DoctorContext context) {
    ConnectionSettings c = context.settings().connection();
    Findings findings = new Findings();
    findings.ok("identity: " + c.who());
    c.gaps().forEach(gap -> findings.add(Status.FAIL, gap.summary(), diagnose(gap)));
    for (Notice notice : c.notices()) {
      if (notice.warning()) {
        findings.add(
            Status.WARN,
            notice.message(),
            Diagnosis.of(
                notice.code(),
                notice.message(),
                List.of(c.credential().describe()),
                List.of(),
                null));
      } else {
        findings.ok(notice.message());
      }
    }
    boolean tenantOk = c.tenant().map(t -> checkTenant(t, findings)).orElse(true);
    boolean clientOk = c.clientId().map(id -> checkClientId(id, findings)).orElse(true);
    boolean credentialOk = checkCredential(context, findings);
    checkEndpoints(context.settings(), findings);
    context.canRequestToken(c.complete() && tenantOk && clientOk && credentialOk);
    return findings.result(
        this, "tenant, client id, " + credentialName(c.credential()) + " and endpoints look right");
  }

  private static String credentialName(CredentialSource source) {
    if (source instanceof CredentialSource.ClientSecret) {
      return "client secret";
    }
    if (source instanceof CredentialSource.UserPassword) {
      return "user's password";
    }
    return source.describe();
  }

  /** A gap every command would stop at: its sentence is the cause, its exit code the doctor's. */
  private static Diagnosis diagnose(Gap gap) {
    List<String> fix =
        switch (gap.code()) {
          case "MissingTenant" ->
              List.of(
                  "Copy the Directory (tenant) ID from " + OVERVIEW + ".",
                  "Pass it with --tenant or set AZURE_TENANT_ID.");
          case "MissingClientId" ->
              List.of(
                  "Copy the Application (client) ID from "
                      + OVERVIEW
                      + " (not the Object ID, and not a secret's Secret ID).",
                  "Pass it with --client-id or set AZURE_CLIENT_ID.");
          case "NoCredential" ->
              List.of(
                  "Create one in " + Portal.APP_REGISTRATION + " → Certificates & secrets.",
                  "Give pbiadmin the secret's Value (for example in AZURE_CLIENT_SECRET) or the"
                      + " certificate file.");
          default -> List.of();
        };
    return new Diagnosis(
        gap.code(),
        List.of(gap.message()),
        List.of(gap.summary()),
        fix,
        Portal.DOCS_CLIENT_CREDENTIALS,
        gap.exitCode());
  }

  private static boolean checkTenant(String tenant, Findings findings) {
    String t = tenant.toLowerCase(Locale.ROOT);
    if (MULTI_TENANT.contains(t)) {
      findings.add(
          Status.FAIL,
          "tenant '" + t + "' does not name a tenant",
          Diagnosis.of(
              "MultiTenantAuthority",
              "The client credentials flow needs a tenant-specific authority. /"
                  + t
                  + " names no tenant, so Entra ID cannot tell whose service principal signs in"
                  + " (the v2.0 endpoint answers AADSTS9001023 for /common and /consumers).",
              List.of("tenant: " + t),
              List.of(
                  "Copy the Directory (tenant) ID from " + OVERVIEW + ".",
                  "Pass it with --tenant instead of " + t + "."),
              Portal.DOCS_CLIENT_CREDENTIALS));
      return true; // still worth asking Entra ID, to show its own answer as evidence
    }
    if (GUID.matcher(t).matches() || DOMAIN.matcher(t).matches()) {
      findings.ok("tenant: " + t + (GUID.matcher(t).matches() ? " (tenant id)" : " (domain)"));
      return true;
    }
    findings.add(
        Status.FAIL,
        "tenant '" + tenant + "' is neither a tenant id nor a domain",
        Diagnosis.of(
            "TenantShape",
            "A tenant is a GUID (Directory (tenant) ID) or a verified domain such as"
                + " contoso.onmicrosoft.com.",
            List.of("tenant: " + tenant),
            List.of("Copy the Directory (tenant) ID from " + OVERVIEW + "."),
            Portal.DOCS_CLIENT_CREDENTIALS));
    return false;
  }

  private static boolean checkClientId(String clientId, Findings findings) {
    if (GUID.matcher(clientId).matches()) {
      findings.ok("client id: " + clientId);
      return true;
    }
    findings.add(
        Status.FAIL,
        "client id is not a GUID",
        Diagnosis.of(
            "ClientIdShape",
            "The client id is the app's Application (client) ID, a GUID.",
            List.of("client id: " + clientId),
            List.of(
                "Copy the Application (client) ID from "
                    + OVERVIEW
                    + " (not the Object ID, and not a secret's Secret ID).",
                "Pass it with --client-id."),
            Portal.DOCS_CLIENT_CREDENTIALS));
    return false;
  }

  private static boolean checkCredential(DoctorContext context, Findings findings) {
    CredentialSource source = context.settings().connection().credential();
    if (source instanceof CredentialSource.Certificate certificate) {
      return checkCertificate(context, certificate, findings);
    }
    if (source instanceof CredentialSource.ClientSecret secret) {
      if (GUID.matcher(secret.value()).matches()) {
        // A GUID-shaped "secret" is almost always the Secret ID column copied by mistake.
        findings.add(
            Status.WARN,
            "the client secret looks like a Secret ID",
            Diagnosis.of(
                "SecretLooksLikeSecretId",
                "The portal shows two columns for a client secret: Value and Secret ID. Entra ID"
                    + " needs the Value; a GUID is what the Secret ID looks like.",
                List.of("client secret from " + secret.origin() + ": a GUID (value not shown)"),
                List.of(
                    "In "
                        + Portal.APP_REGISTRATION
                        + " → Certificates & secrets → Client secrets, copy the Value column (shown"
                        + " only right after creation; if it is hidden, create a New client"
                        + " secret)."),
                Portal.DOCS_CLIENT_CREDENTIALS));
      } else {
        findings.ok(
            "client secret from "
                + secret.origin()
                + ": present ("
                + secret.value().length()
                + " characters, not shown)");
      }
      return true;
    }
    if (!(source instanceof CredentialSource.None)) {
      findings.ok("credential: " + source.describe());
    }
    return !(source instanceof CredentialSource.None);
  }

  private static boolean checkCertificate(
      DoctorContext context, CredentialSource.Certificate source, Findings findings) {
    var path = source.file();
    if (!Files.isReadable(path)) {
      findings.add(
          Status.FAIL,
          "certificate file not readable",
          Diagnosis.of(
              "CertificateUnreadable",
              "The certificate file does not exist or this user cannot read it.",
              List.of("certificate: " + path),
              List.of("Check the path and the file's permissions."),
              Portal.DOCS_CERTIFICATES));
      return false;
    }
    CertificateCredential credential;
    try {
      credential = CertificateCredential.load(path, source.password().orElse(null));
    } catch (Exception e) {
      findings.add(
          Status.FAIL,
          "certificate file cannot be read",
          Diagnosis.of(
              "CertificateInvalid",
              "pbiadmin needs a PEM file with the certificate and its private key, or a PKCS#12"
                  + " (.pfx) file with its password.",
              List.of("certificate: " + path, "error: " + e.getMessage()),
              List.of(
                  "Export the certificate with its private key (PEM: -----BEGIN CERTIFICATE-----"
                      + " and -----BEGIN PRIVATE KEY-----; or .pfx with its password in"
                      + " AZURE_CLIENT_CERTIFICATE_PASSWORD or --certificate-password-file)."),
              Portal.DOCS_CERTIFICATES));
      return false;
    }
    context.certificate(credential);
    X509Certificate cert = credential.certificate();
    Instant now = context.clock().instant();
    Instant notBefore = cert.getNotBefore().toInstant();
    Instant notAfter = cert.getNotAfter().toInstant();
    String dates = "valid " + notBefore + " to " + notAfter + "; " + credential.thumbprints();
    boolean usable = true;
    if (!credential.keyMatches()) {
      findings.add(
          Status.FAIL,
          "the private key does not belong to the certificate",
          Diagnosis.of(
              "CertificateKeyMismatch",
              "The private key in the file is not the key of the certificate, so Entra ID would"
                  + " reject every assertion it signs.",
              List.of("certificate: " + path, dates),
              List.of(
                  "Export the certificate together with its own private key, then upload that"
                      + " certificate in "
                      + Portal.APP_REGISTRATION
                      + " → Certificates & secrets → Certificates."),
              Portal.DOCS_CERTIFICATES));
      usable = false;
    }
    if (now.isAfter(notAfter) || now.isBefore(notBefore)) {
      findings.add(
          Status.FAIL,
          now.isAfter(notAfter)
              ? "the certificate has expired"
              : "the certificate is not valid yet",
          Diagnosis.of(
              "CertificateOutsideValidity",
              "Entra ID accepts a certificate credential only within its validity dates.",
              List.of("certificate: " + path, dates, "now: " + now),
              List.of(
                  "Create a new certificate, upload its public part in "
                      + Portal.APP_REGISTRATION
                      + " → Certificates & secrets → Certificates → Upload certificate, and point"
                      + " pbiadmin at it."),
              Portal.DOCS_CERTIFICATES));
    } else if (Duration.between(now, notAfter).compareTo(EXPIRY_WARNING) < 0) {
      findings.add(
          Status.WARN,
          "the certificate expires within 30 days",
          Diagnosis.of(
              "CertificateExpiresSoon",
              "The certificate stops working on " + notAfter + ".",
              List.of(dates),
              List.of(
                  "Upload a new certificate in "
                      + Portal.APP_REGISTRATION
                      + " → Certificates & secrets → Certificates before then."),
              Portal.DOCS_CERTIFICATES));
    } else {
      findings.ok("certificate: " + dates);
    }
    return usable;
  }

  private static void checkEndpoints(DoctorSettings s, Findings findings) {
    URI authority = s.authorityHost();
    URI api = s.apiEndpoint();
    for (URI uri : List.of(authority, api)) {
      if (!"https".equalsIgnoreCase(uri.getScheme())) {
        findings.add(
            Status.FAIL,
            uri + " is not HTTPS",
            Diagnosis.of(
                "NotHttps",
                "Entra ID and Power BI are served over HTTPS only.",
                List.of("endpoint: " + uri),
                List.of("Use https://" + Cloud.host(uri) + "."),
                null));
      }
    }
    String authorityPath = Optional.ofNullable(authority.getPath()).orElse("");
    if (!authorityPath.isEmpty() && !authorityPath.equals("/")) {
      findings.add(
          Status.FAIL,
          "the authority host has a path",
          Diagnosis.of(
              "AuthorityHostHasPath",
              "The authority host is only the scheme and host (https://login.microsoftonline.com);"
                  + " the tenant goes in --tenant.",
              List.of("authority host: " + authority),
              List.of(
                  "Use --authority-host https://"
                      + Cloud.host(authority)
                      + " and --tenant "
                      + authorityPath.replace("/", "")
                      + "."),
              Portal.DOCS_CLIENT_CREDENTIALS));
    }
    if (Cloud.isLocal(authority) || Cloud.isLocal(api)) {
      findings.ok(
          "endpoints: local ("
              + Cloud.host(authority)
              + ", "
              + Cloud.host(api)
              + "), cloud consistency not checked");
      return;
    }
    Optional<Cloud> cloud = Cloud.byApiHost(api);
    if (cloud.isEmpty()) {
      findings.add(
          Status.WARN,
          "unknown Power BI API host " + Cloud.host(api),
          Diagnosis.of(
              "UnknownApiHost",
              "The API endpoint is not one of Power BI's clouds (api.powerbi.com,"
                  + " api.powerbigov.us, api.high.powerbigov.us, api.mil.powerbigov.us,"
                  + " api.powerbi.cn).",
              List.of("API endpoint: " + api),
              List.of("Check --api-url."),
              null));
      return;
    }
    Cloud c = cloud.get();
    if (!Cloud.host(authority).equals(c.authorityHost())) {
      findings.add(
          Status.FAIL,
          "authority host and API endpoint are from different clouds",
          Diagnosis.of(
              "CloudMismatch",
              "The API endpoint "
                  + c.apiHost()
                  + " is "
                  + c.name()
                  + ", whose tenants sign in at "
                  + c.authorityHost()
                  + "; a tenant of one cloud is not found at another cloud's authority"
                  + " (AADSTS90002).",
              List.of("authority host: " + authority, "API endpoint: " + api),
              List.of(
                  "Use --authority-host https://"
                      + c.authorityHost()
                      + " with --api-url https://"
                      + c.apiHost()
                      + " (or --cloud)."),
              Portal.DOCS_CLIENT_CREDENTIALS));
    }
    if (!s.resource().equals(c.resource())) {
      findings.add(
          Status.FAIL,
          "the resource does not match the API endpoint's cloud",
          Diagnosis.of(
              "ResourceMismatch",
              c.name() + " Power BI accepts tokens for " + c.resource() + " only.",
              List.of("resource: " + s.resource(), "API endpoint: " + api),
              List.of("Request the token for " + c.resource() + "."),
              Portal.DOCS_CLIENT_CREDENTIALS));
    }
    if (!findings.hasFailure()) {
      findings.ok("cloud: " + c.name());
    }
  }
}
