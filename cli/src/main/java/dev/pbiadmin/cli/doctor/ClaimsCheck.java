package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.auth.PrincipalKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Check 3: what the token says about itself — audience, tenant, who it is (app-only or a signed-in
 * user), version, lifetime and clock skew; then what matters for that kind of caller. An app-only
 * Power BI token must carry no Power BI application permissions in {@code roles} (forbidden for
 * service principals on the read-only admin APIs); a user's token must carry {@code
 * Tenant.Read.All} or {@code Tenant.ReadWrite.All} in {@code scp} (every admin API's Required
 * Scope). Roles are judged as Power BI permissions only when the token is for Power BI.
 */
final class ClaimsCheck implements Check {
  /** Power BI Service's well-known application id: a v2.0-style audience for the same resource. */
  static final String POWER_BI_APP_ID = "00000009-0000-0000-c000-000000000000";

  static final Set<String> TENANT_PERMISSIONS = Set.of("Tenant.Read.All", "Tenant.ReadWrite.All");
  private static final Duration SKEW_TOLERANCE = Duration.ofMinutes(5);

  @Override
  public String id() {
    return "claims";
  }

  @Override
  public String title() {
    return "Token contents";
  }

  @Override
  public CheckResult run(DoctorContext context) {
    if (context.token().isEmpty()) {
      return CheckResult.skipped(this, "skipped: no token");
    }
    return judge(context.token().get(), context.settings(), context.clock().instant());
  }

  /** Pure reasoning over the claims, so it is testable with hand-built tokens. */
  CheckResult judge(Token token, DoctorSettings s, Instant now) {
    Findings f = new Findings();
    if (token.claims().isMissingNode() || !token.claims().isObject()) {
      f.add(
          Status.FAIL,
          "the token is not a readable JWT",
          Diagnosis.of(
              "TokenNotJwt",
              "Entra ID returned an access token that is not a JSON Web Token, so Power BI cannot"
                  + " accept it.",
              List.of("access_token: not a JWT (value not shown)"),
              List.of("Check --authority-host: it must be an Entra ID authority."),
              Portal.DOCS_CLAIMS));
      return f.result(this, "");
    }
    boolean powerBi = checkAudience(token, s, f);
    checkTenant(token, s, f);
    if (token.delegated()) {
      checkUser(token, s, f);
    } else {
      checkAppOnly(token, s, f);
      checkRoles(token, powerBi, f);
    }
    checkTimes(token, now, f);
    f.ok("ver = " + token.claim("ver"));
    String who =
        token.delegated()
            ? "delegated token for "
                + token.userName()
                + ", tenant "
                + token.claim("tid")
                + ", scp "
                + token.claim("scp")
            : "app-only token for Power BI, tenant " + token.claim("tid") + ", no Power BI roles";
    return f.result(this, who);
  }

  /** True when the token is for Power BI. */
  private static boolean checkAudience(Token token, DoctorSettings s, Findings f) {
    String aud = token.claim("aud");
    String trimmed = aud.endsWith("/") ? aud.substring(0, aud.length() - 1) : aud;
    if (trimmed.equalsIgnoreCase(s.resource()) || aud.equalsIgnoreCase(POWER_BI_APP_ID)) {
      f.ok("aud = " + aud);
      return true;
    }
    List<String> evidence =
        new ArrayList<>(List.of("aud = " + aud, "scope requested = " + s.effectiveScope()));
    if (!token.roles().isEmpty()) {
      // Permissions of the token's own resource, say Graph's Directory.Read.All: nothing to remove
      // for Power BI.
      evidence.add(
          "roles = "
              + token.roles()
              + ": permissions for "
              + aud
              + ", not Power BI permissions; not judged");
    }
    f.add(
        Status.FAIL,
        "the token is for " + aud + ", not Power BI",
        Diagnosis.of(
            "AudienceNotPowerBi",
            "The token's audience is another resource, so Power BI will refuse it. The scope named"
                + " the wrong resource.",
            evidence,
            List.of(
                "Request scope "
                    + s.resource()
                    + "/.default (drop --scope; pbiadmin uses it by default)."),
            Portal.DOCS_CLIENT_CREDENTIALS));
    return false;
  }

