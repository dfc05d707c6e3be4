package dev.pbiadmin.emulator.odata;

import java.util.Locale;

/**
 * The restricted {@code $filter} of GetActivityEvents: "Filters the results based on a boolean
 * condition, using 'Activity', 'UserId', or both properties. Supports only 'eq' and 'and'
 * operators." Values match case-insensitively (the documented example writes {@code 'viewreport'}).
 *
 * @param activity the required Activity, or {@code null} for any
 * @param userId the required UserId, or {@code null} for any
 */
public record ActivityFilter(String activity, String userId) {
  public static final ActivityFilter ALL = new ActivityFilter(null, null);

  /** Parses the filter; {@code null} or blank means no filter. */
  public static ActivityFilter parse(String text) {
    if (text == null || text.isBlank()) {
      return ALL;
    }
    String[] found = new String[2];
    collect(Parser.parse(text), found, 0);
    return new ActivityFilter(found[0], found[1]);
  }

  private static void collect(Node node, String[] found, int depth) {
    if (node instanceof Node.Binary b && b.operator().equals("and")) {
      collect(b.left(), found, depth + 1);
      collect(b.right(), found, depth + 1);
      return;
    }
    if (node instanceof Node.Binary b
        && b.operator().equals("eq")
        && b.left() instanceof Node.Path p
        && p.segments().size() == 1
        && b.right() instanceof Node.Literal l
        && l.type() == ValueType.STRING) {
      String property = p.segments().get(0);
      int slot =
          property.equalsIgnoreCase("Activity") ? 0 : property.equalsIgnoreCase("UserId") ? 1 : -1;
      if (slot < 0) {
        throw new ODataException(
            "$filter on activity events supports only the properties Activity and UserId, not '"
                + property
                + "'");
      }
      if (found[slot] != null && !found[slot].equalsIgnoreCase((String) l.value())) {
        throw new ODataException("$filter names " + property + " twice with different values");
      }
      found[slot] = (String) l.value();
      return;
    }
    throw new ODataException(
        "$filter on activity events supports only conditions of the form Activity eq '...'"
            + " or UserId eq '...' joined by 'and'; '"
            + node
            + "' is not supported");
  }

  public boolean matches(String eventActivity, String eventUserId) {
    return (activity == null || activity.toLowerCase(Locale.ROOT).equals(lower(eventActivity)))
        && (userId == null || userId.toLowerCase(Locale.ROOT).equals(lower(eventUserId)));
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
