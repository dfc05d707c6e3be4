package dev.pbiadmin.cli.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a snapshot's tenant-level settings differ from a {@link Baseline}: one {@link Finding} per
 * aspect.
 */
final class Drift {
  private Drift() {}

  static List<Finding> of(Baseline baseline, Snapshot snapshot) {
    List<Finding> drift = new ArrayList<>();
    for (Baseline.Expectation e : baseline.expectations()) {
      Optional<SettingState> found =
          snapshot.tenantSettings().stream()
              .filter(s -> s.settingName().equalsIgnoreCase(e.settingName()))
              .findFirst();
      if (found.isEmpty()) {
        drift.add(
            new Finding(
                Finding.DRIFT,
                e.settingName(),
                null,
                SettingState.TENANT,
                "setting",
                "present",
                "not in the tenant (renamed or retired?)"));
        continue;
      }
      SettingState s = found.get();
      if (e.state() != null && !matches(e.state(), s)) {
        add(drift, s, "state", e.state(), state(s));
      }
      groups(drift, s, "enabledSecurityGroups", e.groups(), s.enabledSecurityGroups());
      groups(drift, s, "excludedSecurityGroups", e.excludedGroups(), s.excludedSecurityGroups());
      for (Map.Entry<String, Boolean> d : e.delegation().entrySet()) {
        Boolean actual =
            switch (d.getKey()) {
              case "delegateToCapacity" -> s.delegateToCapacity();
              case "delegateToDomain" -> s.delegateToDomain();
              default -> s.delegateToWorkspace();
            };
        if (!d.getValue().equals(actual)) {
          add(
              drift,
              s,
              d.getKey(),
              d.getValue().toString(),
              actual == null ? "not delegable" : actual.toString());
        }
      }
      for (Map.Entry<String, String> p : e.properties().entrySet()) {
        String actual = s.properties().get(p.getKey());
        if (!Objects.equals(p.getValue(), actual)) {
          add(drift, s, "properties." + p.getKey(), p.getValue(), actual);
        }
      }
    }
    return drift;
  }

  /** {@code disabled}, {@code entire-organization} or {@code specific-groups}. */
  static String state(SettingState s) {
    return !s.enabled()
        ? "disabled"
        : s.enabledSecurityGroups().isEmpty() ? "entire-organization" : "specific-groups";
  }

  private static boolean matches(String expected, SettingState s) {
    return expected.equals("enabled") ? s.enabled() : expected.equals(state(s));
  }

  /**
   * Exactly the groups listed, each matched by object id or by name (Graph's or Fabric's), ignoring
   * case.
   */
  private static void groups(
      List<Finding> drift,
      SettingState s,
      String aspect,
      List<String> expected,
      List<GroupRef> actual) {
    if (expected == null) {
      return;
    }
    boolean same =
        expected.size() == actual.size()
            && expected.stream().allMatch(want -> actual.stream().anyMatch(g -> is(g, want)))
            && actual.stream().allMatch(g -> expected.stream().anyMatch(want -> is(g, want)));
    if (!same) {
      add(
          drift,
          s,
          aspect,
          expected.stream().sorted().collect(Collectors.joining(", ")),
          SnapshotDiff.names(actual));
    }
  }

  private static boolean is(GroupRef g, String want) {
    String w = want.strip().toLowerCase(Locale.ROOT);
    return w.equals(g.graphId().toLowerCase(Locale.ROOT))
        || (g.name() != null && w.equals(g.name().toLowerCase(Locale.ROOT)))
        || (g.graphName() != null && w.equals(g.graphName().toLowerCase(Locale.ROOT)));
  }

  private static void add(
      List<Finding> drift, SettingState s, String aspect, String expected, String actual) {
    drift.add(
        new Finding(
            Finding.DRIFT,
            s.settingName(),
            s.title() == null ? null : s.title().strip(),
            SettingState.TENANT,
            aspect,
            expected,
            actual));
  }
}
