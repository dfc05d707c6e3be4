package dev.pbiadmin.emulator.odata;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation of the paging and expansion query options: {@code $top}, {@code $skip}, {@code
 * $expand}.
 */
public final class QueryOptions {
  private QueryOptions() {}

  /**
   * {@code $top}: {@code required} means a missing value is an error (GetGroupsAsAdmin: "This
   * parameter is mandatory and must be in the range of 1-5000"); returns {@code defaultValue} when
   * absent and not required.
   */
  public static int top(String raw, boolean required, int max, int defaultValue) {
    if (raw == null || raw.isBlank()) {
      if (required) {
        throw new ODataException("$top is required and must be in the range of 1-" + max);
      }
      return defaultValue;
    }
    int value = integer("$top", raw);
    if (value < 1 || value > max) {
      throw new ODataException("$top must be in the range of 1-" + max + ", got " + raw.strip());
    }
    return value;
  }

  /** {@code $skip}: absent → 0; otherwise a non-negative integer. */
  public static int skip(String raw) {
    if (raw == null || raw.isBlank()) {
      return 0;
    }
    int value = integer("$skip", raw);
    if (value < 0) {
      throw new ODataException("$skip must be 0 or more, got " + raw.strip());
    }
    return value;
  }

  /** The names of a comma-separated {@code $expand}, trimmed, without empties; unvalidated. */
  public static List<String> expandList(String raw) {
    List<String> names = new ArrayList<>();
    if (raw == null) {
      return names;
    }
    for (String part : raw.split(",", -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        if (!raw.isBlank()) {
          throw new ODataException("$expand has an empty entry in '" + raw + "'");
        }
        continue;
      }
      if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
        throw new ODataException(
            "$expand entry '" + name + "' is not supported; give a comma-separated list of names");
      }
      names.add(name);
    }
    return names;
  }

  private static int integer(String option, String raw) {
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new ODataException(option + " must be an integer, got '" + raw.strip() + "'");
    }
  }
}
