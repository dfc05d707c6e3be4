package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.odata.QueryOptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code $expand} values of the operations other than GetGroupsAsAdmin. */
final class Expands {
  private Expands() {}

  /** The names given, each of which must be in {@code allowed} (case-insensitive). */
  static Set<String> of(Call call, Set<String> allowed) {
    List<String> names = QueryOptions.expandList(call.query("$expand"));
    for (String name : names) {
      if (!allowed.contains(name.toLowerCase(Locale.ROOT))) {
        throw PowerBiException.badRequest(
            "$expand",
            "$expand does not support '"
                + name
                + "'"
                + (allowed.isEmpty()
                    ? " on this operation"
                    : "; supported: " + String.join(", ", allowed)));
      }
    }
    return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * For operations whose {@code $expand} the emulator does not model: only an empty value passes.
   */
  static void none(Call call, String parameter) {
    of(call, Set.of());
  }
}
