package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A workspace with everything in it.
 *
 * <p>{@code state} is the service's string ({@code Active}, {@code Deleted}, {@code Removing}); the
 * emulator also allows {@code Orphaned} as a state because the issue asks for it, although the real
 * service reports orphaned workspaces as {@code Active} ones without an Admin user (found with the
 * documented {@code not users/any(...)} filter). The generator produces both kinds.
 *
 * @param type {@code Workspace}, {@code PersonalGroup} (My workspace), {@code Personal} or {@code
 *     Group} (V1)
 * @param capacityId capacity the workspace is assigned to, or {@code null} (shared capacity)
 * @param defaultDatasetStorageFormat {@code Small} or {@code Large}; reported only on a capacity
 * @param modifiedAt last change, what {@code workspaces/modified?modifiedSince=} compares against
 * @param dataRetrievalState the scan result's {@code dataRetrievalState}, or {@code null} (not
 *     written); its values are not documented and no public consumer shows one
 * @param users workspace access list ({@code groupUserAccessRight})
 * @param items what the workspace holds
 */
public record Workspace(
    String id,
    String name,
    String description,
    String type,
    String state,
    String capacityId,
    boolean isReadOnly,
    String defaultDatasetStorageFormat,
    boolean hasWorkspaceLevelSettings,
    String dataflowStorageId,
    String dataRetrievalState,
    Instant modifiedAt,
    List<Access> users,
    Items items) {

  public Workspace {
    users = List.copyOf(users);
    Objects.requireNonNull(items, "items");
  }

  /**
   * The items a workspace holds, kept apart from its own properties so a change to the workspace
   * (state, users, modification time) carries them over as one value.
   *
   * @param fabricItems Fabric items of every kind, in the order they are listed; the scanner writes
   *     one array per {@link FabricItem#key()} (scan-result-real-shapes.md §3)
   */
  public record Items(
      List<Report> reports,
      List<Dashboard> dashboards,
      List<Dataset> datasets,
      List<Dataflow> dataflows,
      List<Datamart> datamarts,
      List<Workbook> workbooks,
      List<FabricItem> fabricItems) {

    /** An empty workspace's items. */
    public static final Items NONE =
        new Items(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Items {
      reports = List.copyOf(reports);
      dashboards = List.copyOf(dashboards);
      datasets = List.copyOf(datasets);
      dataflows = List.copyOf(dataflows);
      datamarts = List.copyOf(datamarts);
      workbooks = List.copyOf(workbooks);
      fabricItems = List.copyOf(fabricItems);
    }
  }

  // readers ask a workspace for its items of one kind far more often than for the whole set
  public List<Report> reports() {
    return items.reports();
  }

  public List<Dashboard> dashboards() {
    return items.dashboards();
  }

  public List<Dataset> datasets() {
    return items.datasets();
  }

  public List<Dataflow> dataflows() {
    return items.dataflows();
  }

  public List<Datamart> datamarts() {
    return items.datamarts();
  }

  public List<Workbook> workbooks() {
    return items.workbooks();
  }

  public List<FabricItem> fabricItems() {
    return items.fabricItems();
  }

  public boolean isOnDedicatedCapacity() {
    return capacityId != null;
  }

  public boolean isPersonal() {
    return "PersonalGroup".equals(type) || "Personal".equals(type);
  }

  /** Active in the sense of {@code excludeInActiveWorkspaces}: not deleted or being removed. */
  public boolean isActive() {
    return !"Deleted".equals(state) && !"Removing".equals(state);
  }

  /** No Admin among its users: what the documented orphaned-workspace filter finds. */
  public boolean hasNoAdmin() {
    return users.stream().noneMatch(a -> "Admin".equals(a.right()));
  }

  public Workspace withModifiedAt(Instant at) {
    return withState(state, at);
  }

  public Workspace withState(String newState, Instant at) {
    return with(newState, users, at);
  }

  /** This workspace with another access list, changed at {@code at}. */
  public Workspace withUsers(List<Access> newUsers, Instant at) {
    return with(state, newUsers, at);
  }

  private Workspace with(String newState, List<Access> newUsers, Instant at) {
    return new Workspace(
        id,
        name,
        description,
        type,
        newState,
        capacityId,
        isReadOnly,
        defaultDatasetStorageFormat,
        hasWorkspaceLevelSettings,
        dataflowStorageId,
        dataRetrievalState,
        at,
        newUsers,
        items);
  }
}
