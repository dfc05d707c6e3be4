package dev.pbiadmin.emulator.content;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds generated workspaces one after another, keeping the cross-workspace pools. */
final class WorkspaceFactory {
  private static final Duration SIXTY_DAYS = Duration.ofDays(60);

  private final Randoms r;
  private final Instant now;
  private final Population people;
  private final DatasourcePool sources;
  private final SchemaTemplates schemas;
  private final RefreshSchedules schedules;
  private final FabricFactory fabric;
  private final List<Capacity> capacities;
  private final List<String> labels = new ArrayList<>();
  private final Map<String, Integer> names = new HashMap<>();

  /** Datasets in shared workspaces that reports elsewhere may use. */
  private final List<ItemRef> sharedDatasets = new ArrayList<>();

  private final List<ItemRef> dataflowPool = new ArrayList<>();
  private int personalOwners;
  private int sharedCount;
  final List<App> apps = new ArrayList<>();
  final List<SharedArtifact> shared = new ArrayList<>();

  WorkspaceFactory(
      Randoms r,
      Instant now,
      Population people,
      DatasourcePool sources,
      SchemaTemplates schemas,
      List<Capacity> capacities) {
    this.r = r;
    this.now = now;
    this.people = people;
    this.sources = sources;
    this.schemas = schemas;
    this.schedules = new RefreshSchedules(r, 24);
    this.fabric = new FabricFactory(r, schemas);
    this.capacities = capacities;
    for (int i = 0; i < 5; i++) {
      labels.add(r.guid());
    }
  }

  Workspace next() {
    double u = r.nextDouble();
    String type =
        u < 0.60 ? "PersonalGroup" : u < 0.61 ? "Personal" : u < 0.64 ? "Group" : "Workspace";
    return type.equals("PersonalGroup") || type.equals("Personal")
        ? personal(type)
        : sharedWorkspace(type);
  }

  private Workspace personal(String type) {
    Principal owner = people.users.get(personalOwners++ % people.users.size());
    String state = r.chance(0.01) ? "Deleted" : "Active";
    String capacityId = r.chance(0.02) ? r.pick(capacities).id() : null;
    Instant modifiedAt = r.before(now, SIXTY_DAYS);
    String prefix = type.equals("PersonalGroup") ? "PersonalWorkspace " : "Personal ";
    ItemBuilder items =
        new ItemBuilder(
            r.guid(),
            List.of(new Access(owner, "Admin")),
            owner,
            modifiedAt,
            capacityId != null,
            false,
            people);
    int datasets = r.chance(0.5) ? 0 : r.longTail(2, 0.02, 40);
    fill(items, datasets, r.longTail(1, 0.02, 30), r.chance(0.15) ? 1 : 0, 0, 0);
    if (capacityId != null) {
      fabric.personal(items);
    }
    return items.workspace(prefix + owner.displayName(), "", type, state, capacityId, false, false);
  }

  private Workspace sharedWorkspace(String type) {
    int index = sharedCount++;
    boolean forKnown = index < 3 * people.known.size();
    double s = r.nextDouble();
    String state =
        forKnown
            ? "Active"
            : s < 0.02 ? "Deleted" : s < 0.025 ? "Removing" : s < 0.028 ? "Orphaned" : "Active";
    boolean noAdmin = state.equals("Orphaned") || (!forKnown && r.chance(0.02));
    String capacityId = r.chance(0.35) ? capacities.get(r.skewed(capacities.size())).id() : null;
    Instant modifiedAt = r.before(now, SIXTY_DAYS);
    List<Access> users = new ArrayList<>();
    Principal admin = people.users.get(r.skewed(people.users.size()));
    if (!noAdmin) {
      users.add(new Access(admin, "Admin"));
    }
    if (forKnown) {
      Principal known = people.known.get(index % people.known.size());
      users.add(new Access(known, index < people.known.size() ? "Admin" : "Member"));
    }
    int members = noAdmin && r.chance(0.5) ? 0 : r.longTail(3, 0.05, 60);
    String[] rights = {"Member", "Contributor", "Viewer", "Viewer", "Admin"};
    for (int m = 0; m < members; m++) {
      Principal p = people.member(r);
      if (users.stream().noneMatch(a -> a.principal() == p)) {
        users.add(new Access(p, noAdmin ? rights[m % 4] : rights[r.nextInt(rights.length)]));
      }
    }
    ItemBuilder items =
        new ItemBuilder(
            r.guid(), users, noAdmin ? null : admin, modifiedAt, capacityId != null, true, people);
    int datasets = r.longTail(4, 0.05, 150);
    int extraReports = r.longTail(2, 0.05, 200);
    int dashboards = r.longTail(1, 0.04, 40);
    int dataflows = r.chance(0.15) ? r.longTail(3, 0.05, 30) : 0;
    int datamarts = capacityId != null && r.chance(0.05) ? r.between(1, 2) : 0;
    fill(items, datasets, extraReports, dashboards, dataflows, datamarts);
    if (capacityId != null) {
      fabric.shared(items, sources, () -> endorsement(0.03, 0.05, items));
    }
    String name = unique(Names.workspace(r));
    boolean active = !state.equals("Deleted") && !state.equals("Removing");
    if (!items.reports.isEmpty() && active && r.chance(0.08)) {
      String appId = r.guid();
      apps.add(
          new App(
              appId,
              name + " App",
              "Published content of " + name,
              items.workspaceId,
              admin.identifier(),
              r.stamp(r.before(modifiedAt, SIXTY_DAYS)),
              List.of(new Access(people.member(r), "Read"), new Access(admin, "All"))));
      items.appCopies(r, appId);
    }
    return items.workspace(
        name,
        r.chance(0.6) ? "Workspace for " + name : "",
        type,
        state,
        capacityId,
        r.chance(0.01),
        r.chance(0.1));
  }

