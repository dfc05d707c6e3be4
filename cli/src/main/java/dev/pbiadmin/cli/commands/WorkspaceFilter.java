package dev.pbiadmin.cli.commands;

import java.util.ArrayList;
import java.util.List;

/** Builds the OData {@code $filter} of GetGroupsAsAdmin from the command's options. */
final class WorkspaceFilter {
  private WorkspaceFilter() {}

  /** Null when nothing is filtered; otherwise the clauses joined with {@code and}. */
  static String of(String filter, boolean personal, String state) {
    List<String> clauses = new ArrayList<>();
    if (filter != null && !filter.isBlank()) {
      clauses.add(filter.strip());
    }
    if (!personal) {
      clauses.add("type ne 'PersonalGroup'");
    }
    if (state != null && !state.isBlank()) {
      clauses.add("state eq '" + state.strip().replace("'", "''") + "'");
    }
    if (clauses.isEmpty()) {
      return null;
    }
    if (clauses.size() == 1) {
      return clauses.get(0);
    }
    return String.join(" and ", clauses.stream().map(c -> "(" + c + ")").toList());
  }
}
