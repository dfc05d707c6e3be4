package dev.pbiadmin.cli.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the ranked causes of an admin 401 into a fact when an admin identity could read "Service
 * principals can access read-only admin APIs": which groups it is enabled for and excepts, which of
 * them the service principal is in, and the exact change. A setting that admits the service
 * principal while Power BI still refuses leaves one cause: a change that has not taken effect yet.
 * A user's access and Power BI permissions in the token are not the setting's to explain; those
 * diagnoses stand as they are.
 */
final class AdminProof {
  private AdminProof() {}

  static Diagnosis explain(DoctorContext context, Token token, Diagnosis ranked) {
    if (token.delegated() || !token.roles().isEmpty()) {
      return ranked;
    }
    Optional<AdminView> view = context.adminView();
    if (view.isEmpty()) {
      return ranked;
    }
    if (!view.get().readable()) {
      return ranked.withEvidence(List.of("tenant settings not read: " + view.get().problem()));
    }
    Optional<SettingVerdict> found = view.get().verdict(AdminView.READ_ONLY, token.claim("oid"));
    if (found.isEmpty()) {
      return ranked.withEvidence(
          List.of("the tenant settings list no " + AdminView.READ_ONLY + " setting"));
    }
    SettingVerdict v = found.get();
    List<String> evidence = new ArrayList<>(ranked.evidence());
    evidence.addAll(view.get().evidence());
    List<String> causes = new ArrayList<>();
    String code;
    switch (v.outcome()) {
      case REFUSES -> {
        code =
            switch (v.reason()) {
              case "Disabled" -> "ReadOnlyAdminApisSettingDisabled";
              case "Excluded" -> "ExcludedSecurityGroup";
              case "ListedDirectly" -> "AppAddedInsteadOfGroup";
              case "NotSecurityGroup" -> "Microsoft365GroupInSetting";
              case "InNoGroup" -> "NotInAnySecurityGroup";
              default -> "NotInEnabledSecurityGroup";
            };
        causes.add(v.fact());
      }
      case ADMITS -> {
        code = "SettingChangePropagating";
        causes.add(
            v.fact()
                + " Yet Power BI refused: a change made in the last 15 minutes (to the setting or"
                + " to a group's members) has not taken effect yet. "
                + AdminView.NO_HISTORY);
        if ("InEnabledGroupNested".equals(v.reason())) {
          causes.add(
              "It reaches the enabled group only through a nested group; if Power BI does not"
                  + " follow the nesting once the change has taken effect, add the service"
                  + " principal to the enabled group directly.");
        }
      }
      default -> {
        // What Graph left out keeps the ranked causes; the setting's own facts come first.
        code = ranked.code();
        causes.add(v.fact());
        causes.addAll(ranked.causes());
      }
    }
    return new Diagnosis(code, causes, evidence, fix(v), Portal.DOCS_ENABLE_SP);
  }

  /** The exact change, then what --fix does, then propagation. */
  static List<String> fix(SettingVerdict v) {
    List<String> fix = new ArrayList<>();
    v.change()
        .ifPresent(
            c -> {
              fix.add("Exact change: " + c.description() + ". As a request: " + c.http());
              fix.add(
                  "Or let the doctor apply it: run it again with --as-admin --fix (it asks before"
                      + " changing anything).");
            });
    v.manual().ifPresent(fix::add);
    if (v.outcome() == SettingVerdict.Outcome.ADMITS) {
      fix.add(
          "Nothing to change in the setting: wait up to 15 minutes, then run the doctor again.");
    } else {
      fix.add("Changes can take up to 15 minutes to take effect; then run the doctor again.");
    }
    return fix;
  }
}
