package dev.pbiadmin.client.models;

import java.util.List;

/**
 * The records' rule for lists: the service leaves empty ones out, so absent reads as empty, and
 * what is kept cannot change.
 */
final class Lists {
  private Lists() {}

  static <T> List<T> copyOrEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
