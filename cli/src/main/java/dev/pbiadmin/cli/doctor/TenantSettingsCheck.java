package dev.pbiadmin.cli.doctor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Check 9 ({@code settings}, only with {@code --as-admin}): the tenant settings that decide the
 * case, as the admin identity reads them, judged for this service principal, and the one exact
 * change to make first (read-only admin APIs, then detailed metadata, then expressions), which
 * {@code --fix} applies. Never fails: the probes already say what is refused; an admin identity
 * that cannot read the settings is a warning that says why.
 */
final class TenantSettingsCheck implements Check {
  /** The settings a change is proposed for, most important first; the others are reported only. */
  static final List<String> FIXABLE =
      List.of(AdminView.READ_ONLY, AdminView.DETAILED_METADATA, AdminView.EXPRESSIONS);

  @Override
  public String id() {
    return "settings";
  }

  @Override
  public String title() {
    return "Tenant settings (admin view)";
  }

  @Override
  public CheckResult run(DoctorContext context) {
    Optional<AdminView> found = context.adminView();
    if (found.isEmpty()) {
      return CheckResult.skipped(this, "skipped: no admin identity (--as-admin)");
    }
    AdminView view = found.get();
    if (!view.readable()) {
      return CheckResult.problem(
          this,
          Status.WARN,
          "tenant settings not read: "
              + view.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          Diagnosis.of(
              code(view.state()),
              view.problem() + ".",
              view.evidence(),
              fix(view),
              Portal.DOCS_ADMIN_ROLE));
    }
    Optional<Token> token = context.token();
    if (token.isEmpty()) {
      return CheckResult.pass(
          this,
          "read as " + view.who() + "; no token of the identity under test to judge them for",
          view.evidence());
    }
    List<String> evidence = new ArrayList<>(view.evidence());
    if (token.get().delegated()) {
      for (String name : AdminView.DECISIVE) {
        view.setting(name)
            .ifPresent(
                s ->
                    evidence.add(
                        SettingVerdict.title(s)
                            + ": "
                            + (Boolean.TRUE.equals(s.enabled())
                                ? SettingVerdict.scope(s)
                                : "disabled")));
      }
      return CheckResult.pass(
          this,
          "read as "
              + view.who()
              + "; they decide what service principals may do, not a"
              + " user: a Fabric administrator's role and Tenant.Read.All admit a user",
          evidence);
    }
    String oid = token.get().claim("oid");
    evidence.add(
        "memberships judged: "
            + (view.membership().known()
                ? view.membership().note()
                : "unknown (" + view.membership().note() + ")"));
    List<SettingVerdict> refusing = new ArrayList<>();
    for (String name : AdminView.DECISIVE) {
      Optional<SettingVerdict> v = view.verdict(name, oid);
      if (v.isEmpty()) {
        continue;
      }
      evidence.add(v.get().fact() + " → " + v.get().outcome().name().toLowerCase(Locale.ROOT));
      if (v.get().outcome() != SettingVerdict.Outcome.ADMITS && FIXABLE.contains(name)) {
        refusing.add(v.get());
      }
    }
    if (refusing.isEmpty()) {
      return CheckResult.pass(
          this,
          "every setting that decides the case admits this service principal (read as "
              + view.who()
              + ")",
          evidence);
    }
    refusing.sort(Comparator.comparing(v -> FIXABLE.indexOf(v.setting().settingName())));
    SettingVerdict first = refusing.get(0);
    first.change().ifPresent(context::proposedChange);
    List<String> causes = refusing.stream().map(SettingVerdict::fact).toList();
    String summary =
        refusing.size()
            + " setting(s) do not admit this service principal: "
            + String.join(", ", refusing.stream().map(v -> v.setting().settingName()).toList())
            + (first.change().isPresent() ? " (--fix can apply the first change)" : "");
    return CheckResult.problem(
        this,
        Status.WARN,
        summary,
        new Diagnosis(
            first.change().isPresent() ? "SettingChangeProposed" : "SettingNeedsManualChange",
            causes,
            evidence,
            AdminProof.fix(first),
            Portal.DOCS_ADMIN_API_SETTINGS));
  }

  private static String code(AdminView.State state) {
    return switch (state) {
      case REFUSED -> "AdminIdentityRefused";
      case SIGN_IN_FAILED -> "AdminSignInFailed";
      default -> "AdminIdentityIncomplete";
    };
  }

  private static List<String> fix(AdminView view) {
    return switch (view.state()) {
      case REFUSED ->
          List.of(
              "Sign in as a Fabric administrator (Microsoft 365 admin center → Roles → Fabric"
                  + " Administrator) with an app that holds the delegated Power BI permission"
                  + " Tenant.Read.All (Tenant.ReadWrite.All for --fix), consented:"
                  + " --admin-client-id.",
              "Or use a service principal the tenant setting \""
                  + Portal.READ_ONLY_ADMIN_APIS
                  + "\" admits:"
                  + " --admin-auth secret with --admin-client-id and PBIADMIN_ADMIN_CLIENT_SECRET.",
              "The ranked causes above stand meanwhile.");
      case SIGN_IN_FAILED ->
          List.of(
              "Check the admin identity's options (--admin-auth, --admin-client-id,"
                  + " --admin-username, PBIADMIN_ADMIN_PASSWORD); a device-code sign-in must be"
                  + " completed in the browser.");
      default ->
          List.of(
              "Complete the admin identity's options; they take the --admin- prefix (e.g."
                  + " --admin-client-id, --admin-username).");
    };
  }
}