  /**
   * Workspace names are unique; generated bases never end in a number, so "Base 2" cannot clash.
   */
  private String unique(String name) {
    int n = names.merge(name, 1, Integer::sum);
    return n == 1 ? name : name + " " + n;
  }

  private void fill(
      ItemBuilder b, int datasets, int extraReports, int dashboards, int dataflows, int datamarts) {
    for (int i = 0; i < dataflows; i++) {
      List<ItemRef> upstream =
          !dataflowPool.isEmpty() && r.chance(0.3)
              ? List.of(dataflowPool.get(r.nextInt(dataflowPool.size())))
              : List.of();
      Dataflow df =
          b.dataflow(
              r,
              Names.item(r) + " Flow",
              sources.usages(r),
              upstream,
              endorsement(0.05, 0.1, b),
              r.chance(0.6) ? schedules.pick(r) : null);
      if (b.shared()) {
        dataflowPool.add(new ItemRef(df.objectId(), b.workspaceId));
      }
    }
    for (int i = 0; i < datasets; i++) {
      Dataset ds =
          b.dataset(
              r,
              schemas.pick(r),
              sources,
              endorsement(0.05, 0.10, b),
              dataflowPool,
              sharedDatasets,
              schedules);
      int reports = r.chance(0.15) ? 0 : r.between(1, 2);
      for (int k = 0; k < reports; k++) {
        publicize(b, b.report(r, ds.id(), null, sources, endorsement(0.03, 0.05, b)));
      }
      if (b.shared() && (ds.endorsement().endorsement() != null || r.chance(0.1))) {
        sharedDatasets.add(new ItemRef(ds.id(), b.workspaceId));
      }
    }
    for (int i = 0; i < extraReports; i++) {
      if (!sharedDatasets.isEmpty() && r.chance(0.5)) {
        ItemRef target = sharedDatasets.get(r.skewed(sharedDatasets.size()));
        publicize(
            b,
            b.report(r, target.targetId(), target.groupId(), sources, endorsement(0.02, 0.04, b)));
      } else if (!b.datasets.isEmpty()) {
        publicize(
            b, b.report(r, r.pick(b.datasets).id(), null, sources, endorsement(0.02, 0.04, b)));
      }
    }
    for (int i = 0; i < dashboards; i++) {
      b.dashboard(r, Names.item(r), labelOrNull(0.2));
    }
    for (int i = 0; i < datamarts; i++) {
      b.datamart(
          r,
          sources.usages(r),
          dataflowPool.isEmpty() ? List.of() : List.of(r.pick(dataflowPool)),
          endorsement(0.05, 0.1, b));
    }
    if (r.chance(0.04)) {
      b.workbooks.add(
          new Workbook(
              Names.item(r) + ".xlsx", b.datasets.isEmpty() ? null : r.pick(b.datasets).id()));
    }
  }

  // shareType values are not documented; these name the two widely-shared-artifact endpoints
  private void publicize(ItemBuilder b, Report report) {
    Principal sharer = b.author();
    if (r.chance(0.01)) {
      shared.add(
          new SharedArtifact(report.id(), report.name(), "Report", "View", "PublishToWeb", sharer));
    } else if (r.chance(0.02)) {
      shared.add(
          new SharedArtifact(
              report.id(), report.name(), "Report", "Read", "LinkToWholeOrganization", sharer));
    }
  }

  private Endorsement endorsement(double certified, double promoted, ItemBuilder b) {
    double u = r.nextDouble();
    String label = labelOrNull(0.25);
    if (u < certified) {
      return new Endorsement("Certified", b.ownerUpn(), label);
    }
    if (u < certified + promoted) {
      return new Endorsement("Promoted", null, label);
    }
    return label == null ? Endorsement.NONE : new Endorsement(null, null, label);
  }

  private String labelOrNull(double p) {
    return r.chance(p) ? labels.get(r.skewed(labels.size())) : null;
  }
}
