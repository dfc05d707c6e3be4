package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.auth.CredentialSource;
import java.util.List;

/**
 * Explains the AADSTS errors a client-credentials request for Power BI can meet: cause and fix in
 * the portal's words, from Microsoft's error-code reference and client-credentials pages.
 */
final class Aadsts {
  private Aadsts() {}

  static final String V1_VS_V2 =
      "v1 vs v2: the v1 endpoint (/oauth2/token) takes resource=<resource>; the v2.0 endpoint"
          + " (/oauth2/v2.0/token) takes scope=<resource>/.default. Both return a token for the"
          + " same resource; sending resource to v2.0 fails (AADSTS901002), and a v2.0"
          + " client-credentials scope must end in /.default (AADSTS1002012).";

  private static final String SECRETS = Portal.APP_REGISTRATION + " → Certificates & secrets";
  private static final String OVERVIEW = Portal.APP_REGISTRATION + " → Overview";

  private static List<String> requestDefaultScope(String resource) {
    return List.of(
        "Request scope " + resource + "/.default (drop --scope; pbiadmin uses it by default).");
  }

  private static List<String> withV1V2(List<String> evidence) {
    List<String> all = new java.util.ArrayList<>(evidence);
    all.add(V1_VS_V2);
    return all;
  }

  /**
   * Why Entra ID does not know the secret. The Secret ID mix-up is named only when the value looks
   * like one (a GUID); the portal's secret Values are 40 characters with a tilde, never a GUID.
   */
  private static String wrongSecret(CredentialSource source) {
    if (!(source instanceof CredentialSource.ClientSecret secret)) {
      return "Wrong client secret: Entra ID does not know this secret for the app.";
    }
    String from = " (the secret came from " + secret.origin() + ")";
    if (ConfigurationCheck.GUID.matcher(secret.value()).matches()) {
      return "Wrong client secret: the value given is a GUID, which is what a Secret ID looks like;"
          + " Entra ID needs the secret's Value"
          + from
          + ".";
    }
    return "Wrong client secret: Entra ID does not know this secret for the app"
        + from
        + ". It is not shaped like a Secret ID (a GUID), so more likely it was replaced or deleted,"
        + " belongs to another app, or was cut short when copied.";
  }

  private static String user(DoctorSettings s) {
    return s.connection().credential() instanceof CredentialSource.UserPassword u
        ? u.username()
        : "the user";
  }

