package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.doctor.GraphMembership.Group;
import dev.pbiadmin.cli.doctor.GraphMembership.Kind;
import dev.pbiadmin.client.models.TenantSetting;
import dev.pbiadmin.client.models.TenantSettingSecurityGroup;
import dev.pbiadmin.client.models.UpdateTenantSettingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one tenant setting, as a Fabric administrator reads it, means for this service principal:
 * the rules of reference §0 and §2 (an excepted group wins over an enabled one; only Security
 * groups count; enabled without groups means the entire organization) applied to the setting's own
 * groups and the service principal's memberships from Microsoft Graph. A group's kind is judged
 * only on what Graph returned; what it left out keeps the verdict {@link Outcome#UNKNOWN}.
 *
 * @param reason a stable word for how the verdict was reached (e.g. {@code Excluded})
 * @param fact the verdict as a sentence of facts: "… is enabled for X and Y; this service principal
 *     is in Y but also in the excluded group Z."
 * @param change the exact change that would admit it, when one tenant-setting change can
 * @param manual what to do when no tenant-setting change alone can (a membership to change)
 */
record SettingVerdict(
    TenantSetting setting,
    Outcome outcome,
    String reason,
    String fact,
    Optional<SettingChange> change,
    Optional<String> manual) {

  enum Outcome {
    ADMITS,
    REFUSES,
    UNKNOWN
  }

  /** The setting's title as the portal shows it, with its API name. */
  static String title(TenantSetting s) {
    String title = s.title() == null ? s.settingName() : s.title().strip();
    return "\"" + title + "\" (" + s.settingName() + ")";
  }

  static SettingVerdict judge(TenantSetting s, GraphMembership m, String servicePrincipalId) {
    String title = title(s);
    String scope = scope(s);
    if (!Boolean.TRUE.equals(s.enabled())) {
      Optional<Group> candidate = m.known() ? onlyCandidate(m) : Optional.empty();
      Optional<SettingChange> change =
          candidate.map(
              g ->
                  change(
                      s,
                      true,
                      plus(s.enabledSecurityGroups(), g),
                      minus(s.excludedSecurityGroups(), memberIds(m)),
                      "enable "
                          + title
                          + " for the security group "
                          + g.label()
                          + ", which this service principal is a member of"));
      return new SettingVerdict(
          s,
          Outcome.REFUSES,
          "Disabled",
          title + " is disabled.",
          change,
          change.isPresent()
              ? Optional.empty()
              : Optional.of(
                  m.known() && m.securityGroups().isEmpty()
                      ? createGroupThenEnable(title)
                      : "Set "
                          + title
                          + " to Enabled, choose Specific security groups, add a security group"
                          + " this service principal is a member of"
                          + (m.known()
                              ? " (" + GraphMembership.labels(m.securityGroups()) + ")"
                              : "")
                          + ", and select Apply."));
    }
    List<TenantSettingSecurityGroup> enabled = s.enabledSecurityGroups();
    if (!m.known()) {
      if (enabled.isEmpty() && s.excludedSecurityGroups().isEmpty()) {
        return new SettingVerdict(
            s,
            Outcome.ADMITS,
            "EnabledForOrganization",
            title + " is " + scope + ", so it admits every service principal.",
            Optional.empty(),
            Optional.empty());
      }
      return new SettingVerdict(
          s,
          Outcome.UNKNOWN,
          "MembershipUnknown",
          title
              + " is "
              + scope
              + "; which of these groups this service principal is in is unknown ("
              + m.note()
              + ").",
          Optional.empty(),
          Optional.of(
              "Compare the groups above with Microsoft Entra ID → Enterprise applications → your"
                  + " app → Groups."));
    }
    Map<String, Group> mine =
        m.groups().stream()
            .collect(
                Collectors.toMap(
                    g -> g.id().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    List<Group> excludedHit =
        hits(s.excludedSecurityGroups(), mine).stream()
            .filter(g -> g.kind() != Kind.MICROSOFT_365)
            .toList();
    List<Group> enabledHit = hits(enabled, mine);
    if (!excludedHit.isEmpty()) {
      String in =
          enabledHit.isEmpty()
              ? "this service principal is in the excluded group "
              : "this service principal is in "
                  + names(enabledHit, s)
                  + " but also in the excluded group ";
      return new SettingVerdict(
          s,
          Outcome.REFUSES,
          "Excluded",
          title
              + " is "
              + scope
              + "; "
              + in
              + names(excludedHit, s)
              + ". An exception wins over an enabled group (the most restrictive setting applies).",
          Optional.of(
              change(
                  s,
                  true,
                  enabled,
                  minus(s.excludedSecurityGroups(), ids(excludedHit)),
                  "remove "
                      + names(excludedHit, s)
                      + " from \"Except specific security groups\" of "
                      + title
                      + " (its other members are then no longer excepted either)")),
          Optional.of(
              "Or take this service principal out of "
                  + names(excludedHit, s)
                  + " (Microsoft Entra ID → Groups → the group → Members; for a nested membership,"
                  + " the group inside it)."));
    }
    if (enabled.isEmpty()) {
      return new SettingVerdict(
          s,
          Outcome.ADMITS,
          "EnabledForOrganization",
          title + " is " + scope + " and this service principal is in none of its excepted groups.",
          Optional.empty(),
          Optional.empty());
    }
    if (enabledHit.isEmpty()) {
      if (enabled.stream()
          .anyMatch(g -> g.graphId() != null && g.graphId().equalsIgnoreCase(servicePrincipalId))) {
        return new SettingVerdict(
            s,
            Outcome.REFUSES,
            "ListedDirectly",
            title
                + " is "
                + scope
                + ", which lists this service principal itself; the setting admits members of"
                + " security groups only: add the group, not the app.",
            onlyCandidate(m).map(g -> addGroup(s, enabled, g, title)),
            Optional.of(createGroupThenEnable(title)));
      }
      String where =
          m.groups().isEmpty()
              ? "it is in no group at all"
              : "it is in " + GraphMembership.labels(m.groups());
      Optional<Group> candidate = onlyCandidate(m);
      return new SettingVerdict(
          s,
          Outcome.REFUSES,
          m.groups().isEmpty() ? "InNoGroup" : "NotInEnabledGroup",
          title + " is " + scope + "; this service principal is in none of them (" + where + ").",
          candidate.map(g -> addGroup(s, enabled, g, title)),
          Optional.of(
              m.groups().isEmpty()
                  ? createGroupThenEnable(title)
                  : "Or add this service principal to "
                      + names(enabled)
                      + ": Microsoft Entra ID → Groups → the group →"
                      + " Members → Add members."));
    }
    List<Group> countable = enabledHit.stream().filter(g -> g.kind() == Kind.SECURITY).toList();
    if (countable.isEmpty()) {
      boolean m365 =
          enabledHit.stream()
              .allMatch(g -> g.kind() == Kind.MICROSOFT_365 || g.kind() == Kind.NOT_SECURITY);
      if (m365) {
        return new SettingVerdict(
            s,
            Outcome.REFUSES,
            "NotSecurityGroup",
            title
                + " is "
                + scope
                + "; this service principal is in "
                + labelsWithSettingNames(enabledHit, s)
                + ", which is not a Security group: only groups of type Security count for tenant"
                + " settings.",
            Optional.empty(),
            Optional.of(
                Portal.NEW_SECURITY_GROUP
                    + " Then add that group to "
                    + title
                    + " instead of "
                    + names(enabledHit, s)
                    + "."));
      }
      return new SettingVerdict(
          s,
          Outcome.UNKNOWN,
          "GroupTypeUnknown",
          title
              + " is "
              + scope
              + "; this service principal is in "
              + labelsWithSettingNames(enabledHit, s)
              + ", whose type Graph did not"
              + " return: it counts only if it is a Security group.",
          Optional.empty(),
          Optional.of(
              "Check the group's type in Microsoft Entra ID → Groups; if it is a Microsoft 365"
                  + " group: "
                  + Portal.NEW_SECURITY_GROUP));
    }
    boolean nestedOnly = countable.stream().allMatch(g -> g.direct().equals(Optional.of(false)));
    return new SettingVerdict(
        s,
        Outcome.ADMITS,
        nestedOnly ? "InEnabledGroupNested" : "InEnabledGroup",
        title
            + " is "
            + scope
            + "; this service principal is in "
            + names(countable, s)
            + (nestedOnly ? " (through a nested group)" : "")
            + " and in none of its excepted groups.",
        Optional.empty(),
        Optional.empty());
  }

  /** "enabled for the entire organization", "enabled for \"A\" and \"B\", except \"C\"". */
  static String scope(TenantSetting s) {
    String base =
        s.enabledSecurityGroups().isEmpty()
            ? "enabled for the entire organization"
            : "enabled for " + names(s.enabledSecurityGroups());
    return s.excludedSecurityGroups().isEmpty()
        ? base
        : base + ", except " + names(s.excludedSecurityGroups());
  }

  static String names(List<TenantSettingSecurityGroup> groups) {
    List<String> quoted =
        groups.stream()
            .map(g -> "\"" + (g.name() == null ? g.graphId() : g.name()) + "\"")
            .toList();
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1))
        + " and "
        + quoted.get(quoted.size() - 1);
  }

  /**
   * Group names as the setting spells them (Graph may have left them out), marking nested
   * memberships.
   */
  private static String names(List<Group> groups, TenantSetting s) {
    return groups.stream()
        .map(
            g ->
                "\""
                    + settingName(g, s)
                    + "\""
                    + (g.direct().equals(Optional.of(false)) ? " (through a nested group)" : ""))
        .collect(Collectors.joining(" and "));
  }

  private static String labelsWithSettingNames(List<Group> groups, TenantSetting s) {
    return groups.stream()
        .map(g -> "\"" + settingName(g, s) + "\" (" + g.kind().label + ")")
        .collect(Collectors.joining(" and "));
  }

  private static String settingName(Group g, TenantSetting s) {
    List<TenantSettingSecurityGroup> all = new ArrayList<>(s.enabledSecurityGroups());
    all.addAll(s.excludedSecurityGroups());
    return all.stream()
        .filter(t -> g.id().equalsIgnoreCase(t.graphId()) && t.name() != null)
        .map(TenantSettingSecurityGroup::name)
        .findFirst()
        .or(g::displayName)
        .orElse(g.id());
  }

  private static List<Group> hits(
      List<TenantSettingSecurityGroup> listed, Map<String, Group> mine) {
    return listed.stream()
        .filter(g -> g.graphId() != null)
        .map(g -> mine.get(g.graphId().toLowerCase(Locale.ROOT)))
        .filter(Objects::nonNull)
        .toList();
  }

  /** The one Security group this service principal is directly in, when there is exactly one. */
  private static Optional<Group> onlyCandidate(GraphMembership m) {
    List<Group> direct =
        m.securityGroups().stream().filter(g -> !g.direct().equals(Optional.of(false))).toList();
    return direct.size() == 1 && direct.get(0).displayName().isPresent()
        ? Optional.of(direct.get(0))
        : Optional.empty();
  }

  private static List<String> memberIds(GraphMembership m) {
    return m.groups().stream().map(Group::id).toList();
  }

  private static List<String> ids(List<Group> groups) {
    return groups.stream().map(Group::id).toList();
  }

  private static List<TenantSettingSecurityGroup> plus(
      List<TenantSettingSecurityGroup> groups, Group g) {
    List<TenantSettingSecurityGroup> out = new ArrayList<>(groups);
    if (out.stream().noneMatch(t -> g.id().equalsIgnoreCase(t.graphId()))) {
      out.add(new TenantSettingSecurityGroup(g.id(), g.displayName().orElse(g.id())));
    }
    return out;
  }

  private static List<TenantSettingSecurityGroup> minus(
      List<TenantSettingSecurityGroup> groups, List<String> ids) {
    return groups.stream()
        .filter(t -> ids.stream().noneMatch(id -> id.equalsIgnoreCase(t.graphId())))
        .toList();
  }

  /** Adds {@code g}, a group this service principal is in, to the setting's enabled groups. */
  private static SettingChange addGroup(
      TenantSetting s, List<TenantSettingSecurityGroup> enabled, Group g, String title) {
    return change(
        s,
        true,
        plus(enabled, g),
        s.excludedSecurityGroups(),
        "add the security group "
            + g.label()
            + " (which this service principal is in) to "
            + title);
  }

  /**
   * A change that keeps everything else of the setting: the service drops properties not resent.
   */
  private static SettingChange change(
      TenantSetting s,
      boolean enabled,
      List<TenantSettingSecurityGroup> enabledGroups,
      List<TenantSettingSecurityGroup> excludedGroups,
      String description) {
    return new SettingChange(
        s.settingName(),
        new UpdateTenantSettingRequest(
            enabled,
            enabledGroups.isEmpty() ? null : enabledGroups,
            excludedGroups.isEmpty() ? null : excludedGroups,
            s.properties().isEmpty() ? null : s.properties(),
            null,
            null,
            null),
        description);
  }

  private static String createGroupThenEnable(String title) {
    return Portal.NEW_SECURITY_GROUP
        + " Then enable "
        + title
        + " for that group (add the group, not the app).";
  }
}
