package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.doctor.GraphMembership.Group;
import dev.pbiadmin.cli.doctor.GraphMembership.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranks the causes of a 401 from a read-only admin API, given what the earlier checks proved. Power
 * BI's 401 body ({@code PowerBINotAuthorizedException}) never says which rule failed, so each cause
 * carries how strongly the evidence supports it, and the list is ordered by that.
 *
 * <p>The rules (reference §0, §2): a service principal is admitted when "Service principals can
 * access read-only admin APIs" is enabled (for the organization or for Security groups it is in),
 * none of its groups is excepted ("the most restrictive setting applies") and the token carries no
 * Power BI application permissions; a change takes up to 15 minutes. A signed-in user is admitted
 * as a Fabric administrator with Tenant.Read.All or Tenant.ReadWrite.All in scp. Group facts come
 * from Graph when it is readable; what Graph leaves out stays unknown.
 */
final class AdminCauses {
  private AdminCauses() {}

  /**
   * How strongly the evidence supports a cause. A cause read from the tenant setting itself (a
   * Fabric administrator's view of it) would be stronger than any of these and rank first.
   */
  enum Support {
    /** Shown by the token or by Graph: certain. */
    OBSERVED,
    /** What the evidence points at, without proving it. */
    LIKELY,
    /** Consistent with the evidence; a client cannot tell it apart from the others. */
    POSSIBLE
  }

  record Cause(String code, Support support, String text) {}

  static final String SETTING = "\"" + Portal.READ_ONLY_ADMIN_APIS + "\"";
  static final String NOT_ADMITTED =
      SETTING
          + " does not admit this service principal: one of its groups may be listed under \"Except"
          + " specific security groups\" (an exception wins over an enabled group), or the setting"
          + " is disabled, or it is not enabled for a Security group the service principal is a"
          + " member of.";
  static final String ADD_GROUP_NOT_APP =
      "The app itself was added to the setting. The setting takes security groups: add the group,"
          + " not the app.";
  static final String GROUP_TYPE =
      "The group enabled for the setting is a Microsoft 365 group. Only groups of type Security"
          + " count for tenant settings.";
  static final String PROPAGATION =
      "A change made in the last 15 minutes (to the setting or to a group's members) may not have"
          + " taken effect yet. Nothing a client sees tells this apart from the causes above; only"
          + " the setting's own record, which a Fabric administrator can read, can.";

  static Diagnosis rank(Token token, GraphMembership membership, List<String> evidence) {
    List<String> allEvidence = new ArrayList<>(evidence);
    if (token.delegated()) {
      return user(token, allEvidence);
    }
    if (membership.known()) {
      allEvidence.add(
          "Microsoft Graph, "
              + membership.note()
              + ": "
              + (membership.groups().isEmpty()
                  ? "no groups"
                  : GraphMembership.labels(membership.groups())));
    } else {
      allEvidence.add("group memberships unknown (" + membership.note() + ")");
    }
    List<String> roles = token.roles();
    if (!roles.isEmpty()) {
      // The documented rule alone explains the 401. Listing the setting causes too would send the
      // admin hunting for problems that may not exist; they can only be told apart once the roles
      // go.
      return new Diagnosis(
          "PowerBiRolesInToken",
          List.of(
              "The token carries Power BI application permissions ("
                  + String.join(", ", roles)
                  + "); service principals calling read-only admin APIs must have none (see Token"
                  + " contents).",
              "Whether the tenant setting and the security group are right too can only be seen"
                  + " once those permissions are gone."),
          allEvidence,
          List.of(
              "Remove the permissions as the Token contents check says.",
              "Get a new token (the doctor does) and run the doctor again: it then checks the"
                  + " tenant setting and the group."),
          Portal.DOCS_ENABLE_SP);
    }
    List<Cause> causes = membership.known() ? fromGroups(membership) : withoutGroups();
    causes.sort(Comparator.comparing(Cause::support));
    Cause first = causes.get(0);
    return new Diagnosis(
        first.code(),
        causes.stream().map(Cause::text).toList(),
        allEvidence,
        fix(first.code(), membership),
        Portal.DOCS_ENABLE_SP);
  }