  private static void checkTenant(Token token, DoctorSettings s, Findings f) {
    String tid = token.claim("tid");
    String given = s.tenant();
    if (ConfigurationCheck.GUID.matcher(given).matches() && !given.equalsIgnoreCase(tid)) {
      f.add(
          Status.FAIL,
          "the token is from tenant " + tid + ", not " + given,
          Diagnosis.of(
              "TenantMismatch",
              "The token was issued by another tenant than the one given; Power BI answers for the"
                  + " token's tenant.",
              List.of("tid = " + tid, "tenant given = " + given),
              List.of("Use the Directory (tenant) ID of the Power BI tenant with --tenant."),
              Portal.DOCS_CLAIMS));
    } else {
      f.ok("tid = " + tid);
    }
  }

  private static void checkAppOnly(Token token, DoctorSettings s, Findings f) {
    String app = token.claim("appid").isEmpty() ? token.claim("azp") : token.claim("appid");
    if (s.connection().principal() == PrincipalKind.USER) {
      f.add(
          Status.WARN,
          "an app-only token, though a user was to sign in",
          Diagnosis.of(
              "AppOnlyToken",
              "The token carries no scp: it is the app's own, not the user's.",
              List.of("appid = " + app),
              List.of(),
              Portal.DOCS_CLAIMS));
    } else if (!s.clientId().isEmpty() && !app.equalsIgnoreCase(s.clientId())) {
      f.add(
          Status.WARN,
          "the token was issued to another app (" + app + ")",
          Diagnosis.of(
              "OtherClient",
              "The token's appid is not the client id given.",
              List.of("appid = " + app),
              List.of(),
              Portal.DOCS_CLAIMS));
    } else {
      f.ok("app-only: appid = " + app + ", oid = " + token.claim("oid") + ", no scp");
    }
  }

  /**
   * A signed-in user's token: it is what --auth asked for only for a user method, and the admin
   * APIs take it only with Tenant.Read.All or Tenant.ReadWrite.All in scp.
   */
  private static void checkUser(Token token, DoctorSettings s, Findings f) {
    List<String> scopes = token.scopes();
    if (s.connection().principal() == PrincipalKind.SERVICE_PRINCIPAL) {
      f.add(
          Status.FAIL,
          "the token is delegated (a user's), not app-only",
          Diagnosis.of(
              "DelegatedToken",
              "Read-only admin APIs as a service principal need an app-only token (client"
                  + " credentials); this one carries scp, the mark of a signed-in user.",
              List.of("scp = " + token.claim("scp")),
              List.of(
                  "Use the client credentials flow: a client secret or certificate, no user"
                      + " sign-in."),
              Portal.DOCS_CLAIMS));
      return;
    }
    f.ok(
        "delegated: user "
            + token.userName()
            + ", oid = "
            + token.claim("oid")
            + ", appid = "
            + token.claim("appid"));
    if (scopes.stream().noneMatch(TENANT_PERMISSIONS::contains)) {
      f.add(
          Status.FAIL,
          "the user's token lacks Tenant.Read.All",
          Diagnosis.of(
              "DelegatedScopeMissing",
              "A user's token reaches the admin APIs only with the delegated Power BI permission"
                  + " Tenant.Read.All or Tenant.ReadWrite.All in scp (every admin API's Required"
                  + " Scope); this one has "
                  + scopes
                  + ".",
              List.of("scp = " + token.claim("scp"), "appid = " + token.claim("appid")),
              List.of(
                  "Open "
                      + Portal.APP_REGISTRATION
                      + " → API permissions → Add a permission → Power BI Service →"
                      + " Delegated permissions → Tenant.Read.All.",
                  "Select \"Grant admin consent\"; the next token carries it."),
              Portal.DOCS_ADMIN_ROLE));
    } else {
      f.ok("scp = " + token.claim("scp"));
    }
    token
        .fabricAdministrator()
        .ifPresent(
            admin ->
                f.ok(
                    "wids "
                        + (admin
                            ? "includes an administrator role that manages Fabric"
                            : "lists no role that manages Fabric")));
  }

