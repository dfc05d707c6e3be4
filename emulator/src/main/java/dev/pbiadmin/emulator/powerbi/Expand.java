package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.odata.ODataException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What {@code $expand} of GetGroupsAsAdmin / GetGroupAsAdmin may inline in a workspace. */
enum Expand {
  USERS,
  REPORTS,
  DASHBOARDS,
  DATASETS,
  DATAFLOWS,
  WORKBOOKS;

  /**
   * Parses a comma-separated {@code $expand} value ({@code null} or blank = nothing). Names are
   * matched case-insensitively; an unknown name is an {@link ODataException} naming the allowed
   * ones.
   */
  static Set<Expand> parseGroupExpand(String value) {
    Set<Expand> set = EnumSet.noneOf(Expand.class);
    for (String name : dev.pbiadmin.emulator.odata.QueryOptions.expandList(value)) {
      try {
        set.add(Expand.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ODataException(
            "$expand does not support '"
                + name
                + "'; supported: users, reports, dashboards, datasets, dataflows, workbooks");
      }
    }
    return set;
  }
}