  /**
   * Without Graph nothing tells the setting's causes apart; the one that covers them all comes
   * first.
   */
  private static List<Cause> withoutGroups() {
    return new ArrayList<>(
        List.of(
            new Cause("ReadOnlyAdminApisSettingNotApplied", Support.POSSIBLE, NOT_ADMITTED),
            new Cause("AppAddedInsteadOfGroup", Support.POSSIBLE, ADD_GROUP_NOT_APP),
            new Cause("Microsoft365GroupInSetting", Support.POSSIBLE, GROUP_TYPE),
            new Cause("SettingChangePropagating", Support.POSSIBLE, PROPAGATION)));
  }

  private static List<Cause> fromGroups(GraphMembership m) {
    List<Cause> causes = new ArrayList<>();
    List<Group> security = m.securityGroups();
    List<Group> unknown = m.ofKind(Kind.UNKNOWN);
    List<Group> m365 = m.ofKind(Kind.MICROSOFT_365);
    if (m.groups().isEmpty()) {
      causes.add(
          new Cause(
              "NotInAnySecurityGroup",
              Support.OBSERVED,
              "This service principal is not a member of any"
                  + " group, so "
                  + SETTING
                  + ", which applies to security groups, cannot include it. If you added the app"
                  + " itself to the setting: add the group, not the app."));
      return causes;
    }
    if (security.isEmpty() && unknown.isEmpty()) {
      causes.add(
          m365.isEmpty()
              ? new Cause(
                  "NotInAnySecurityGroup",
                  Support.OBSERVED,
                  "This service principal is only in groups that are not"
                      + " security groups ("
                      + GraphMembership.labels(m.groups())
                      + "), so "
                      + SETTING
                      + " cannot include it.")
              : new Cause(
                  "OnlyMicrosoft365Groups",
                  Support.OBSERVED,
                  "This service principal is only in groups that are"
                      + " not Security groups ("
                      + GraphMembership.labels(m.groups())
                      + "). Only groups of type Security count for tenant settings."));
      return causes;
    }
    List<Group> candidates = new ArrayList<>(security);
    candidates.addAll(unknown);
    if (security.size() >= 2) {
      causes.add(
          new Cause(
              "ExcludedSecurityGroup",
              Support.LIKELY,
              "It is in "
                  + security.size()
                  + " security groups ("
                  + GraphMembership.labels(security)
                  + "). If one is enabled for the setting, another is likely listed under \"Except"
                  + " specific security groups\": the most restrictive setting applies, so one"
                  + " excepted group blocks it even while another is enabled."));
    }
    if (!m365.isEmpty()) {
      causes.add(
          new Cause(
              "Microsoft365GroupInSetting",
              Support.LIKELY,
              "If the group enabled for the setting is "
                  + GraphMembership.labels(m365)
                  + ": Microsoft 365 groups do not count; only groups of type Security do."));
    }
    boolean one = security.size() == 1 && m365.isEmpty() && unknown.isEmpty();
    causes.add(
        new Cause(
            "ReadOnlyAdminApisSettingNotApplied",
            one ? Support.LIKELY : Support.POSSIBLE,
            SETTING
                + " is disabled, or enabled only for security groups this service principal is not"
                + " in (it is in "
                + GraphMembership.labels(candidates)
                + ")."));
    if (m365.isEmpty() && !unknown.isEmpty()) {
      causes.add(
          new Cause(
              "Microsoft365GroupInSetting",
              Support.POSSIBLE,
              "Graph did not say what kind of group "
                  + GraphMembership.labels(unknown)
                  + " is; if the one enabled for the setting is a Microsoft 365 group, it"
                  + " does not count."));
    }
    if (security.size() < 2) {
      causes.add(
          new Cause(
              "ExcludedSecurityGroup",
              Support.POSSIBLE,
              GraphMembership.labels(candidates)
                  + " is listed under \"Except specific security groups\" (for instance with the"
                  + " setting enabled for the entire organization except that group)."));
    }
    List<Group> nested =
        candidates.stream().filter(g -> g.direct().equals(Optional.of(false))).toList();
    if (!nested.isEmpty()) {
      causes.add(
          new Cause(
              "NestedGroupMembership",
              Support.POSSIBLE,
              "It reaches "
                  + GraphMembership.labels(nested)
                  + " only through a nested group. If that is the group enabled for the setting,"
                  + " add the service principal to it directly: Microsoft does not document that"
                  + " tenant settings follow nested groups."));
    }
    causes.add(new Cause("SettingChangePropagating", Support.POSSIBLE, PROPAGATION));
    return causes;
  }

