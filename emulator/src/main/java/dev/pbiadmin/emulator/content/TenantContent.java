package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The emulated tenant's Power BI content, in memory. Readers see one consistent, immutable, indexed
 * version; each write builds the next version and swaps it in, so a page of a list never mixes two
 * versions. Writes are rare (the management API), reads are many: a write copies the indexes and
 * re-indexes the one changed workspace. Thread-safe.
 */
public final class TenantContent {
  private volatile ContentIndex index;

  public TenantContent(ContentSet content) {
    this.index = new ContentIndex(content);
  }

  /** The current content; stable for as long as the caller holds it. */
  public ContentSet snapshot() {
    return index.content;
  }

  /** Workspaces in stable order (generation order, then tenant-file order, then additions). */
  public List<Workspace> workspaces() {
    return index.content.workspaces();
  }

  public Optional<Workspace> workspace(String id) {
    return Optional.ofNullable(index.workspace(id));
  }

  public Optional<Placed<Report>> report(String id) {
    return Optional.ofNullable(index.reports.get(ContentIndex.key(id)));
  }

  public Optional<Placed<Dashboard>> dashboard(String id) {
    return Optional.ofNullable(index.dashboards.get(ContentIndex.key(id)));
  }

  public Optional<Placed<Dataset>> dataset(String id) {
    return Optional.ofNullable(index.datasets.get(ContentIndex.key(id)));
  }

  public Optional<Placed<Dataflow>> dataflow(String id) {
    return Optional.ofNullable(index.dataflows.get(ContentIndex.key(id)));
  }

  public Optional<Placed<Datamart>> datamart(String id) {
    return Optional.ofNullable(index.datamarts.get(ContentIndex.key(id)));
  }

  public Optional<App> app(String id) {
    return Optional.ofNullable(index.apps.get(ContentIndex.key(id)));
  }

  public Optional<Capacity> capacity(String id) {
    return Optional.ofNullable(index.capacities.get(ContentIndex.key(id)));
  }

  public Optional<DatasourceInstance> datasource(String id) {
    return Optional.ofNullable(index.datasources.get(ContentIndex.key(id)));
  }

  /** A principal by UPN or object id. */
  public Optional<Principal> principal(String identifierOrObjectId) {
    return Optional.ofNullable(index.principals.get(ContentIndex.key(identifierOrObjectId)));
  }

  /**
   * Workspaces where the principal (UPN or object id) holds a workspace role directly: what the
   * non-admin {@code GET /groups} returns to it. Group membership is the caller's to expand.
   */
  public List<Workspace> workspacesOf(String identifierOrObjectId) {
    return index.workspacesByPrincipal.getOrDefault(
        ContentIndex.key(identifierOrObjectId), List.of());
  }

  /** Workspaces whose {@code modifiedAt} is after {@code since}, in stable order. */
  public List<Workspace> modifiedSince(Instant since) {
    List<Workspace> out = new ArrayList<>();
    for (Workspace w : index.content.workspaces()) {
      if (w.modifiedAt().isAfter(since)) {
        out.add(w);
      }
    }
    return out;
  }

  public ContentCounts counts() {
    return index.counts;
  }

  // ---- writes (management API) ----

  /** Adds a workspace, or replaces the one with the same id in place. */
  public synchronized void putWorkspace(Workspace workspace) {
    List<Workspace> ws = new ArrayList<>(workspaces());
    Integer i = index.workspaceIndex.get(ContentIndex.key(workspace.id()));
    Workspace old = null;
    if (i == null) {
      ws.add(workspace);
    } else {
      old = ws.set(i, workspace);
    }
    swap(ws, old, workspace);
  }

  /** Changes one workspace; throws {@link NoSuchElementException} if there is none with that id. */
  public synchronized Workspace updateWorkspace(String id, UnaryOperator<Workspace> change) {
    Integer i = index.workspaceIndex.get(ContentIndex.key(id));
    if (i == null) {
      throw new NoSuchElementException("no workspace with id " + id);
    }
    List<Workspace> ws = new ArrayList<>(workspaces());
    Workspace old = ws.get(i);
    Workspace changed = change.apply(old);
    if (!ContentIndex.key(changed.id()).equals(ContentIndex.key(id))) {
      throw new IllegalArgumentException("a workspace's id cannot change");
    }
    ws.set(i, changed);
    swap(ws, old, changed);
    return changed;
  }

  /**
   * Marks a workspace modified at {@code at} without other change (an incremental scan sees it).
   */
  public Workspace touchWorkspace(String id, Instant at) {
    return updateWorkspace(id, w -> w.withModifiedAt(at));
  }

  /** Deletes a workspace the way Power BI does: it stays listed with state {@code Deleted}. */
  public Workspace deleteWorkspace(String id, Instant at) {
    return updateWorkspace(id, w -> w.withState("Deleted", at));
  }

  /** Removes a workspace from the tenant entirely; false if there was none. */
  public synchronized boolean removeWorkspace(String id) {
    Integer i = index.workspaceIndex.get(ContentIndex.key(id));
    if (i == null) {
      return false;
    }
    List<Workspace> ws = new ArrayList<>(workspaces());
    Workspace old = ws.remove((int) i);
    swap(ws, old, null);
    return true;
  }

  /** Replaces all content at once (tenant-file reload). */
  public synchronized void replaceAll(ContentSet content) {
    index = new ContentIndex(content);
  }

  private void swap(List<Workspace> ws, Workspace old, Workspace replacement) {
    ContentSet c = index.content;
    ContentSet next =
        new ContentSet(
            c.capacities(), ws, c.apps(), c.datasources(), c.sharedArtifacts(), c.principals());
    index = index.replacing(next, old, replacement);
  }
}