  private static void checkRoles(Token token, boolean powerBi, Findings f) {
    List<String> roles = token.roles();
    if (roles.isEmpty()) {
      f.ok("roles: none");
      return;
    }
    if (!powerBi) {
      return; // noted with the audience: another resource's permissions
    }
    boolean adminConsent = roles.stream().anyMatch(TENANT_PERMISSIONS::contains);
    f.add(
        Status.FAIL,
        "the token carries Power BI application permissions: " + String.join(", ", roles),
        Diagnosis.of(
            "PowerBiRolesInToken",
            "The app has Power BI application permissions with admin consent. Microsoft's rule: an"
                + " app using service principal authentication that calls read-only admin APIs must"
                + " not have any admin-consent required permissions for Power BI set on it in the"
                + " Azure portal"
                + (adminConsent
                    ? " (Tenant.Read.All / Tenant.ReadWrite.All are such permissions)."
                    : ".")
                + " Power BI then refuses the admin APIs with 401 PowerBINotAuthorizedException.",
            List.of("roles = " + roles),
            List.of(
                "Open " + Portal.APP_REGISTRATION + " → API permissions.",
                "For each Power BI Service permission of type Application ("
                    + String.join(", ", roles)
                    + "): select \"...\" → Revoke admin consent, then \"...\" → Remove permission.",
                "Check "
                    + Portal.ENTERPRISE_APP
                    + " → Permissions → Admin consent: no Power BI Service permission may remain.",
                "Run the doctor again: new tokens no longer carry roles. Access comes from the"
                    + " tenant setting \""
                    + Portal.READ_ONLY_ADMIN_APIS
                    + "\" instead."),
            Portal.DOCS_ENABLE_SP));
  }

  private static void checkTimes(Token token, Instant now, Findings f) {
    Instant exp = token.instant("exp").orElse(null);
    Instant iat = token.instant("iat").orElse(null);
    if (exp == null) {
      return;
    }
    if (!exp.isAfter(now)) {
      f.add(
          Status.FAIL,
          "the token had already expired when it arrived",
          Diagnosis.of(
              "TokenExpiredOnArrival",
              "This computer's clock is ahead of Entra ID's, so every token looks expired here.",
              List.of("exp = " + exp, "local clock = " + now),
              List.of("Synchronise the system clock (NTP)."),
              Portal.DOCS_CLAIMS));
      return;
    }
    if (iat != null) {
      Duration lifetime = Duration.between(iat, exp);
      f.ok("lifetime = " + lifetime.toMinutes() + " min (exp " + exp + ")");
      Duration skew = Duration.between(iat, now).abs();
      Duration serverSkew =
          token
              .serverDate()
              .map(d -> Duration.between(d, token.receivedAt()).abs())
              .orElse(Duration.ZERO);
      Duration worst = skew.compareTo(serverSkew) > 0 ? skew : serverSkew;
      if (worst.compareTo(SKEW_TOLERANCE) > 0) {
        f.add(
            Status.WARN,
            "this computer's clock is " + worst.toMinutes() + " min off",
            Diagnosis.of(
                "ClockSkew",
                "The local clock differs from Entra ID's by more than 5 minutes; tokens may look"
                    + " expired or not yet valid.",
                List.of("iat = " + iat, "local clock = " + now),
                List.of("Synchronise the system clock (NTP)."),
                Portal.DOCS_CLAIMS));
      }
    }
  }
}