  private static List<String> fix(String firstCode, GraphMembership m) {
    List<String> fix = new ArrayList<>();
    switch (firstCode) {
      case "NotInAnySecurityGroup", "OnlyMicrosoft365Groups" -> fix.add(Portal.NEW_SECURITY_GROUP);
      case "ExcludedSecurityGroup" ->
          fix.add(
              "Open "
                  + Portal.ADMIN_API_SETTINGS
                  + " → "
                  + SETTING
                  + " → Except"
                  + " specific security groups: remove this service principal's groups from it ("
                  + GraphMembership.labels(m.securityGroups())
                  + "), or take the service principal out of the excepted group.");
      case "Microsoft365GroupInSetting" ->
          fix.add(
              "If the setting names a Microsoft 365 group: "
                  + Portal.NEW_SECURITY_GROUP
                  + " Then use that group in the setting instead.");
      default -> {}
    }
    fix.add("Open " + Portal.ADMIN_API_SETTINGS + " → " + SETTING + ".");
    fix.add(
        "Set it to Enabled, choose Specific security groups, add the security group that contains"
            + " this service principal (add the group, not the app), and select Apply.");
    if (!"ExcludedSecurityGroup".equals(firstCode)) {
      fix.add("Make sure none of its groups is listed under Except specific security groups.");
    }
    if (!m.known()) {
      fix.add("If the group does not exist yet: " + Portal.NEW_SECURITY_GROUP);
    }
    fix.add("Changes can take up to 15 minutes to take effect; then run the doctor again.");
    return fix;
  }

  /** A signed-in user: the Fabric administrator role and a delegated scope decide, not groups. */
  private static Diagnosis user(Token token, List<String> evidence) {
    String user = token.userName();
    List<Cause> causes = new ArrayList<>();
    if (token.scopes().stream().noneMatch(ClaimsCheck.TENANT_PERMISSIONS::contains)) {
      causes.add(
          new Cause(
              "DelegatedScopeMissing",
              Support.OBSERVED,
              "The user's token lacks Tenant.Read.All and Tenant.ReadWrite.All in scp (see Token"
                  + " contents); every admin API requires one of them."));
    } else if (token.fabricAdministrator().equals(Optional.of(false))) {
      causes.add(
          new Cause(
              "NotFabricAdministrator",
              Support.OBSERVED,
              "The token's directory roles (wids) include none that administers Fabric (Fabric"
                  + " Administrator, Global Administrator, Power Platform Administrator)."));
    } else {
      causes.add(
          new Cause(
              "NotFabricAdministrator",
              Support.LIKELY,
              user
                  + " is not a Fabric administrator: with a user's token the admin APIs need the"
                  + " Fabric Administrator role (or Global or Power Platform Administrator)."));
      causes.add(
          new Cause(
              "AdminRoleNotActive",
              Support.POSSIBLE,
              "The role is only eligible (Privileged Identity Management) and not activated now, or"
                  + " was assigned moments ago and has not reached Power BI yet."));
    }
    List<String> fix = new ArrayList<>();
    if ("DelegatedScopeMissing".equals(causes.get(0).code())) {
      fix.add(
          "Add the delegated permission as the Token contents check says, then run the doctor"
              + " again.");
    } else {
      fix.add(
          "Microsoft 365 admin center → Roles → Fabric Administrator → Assign admins (or Microsoft"
              + " Entra ID → Roles and administrators → Fabric Administrator → Add assignments):"
              + " add "
              + user
              + ".");
      fix.add(
          "If the assignment is eligible in Privileged Identity Management: activate it, then run"
              + " the doctor again.");
      fix.add(
          "Or, for unattended runs, use a service principal (no admin role; the tenant setting \""
              + Portal.READ_ONLY_ADMIN_APIS
              + "\" admits it).");
    }
    return new Diagnosis(
        causes.get(0).code(),
        causes.stream().map(Cause::text).toList(),
        evidence,
        fix,
        Portal.DOCS_ADMIN_ROLE);
  }
}
