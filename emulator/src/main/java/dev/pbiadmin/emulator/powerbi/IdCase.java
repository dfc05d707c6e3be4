package dev.pbiadmin.emulator.powerbi;

import java.util.Locale;

/**
 * The case in which the service writes an id where one object refers to another. GUID case is not
 * consistent in the real service (scan-result-real-shapes.md §9): workspaces referred to newly
 * created capacities in upper case while the capacities API listed them in lower case (FUAM's
 * changelog, fabric-toolbox #329), and consumers upper-case every id before joining. The emulator
 * writes the reference in upper case from about half the referring objects (those whose own id
 * starts with an odd hex digit), so any tenant with a few references shows both cases for the same
 * target, and a client that joins ids case-sensitively misses rows. The choice is fixed per
 * referring object, so every response agrees with every other. Lookups in the emulator ignore case,
 * so an id read back in either case still resolves.
 */
final class IdCase {
  private IdCase() {}

  /**
   * {@code id} as {@code referrerId}'s reference to it: upper case for about half the referrers.
   */
  static String reference(String id, String referrerId) {
    if (id == null
        || referrerId == null
        || referrerId.isEmpty()
        || Character.digit(referrerId.charAt(0), 16) % 2 == 0) {
      return id;
    }
    return id.toUpperCase(Locale.ROOT);
  }
}
