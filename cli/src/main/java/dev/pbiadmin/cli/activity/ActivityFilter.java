package dev.pbiadmin.cli.activity;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code $filter} of {@code Admin_GetActivityEvents}: only {@code Activity} and {@code UserId},
 * only {@code eq} and {@code and}.
 */
record ActivityFilter(String activity, String userId) {

  static final ActivityFilter NONE = new ActivityFilter(null, null);

  ActivityFilter {
    activity = blankToNull(activity);
    userId = blankToNull(userId);
  }

  /** The OData expression, or null when nothing is filtered. */
  String odata() {
    List<String> terms = new ArrayList<>();
    if (activity != null) {
      terms.add("Activity eq " + quote(activity));
    }
    if (userId != null) {
      terms.add("UserId eq " + quote(userId));
    }
    return terms.isEmpty() ? null : String.join(" and ", terms);
  }

  /** The key under which a day's progress is tracked: a filtered pull never completes a day. */
  String key() {
    String odata = odata();
    return odata == null ? "" : odata;
  }

  private static String quote(String value) {
    // OData string literals escape a single quote by doubling it
    return "'" + value.replace("'", "''") + "'";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
