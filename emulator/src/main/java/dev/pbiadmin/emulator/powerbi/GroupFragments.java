package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memoized {@code AdminGroup} JSON per (workspace, {@code $expand} set), so a 5,000-group page with
 * every expansion copies bytes instead of re-serializing some 100,000 objects per request. Paging,
 * {@code $filter} and authorization stay per request; only the rendering of one workspace is
 * reused.
 *
 * <p>Invalidation is by identity: {@link Workspace} and everything in it are immutable records, and
 * every change to a workspace ({@code TenantContent.putWorkspace/updateWorkspace/replaceAll}, from
 * the management API, the tenant file or the generator) swaps in a new instance. A fragment is
 * reused only for the very instance it was rendered from, so a change shows on the next request
 * without any hook to forget. Memory is bounded: past {@code budgetBytes} the memo starts over.
 * Thread-safe.
 */
final class GroupFragments {
  private final JsonFactory factory;
  private final long budgetBytes;
  private final ConcurrentHashMap<Key, Fragment> memo = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  GroupFragments(JsonFactory factory, long budgetBytes) {
    this.factory = factory;
    this.budgetBytes = budgetBytes;
  }

  /**
   * {@code w} as {@code AdminGroup} with {@code expand} inlined, exactly as {@link
   * ContentJson#writeAdminGroup} writes it.
   */
  RawJson of(Workspace w, Set<Expand> expand) throws IOException {
    Key key = new Key(w.id(), mask(expand));
    Fragment cached = memo.get(key);
    if (cached != null && cached.source == w) {
      return cached.json;
    }
    Fragment fresh = new Fragment(w, render(w, expand));
    Fragment previous = memo.put(key, fresh);
    long total = bytes.addAndGet(fresh.json.size() - (previous == null ? 0 : previous.json.size()));
    if (total > budgetBytes) {
      // Workspaces removed from the tenant leave fragments nobody asks for; starting over drops
      // them.
      memo.clear();
      bytes.set(0);
    }
    return fresh.json;
  }

  private RawJson render(Workspace w, Set<Expand> expand) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = factory.createGenerator(out)) {
      ContentJson.writeAdminGroup(g, w, expand);
    }
    return new RawJson(out.toByteArray());
  }

  private static int mask(Set<Expand> expand) {
    int m = 0;
    for (Expand e : expand) {
      m |= 1 << e.ordinal();
    }
    return m;
  }

  private record Key(String workspaceId, int expandMask) {}

  private record Fragment(Workspace source, RawJson json) {}
}
