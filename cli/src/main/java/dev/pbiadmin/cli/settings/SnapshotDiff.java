package dev.pbiadmin.cli.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two snapshots, one {@link Finding} per changed aspect of a setting, in the
 * current snapshot's order (then what was removed). Groups compare by id, so a renamed group is not
 * a change of the setting; property values compare as the strings the service sends.
 */
final class SnapshotDiff {
  private SnapshotDiff() {}

  static List<Finding> between(Snapshot before, Snapshot after) {
    Map<String, SettingState> old = before.byKey();
    Map<String, SettingState> now = after.byKey();
    List<Finding> changes = new ArrayList<>();
    for (SettingState s : after.states()) {
      SettingState was = old.get(s.key());
      if (was == null) {
        changes.add(change(s, "setting", null, describe(s)));
      } else {
        compare(was, s, changes);
      }
    }
    for (SettingState was : before.states()) {
      if (!now.containsKey(was.key())) {
        changes.add(change(was, "setting", describe(was), null));
      }
    }
    return changes;
  }

  private static void compare(SettingState was, SettingState s, List<Finding> changes) {
    aspect(
        changes,
        s,
        "title",
        was.title() == null ? null : was.title().strip(),
        s.title() == null ? null : s.title().strip());
    aspect(changes, s, "enabled", String.valueOf(was.enabled()), String.valueOf(s.enabled()));
    groups(
        changes,
        s,
        "enabledSecurityGroups",
        was.enabledSecurityGroups(),
        s.enabledSecurityGroups());
    groups(
        changes,
        s,
        "excludedSecurityGroups",
        was.excludedSecurityGroups(),
        s.excludedSecurityGroups());
    aspect(
        changes,
        s,
        "delegateToCapacity",
        str(was.delegateToCapacity()),
        str(s.delegateToCapacity()));
    aspect(changes, s, "delegateToDomain", str(was.delegateToDomain()), str(s.delegateToDomain()));
    aspect(
        changes,
        s,
        "delegateToWorkspace",
        str(was.delegateToWorkspace()),
        str(s.delegateToWorkspace()));
    aspect(changes, s, "delegatedFrom", was.delegatedFrom(), s.delegatedFrom());
    Set<String> names = new LinkedHashSet<>(was.properties().keySet());
    names.addAll(s.properties().keySet());
    for (String name : names) {
      aspect(
          changes, s, "properties." + name, was.properties().get(name), s.properties().get(name));
    }
  }

  private static void groups(
      List<Finding> changes,
      SettingState s,
      String aspect,
      List<GroupRef> was,
      List<GroupRef> now) {
    if (!ids(was).equals(ids(now))) {
      changes.add(change(s, aspect, names(was), names(now)));
    }
  }

  private static Set<String> ids(List<GroupRef> groups) {
    return groups.stream()
        .map(g -> g.graphId().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /** {@code Finance (1f…), Sales (2a…)}, sorted by name; empty when there are none. */
  static String names(List<GroupRef> groups) {
    return groups.stream()
        .map(g -> g.displayName() + " (" + g.graphId() + ")")
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static void aspect(
      List<Finding> changes, SettingState s, String aspect, String was, String now) {
    if (!Objects.equals(was, now)) {
      changes.add(change(s, aspect, was, now));
    }
  }

  private static Finding change(SettingState s, String aspect, String was, String now) {
    return new Finding(
        Finding.CHANGE,
        s.settingName(),
        s.title() == null ? null : s.title().strip(),
        s.where(),
        aspect,
        was,
        now);
  }

  /** A whole setting in one line, for one that appeared or went away. */
  static String describe(SettingState s) {
    String groups =
        s.enabledSecurityGroups().isEmpty() ? "" : ": " + names(s.enabledSecurityGroups());
    return s.scope() + groups;
  }

  private static String str(Boolean b) {
    return b == null ? null : b.toString();
  }
}
