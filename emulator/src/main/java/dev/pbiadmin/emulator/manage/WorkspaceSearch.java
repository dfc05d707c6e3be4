package dev.pbiadmin.emulator.manage;

import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One page of workspaces whose name or id contains a search text, for the portal's workspace list.
 * A tenant may hold 100k workspaces, so only the page is rendered, never the whole list.
 */
final class WorkspaceSearch {
  static final int MAX_TOP = 500;
  private static final int MAX_SEARCH = 200;

  private final TenantContent content;

  WorkspaceSearch(TenantContent content) {
    this.content = content;
  }

  /**
   * {@code counts} always; with {@code top}, also {@code matches} and the page {@code workspaces}.
   */
  Map<String, Object> summary(String search, String skip, String top) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("counts", content.counts());
    if (top == null && skip == null && search == null) {
      return out;
    }
    int first = whole("skip", skip, 0, 0, Integer.MAX_VALUE);
    int size = whole("top", top, 50, 1, MAX_TOP);
    String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    if (needle.length() > MAX_SEARCH) {
      throw ManagementException.badRequest(
          "'search' must have at most " + MAX_SEARCH + " characters");
    }
    List<Map<String, Object>> page = new ArrayList<>();
    int matches = 0;
    for (Workspace w : content.workspaces()) {
      if (needle.isEmpty()
          || w.id().contains(needle)
          || w.name().toLowerCase(Locale.ROOT).contains(needle)) {
        if (matches >= first && page.size() < size) {
          page.add(row(w));
        }
        matches++;
      }
    }
    out.put("matches", matches);
    out.put("skip", first);
    out.put("top", size);
    out.put("workspaces", page);
    return out;
  }

  private static Map<String, Object> row(Workspace w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.id());
    m.put("name", w.name());
    m.put("type", w.type());
    m.put("state", w.state());
    m.put("capacityId", w.capacityId());
    m.put("modifiedAt", w.modifiedAt() == null ? null : w.modifiedAt().toString());
    m.put("users", w.users().size());
    m.put(
        "items",
        w.reports().size()
            + w.dashboards().size()
            + w.datasets().size()
            + w.dataflows().size()
            + w.datamarts().size());
    return m;
  }

  private static int whole(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ManagementException.badRequest(
        "'" + name + "' must be a whole number between " + min + " and " + max);
  }
}
