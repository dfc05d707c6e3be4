package dev.pbiadmin.cli.doctor;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranks the causes of a 401 from a read-only admin API, given what the earlier checks proved. Power
 * BI's 401 body ({@code PowerBINotAuthorizedException}) never says which rule failed, so the
 * ranking comes from the token's roles and, when Graph is readable, the service principal's groups.
 */
final class AdminCauses {
  private AdminCauses() {}

  private static final String SETTING = "\"" + Portal.READ_ONLY_ADMIN_APIS + "\"";
  static final String PROPAGATION =
      "The setting changed in the last 15 minutes: a tenant setting change can take up to 15 minutes to take effect.";
  static final String ADD_GROUP_NOT_APP =
      "The app itself was added to the setting. The setting takes security groups: add the group, not the app.";
  static final String GROUP_TYPE =
      "The group is a Microsoft 365 group. Only groups of type Security count for tenant settings.";
  static final String EXCLUDED =
      "One of the service principal's groups is listed under \"Except specific security groups\"; the most restrictive setting applies.";

  static Diagnosis rank(List<String> roles, GraphMembership membership, List<String> evidence) {
    List<String> causes = new ArrayList<>();
    List<String> fix = new ArrayList<>();
    List<String> allEvidence = new ArrayList<>(evidence);
    if (membership.known()) {
      allEvidence.add("Microsoft Graph, " + membership.note() + ": "
          + (membership.groups().isEmpty() ? "no groups" : membership.labels(membership.groups())));
    } else {
      allEvidence.add("group memberships unknown (" + membership.note() + ")");
    }
    if (!roles.isEmpty()) {
      // The documented rule alone explains the 401. Listing the setting causes too would send the
      // admin hunting for problems that may not exist; they can only be told apart once the roles go.
      return new Diagnosis("PowerBiRolesInToken",
          List.of("The token carries Power BI application permissions (" + String.join(", ", roles)
                  + "); service principals calling read-only admin APIs must have none (see Token contents).",
              "Whether the tenant setting and the security group are right too can only be seen once those permissions are gone."),
          allEvidence,
          List.of("Remove the permissions as the Token contents check says.",
              "Get a new token (the doctor does) and run the doctor again: it then checks the tenant setting and the group."),
          Portal.DOCS_ENABLE_SP);
    }
    List<GraphMembership.Group> security = membership.securityGroups();
    String code;
    if (membership.known() && membership.groups().isEmpty()) {
      code = "NotInAnySecurityGroup";
      causes.add("This service principal is not a member of any group, so " + SETTING
          + ", which applies to security groups, cannot include it. If you added the app itself to the setting: add the group, not the app.");
      fix.add(Portal.NEW_SECURITY_GROUP);
      fix.addAll(settingSteps());
    } else if (membership.known() && security.isEmpty()) {
      code = "OnlyMicrosoft365Groups";
      causes.add("This service principal is only in Microsoft 365 groups (" + membership.labels(membership.groups())
          + "). Only groups of type Security count for tenant settings.");
      fix.add(Portal.NEW_SECURITY_GROUP);
      fix.addAll(settingSteps());
    } else if (membership.known()) {
      code = "ReadOnlyAdminApisSettingNotApplied";
      causes.add(SETTING + " is disabled, or enabled for specific security groups that include none of this service principal's groups ("
          + membership.labels(security) + ").");
      causes.add(EXCLUDED);
      causes.add(PROPAGATION);
      fix.addAll(settingSteps());
    } else {
      code = "ReadOnlyAdminApisSettingNotApplied";
      causes.add(SETTING + " is disabled, or not enabled for a security group that contains this service principal.");
      causes.add(ADD_GROUP_NOT_APP);
      causes.add(GROUP_TYPE);
      causes.add(EXCLUDED);
      causes.add(PROPAGATION);
      fix.addAll(settingSteps());
      fix.add("If the group does not exist yet: " + Portal.NEW_SECURITY_GROUP);
    }
    fix.add("Changes can take up to 15 minutes to take effect; then run the doctor again.");
    return new Diagnosis(code, causes, allEvidence, fix, Portal.DOCS_ENABLE_SP);
  }

  private static List<String> settingSteps() {
    return List.of(
        "Open " + Portal.ADMIN_API_SETTINGS + " → " + SETTING + ".",
        "Set it to Enabled, choose Specific security groups, add the security group that contains this service principal"
            + " (add the group, not the app), and select Apply.",
        "Make sure none of its groups is listed under Except specific security groups.");
  }
}