  /** Cause and fix for {@code error}; a generic explanation for codes the doctor does not know. */
  static Diagnosis explain(EntraError error, DoctorSettings s, List<String> evidence) {
    String code = error.codeName();
    String resource = s.resource();
    return switch (error.aadsts()) {
      case 7000215 ->
          Diagnosis.of(
              code,
              wrongSecret(s.connection().credential()),
              evidence,
              List.of(
                  "Open " + SECRETS + " → Client secrets.",
                  "Select New client secret, then copy the Value column (not the Secret ID) — the"
                      + " portal shows it only once.",
                  "Give pbiadmin the new value (for example in AZURE_CLIENT_SECRET) and run the"
                      + " doctor again."),
              Portal.DOCS_AADSTS);
      case 7000222 ->
          Diagnosis.of(
              code,
              "The client secret has expired.",
              evidence,
              List.of(
                  "Open " + SECRETS + " → Client secrets; the Expires column shows the date.",
                  "Select New client secret, copy its Value and give it to pbiadmin; then delete"
                      + " the expired secret.",
                  "Consider a certificate credential instead (Certificates tab) and a reminder"
                      + " before the next expiry."),
              Portal.DOCS_AADSTS);
      case 700016 ->
          Diagnosis.of(
              code,
              "No application with client id "
                  + s.clientId()
                  + " exists in tenant "
                  + s.tenant()
                  + ": the client id is wrong, or the app is registered in another tenant.",
              evidence,
              List.of(
                  "Open "
                      + OVERVIEW
                      + " and copy the Application (client) ID and the Directory (tenant) ID.",
                  "Pass them with --client-id and --tenant. The Object ID on the same page is not"
                      + " the client id."),
              Portal.DOCS_AADSTS);
      case 90002 ->
          Diagnosis.of(
              code,
              "Tenant "
                  + s.tenant()
                  + " does not exist at "
                  + Cloud.host(s.authorityHost())
                  + ": a typo in the tenant id or domain, or a tenant of another cloud.",
              evidence,
              List.of(
                  "Copy the Directory (tenant) ID from "
                      + OVERVIEW
                      + " (or Azure portal → Microsoft Entra ID → Overview → Tenant ID).",
                  "For a national cloud use its authority host, e.g. login.microsoftonline.us for"
                      + " GCC High and DoD."),
              Portal.DOCS_AADSTS);
      case 9001023 ->
          Diagnosis.of(
              code,
              "The request went to a multi-tenant authority (/common, /organizations or"
                  + " /consumers). Client credentials need the tenant itself.",
              evidence,
              List.of(
                  "Copy the Directory (tenant) ID from "
                      + OVERVIEW
                      + " and pass it with --tenant."),
              Portal.DOCS_CLIENT_CREDENTIALS);
      case 1002012 ->
          Diagnosis.of(
              code,
              "The scope "
                  + s.effectiveScope()
                  + " lacks /.default. Client credentials get all application permissions of a"
                  + " resource at once, so the v2.0 scope is <resource>/.default; named scopes"
                  + " (like Tenant.Read.All) belong to delegated, signed-in-user tokens.",
              withV1V2(evidence),
              requestDefaultScope(resource),
              Portal.DOCS_CLIENT_CREDENTIALS);
      case 70011, 500011, 700022 ->
          Diagnosis.of(
              code,
              "The scope "
                  + s.effectiveScope()
                  + " does not name a resource Entra ID can issue a token for here: a typo, a"
                  + " resource of another cloud, or several resources in one request. Power BI's"
                  + " resource is "
                  + resource
                  + ".",
              withV1V2(evidence),
              requestDefaultScope(resource),
              Portal.DOCS_CLIENT_CREDENTIALS);
      case 901002 ->
          Diagnosis.of(
              code,
              "The v2.0 endpoint was sent a resource parameter; resource belongs to the v1"
                  + " endpoint.",
              withV1V2(evidence),
              List.of(
                  "On /oauth2/v2.0/token send scope="
                      + resource
                      + "/.default; or send resource="
                      + resource
                      + " to /oauth2/token (v1)."),
              Portal.DOCS_CLIENT_CREDENTIALS);
      case 700027 ->
          Diagnosis.of(
              code,
              "Entra ID rejected the certificate assertion: the app has no certificate matching the"
                  + " one pbiadmin signs with (its thumbprints are below, each form labelled).",
              evidence,
              List.of(
                  "Open "
                      + SECRETS
                      + " → Certificates and compare the Thumbprint column with the local SHA-1 hex"
                      + " thumbprint.",
                  "If it is missing, select Upload certificate and upload the public certificate"
                      + " (.cer, .pem or .crt) of the key pbiadmin uses."),
              Portal.DOCS_CERTIFICATES);
      case 50027 ->
          Diagnosis.of(
              code,
              "The client assertion is malformed: Entra ID could not read the JWT pbiadmin signed"
                  + " with the certificate.",
              evidence,
              List.of(
                  "Check that the certificate file holds an RSA key and its certificate; export it"
                      + " again if in doubt."),
              Portal.DOCS_CERTIFICATES);
      case 700021 ->
          Diagnosis.of(
              code,
              "The client assertion names another application than the client id sent.",
              evidence,
              List.of("Use the Application (client) ID of the app the certificate is uploaded to."),
              Portal.DOCS_CERTIFICATES);
      case 700024, 500133 ->
          Diagnosis.of(
              code,
              "The client assertion's time window was rejected: this computer's clock is wrong.",
              evidence,
              List.of("Synchronise the system clock (NTP) and run the doctor again."),
              Portal.DOCS_CERTIFICATES);
      case 7000218 ->
          s.connection().credential() instanceof CredentialSource.UserPassword
              ? Diagnosis.of(
                  code,
                  "A password sign-in sends no client credential, which Entra ID accepts only from"
                      + " a public client: this app is not one.",
                  evidence,
                  List.of(
                      "Open "
                          + Portal.APP_REGISTRATION
                          + " → Authentication → Advanced settings, set \"Allow public client"
                          + " flows\" to Yes, and select Save."),
                  Portal.DOCS_ROPC)
              : Diagnosis.of(
                  code,
                  "The request carried neither a client secret nor a certificate assertion.",
                  evidence,
                  List.of("Give pbiadmin the secret's Value or a certificate file."),
                  Portal.DOCS_CLIENT_CREDENTIALS);
      case 50126 ->
          Diagnosis.of(
              code,
              "Wrong user name or password for " + user(s) + ".",
              evidence,
              List.of(
                  "Check --username (the user principal name, as Microsoft Entra ID → Users shows"
                      + " it) and the password given in PBIADMIN_PASSWORD, --password-env,"
                      + " --password-file or --password-stdin."),
              Portal.DOCS_AADSTS);
      case 50034 ->
          Diagnosis.of(
              code,
              "There is no user " + user(s) + " in tenant " + s.tenant() + ".",
              evidence,
              List.of(
                  "Pass --username with the user principal name as Microsoft Entra ID → Users shows"
                      + " it, and --tenant with the user's own tenant."),
              Portal.DOCS_AADSTS);
      case 50076, 50079, 50158 ->
          Diagnosis.of(
              code,
              (error.aadsts() == 50079
                      ? "The user must first register for multi-factor authentication"
                      : "Multi-factor authentication is required for " + user(s))
                  + ": a password sign-in cannot answer an MFA prompt, so Entra ID gives it no"
                  + " token.",
              evidence,
              List.of(
                      error.aadsts() == 50079
                          ? "Register the user's MFA method once at https://aka.ms/mfasetup."
                          : "",
                      "Sign in with --auth master-account-device-code, which completes MFA in a"
                          + " browser,",
                      "or, better for unattended runs, use a service principal (no MFA prompt; it"
                          + " needs the tenant setting \""
                          + Portal.READ_ONLY_ADMIN_APIS
                          + "\" instead of a Fabric administrator).")
                  .stream()
                  .filter(step -> !step.isEmpty())
                  .toList(),
              Portal.DOCS_AADSTS);
      case 53003, 53000, 53001 ->
          Diagnosis.of(
              code,
              "A Conditional Access policy blocked this sign-in for "
                  + user(s)
                  + (error.aadsts() == 53003
                      ? ""
                      : " (it requires a compliant or domain-joined device)")
                  + ".",
              evidence,
              List.of(
                  "Microsoft Entra ID → Monitoring → Sign-in logs: find the sign-in by its"
                      + " Correlation ID; the Conditional Access tab names the policy and what it"
                      + " requires.",
                  "Sign in from a place and device the policy allows (--auth"
                      + " master-account-device-code on such a device), or use a service"
                      + " principal."),
              Portal.DOCS_AADSTS);
      case 50053, 50055, 50057 ->
          Diagnosis.of(
              code,
              switch (error.aadsts()) {
                case 50053 ->
                    "The account " + user(s) + " is locked, or its sign-in is blocked for now.";
                case 50055 -> "The password of " + user(s) + " has expired.";
                default -> "The account " + user(s) + " is disabled.";
              },
              evidence,
              List.of(
                  error.aadsts() == 50055
                      ? "Change the password (sign in once interactively), then pass the new one."
                      : "Ask an administrator to check the user in Microsoft Entra ID → Users"
                          + " (sign-in allowed, not locked)."),
              Portal.DOCS_AADSTS);
      case 65001 ->
          Diagnosis.of(
              code,
              "The app has no consented delegated permission for Power BI, so Entra ID will not"
                  + " issue a user token for it.",
              evidence,
              List.of(
                  "Open "
                      + Portal.APP_REGISTRATION
                      + " → API permissions → Add a permission → Power BI Service →"
                      + " Delegated permissions → Tenant.Read.All.",
                  "Select \"Grant admin consent\" for the tenant."),
              Portal.DOCS_ENABLE_SP);
      case 7000112 ->
          Diagnosis.of(
              code,
              "The application is disabled in this tenant.",
              evidence,
              List.of(
                  "Open "
                      + Portal.ENTERPRISE_APP
                      + " → Properties and set \"Enabled for users to sign-in?\" to Yes."),
              Portal.DOCS_AADSTS);
      case 50049 ->
          Diagnosis.of(
              code,
              "The authority host " + s.authorityHost() + " is not an Entra ID instance.",
              evidence,
              List.of(
                  "Use https://login.microsoftonline.com (public cloud and GCC),"
                      + " login.microsoftonline.us (GCC High, DoD) or login.chinacloudapi.cn"
                      + " (China)."),
              Portal.DOCS_AADSTS);
      default ->
          Diagnosis.of(
              code,
              "Entra ID refused the token request ("
                  + code
                  + "). Its own explanation is the evidence below.",
              evidence,
              List.of("Look the code up at " + Portal.DOCS_AADSTS + "."),
              Portal.DOCS_AADSTS);
    };
  }
}
