package dev.pbiadmin.cli.settings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rows {@code pbiadmin settings} prints: one per setting and override, or one per finding. */
final class SettingsView {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SettingsView() {}

  /**
   * Tenant settings first, in the service's order, then the overrides; groups by their best name.
   */
  static List<ObjectNode> settings(Snapshot snapshot) {
    return snapshot.states().stream()
        .map(
            s -> {
              ObjectNode row = JSON.objectNode();
              row.put("setting", s.settingName());
              row.put("where", s.where());
              row.put("state", s.scope());
              row.put("groups", names(s.enabledSecurityGroups()));
              row.put("except", names(s.excludedSecurityGroups()));
              row.put("delegation", delegation(s));
              row.put(
                  "properties",
                  s.properties().entrySet().stream()
                      .map(Map.Entry::toString)
                      .collect(Collectors.joining("; ")));
              row.put("portalGroup", s.tenantSettingGroup());
              row.put("title", s.title() == null ? null : s.title().strip());
              return row;
            })
        .toList();
  }

  static List<ObjectNode> findings(List<Finding> findings) {
    return findings.stream()
        .map(
            f -> {
              ObjectNode row = JSON.objectNode();
              row.put("kind", f.kind());
              row.put("setting", f.settingName());
              row.put("where", f.where());
              row.put("aspect", f.aspect());
              row.put("expected", f.expected());
              row.put("actual", f.actual());
              row.put("title", f.title());
              return row;
            })
        .toList();
  }

  private static String names(List<GroupRef> groups) {
    return groups.stream().map(GroupRef::displayName).collect(Collectors.joining("; "));
  }

  /**
   * {@code capacity, workspace} for the scopes it is delegated to; {@code -} where it can be and is
   * not.
   */
  private static String delegation(SettingState s) {
    StringBuilder b = new StringBuilder();
    flag(b, "capacity", s.delegateToCapacity());
    flag(b, "domain", s.delegateToDomain());
    flag(b, "workspace", s.delegateToWorkspace());
    if (s.delegatedFrom() != null) {
      b.append(b.length() == 0 ? "" : ", ").append("from ").append(s.delegatedFrom());
    }
    return b.toString();
  }

  private static void flag(StringBuilder b, String scope, Boolean value) {
    if (value != null) {
      b.append(b.length() == 0 ? "" : ", ").append(value ? scope : "no " + scope);
    }
  }
}
