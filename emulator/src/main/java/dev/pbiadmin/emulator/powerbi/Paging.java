package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.odata.QueryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** {@code $top}/{@code $skip} over a filtered sequence, validated before any output. */
record Paging(int top, int skip) {

  /** GetGroupsAsAdmin: "This parameter is mandatory and must be in the range of 1-5000." */
  static Paging groups(Call call) {
    return new Paging(
        QueryOptions.top(call.query("$top"), true, 5000, 0),
        QueryOptions.skip(call.query("$skip")));
  }

  /** Optional {@code $top} (no documented maximum): without it, everything. */
  static Paging optional(Call call) {
    return new Paging(
        QueryOptions.top(call.query("$top"), false, Integer.MAX_VALUE, Integer.MAX_VALUE),
        QueryOptions.skip(call.query("$skip")));
  }

  /** The page of {@code all} that passes {@code filter}; stops scanning once the page is full. */
  <T> List<T> page(Iterable<T> all, Predicate<? super T> filter) {
    List<T> out = new ArrayList<>(Math.min(top, 1024));
    int skipped = 0;
    for (T item : all) {
      if (!filter.test(item)) {
        continue;
      }
      if (skipped < skip) {
        skipped++;
        continue;
      }
      out.add(item);
      if (out.size() == top) {
        break;
      }
    }
    return out;
  }
}
