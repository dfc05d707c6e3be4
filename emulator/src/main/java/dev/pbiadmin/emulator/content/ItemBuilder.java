package dev.pbiadmin.emulator.content;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects one generated workspace's items. Item access lists derive from the workspace roles and
 * are shared between the workspace's items unless an item has direct shares of its own.
 */
final class ItemBuilder {
  private static final Duration YEAR = Duration.ofDays(365);
  private static final Map<String, String> REPORT_RIGHT =
      Map.of("Admin", "Owner", "Member", "ReadWrite", "Contributor", "ReadWrite", "Viewer", "Read");
  private static final Map<String, String> DATASET_RIGHT = exploreRights("ReadWriteExplore");
  private static final Map<String, String> DATAMART_RIGHT = exploreRights("ReadWrite");
  private static final String[] PROVIDERS = {
    "PbixInImportMode",
    "PbixInImportMode",
    "PbixInImportMode",
    "PbixInImportMode",
    "PbixInDirectQueryMode",
    "PbixInCompositeMode",
    "RealTime"
  };
  // Fabric item rights are not documented; these follow the item rights of the other kinds
  private static final Map<String, String> ARTIFACT_RIGHT =
      Map.of("Admin", "Owner", "Member", "ReadWrite", "Contributor", "ReadWrite", "Viewer", "Read");

  /**
   * The workspace's {@code dataRetrievalState}: the swagger declares it without values, and no
   * public consumer shows one, so this value is the emulator's (UNVERIFIED in the reference).
   */
  static final String DATA_RETRIEVAL_STATE = "Completed";

  final String workspaceId;
  private final List<Access> wsUsers;
  private final Principal owner;
  private final Instant modifiedAt;
  private final boolean onCapacity;
  private final List<Access> reportUsers;
  private final List<Access> datasetUsers;
  private final List<Access> dataflowUsers;
  private final List<Access> datamartUsers;
  private final List<Access> artifactUsers;
  private final boolean sharedWorkspace;
  private final Population people;
  final List<Report> reports = new ArrayList<>();
  final List<Dashboard> dashboards = new ArrayList<>();
  final List<Dataset> datasets = new ArrayList<>();
  final List<Dataflow> dataflows = new ArrayList<>();
  final List<Datamart> datamarts = new ArrayList<>();
  final List<Workbook> workbooks = new ArrayList<>();
  final List<FabricItem> fabricItems = new ArrayList<>();

  ItemBuilder(
      String workspaceId,
      List<Access> wsUsers,
      Principal owner,
      Instant modifiedAt,
      boolean onCapacity,
      boolean sharedWorkspace,
      Population people) {
    this.workspaceId = workspaceId;
    this.sharedWorkspace = sharedWorkspace;
    this.people = people;
    this.wsUsers = List.copyOf(wsUsers);
    this.owner = owner;
    this.modifiedAt = modifiedAt;
    this.onCapacity = onCapacity;
    this.reportUsers = derive(REPORT_RIGHT);
    this.datasetUsers = derive(DATASET_RIGHT);
    this.dataflowUsers = derive(REPORT_RIGHT);
    this.datamartUsers = derive(DATAMART_RIGHT);
    this.artifactUsers = derive(ARTIFACT_RIGHT);
  }

  private List<Access> derive(Map<String, String> rights) {
    List<Access> list = new ArrayList<>(wsUsers.size());
    for (Access a : wsUsers) {
      list.add(new Access(a.principal(), rights.getOrDefault(a.right(), "Read")));
    }
    return List.copyOf(list);
  }

  boolean shared() {
    return sharedWorkspace;
  }

  /** Who authors items: the owner/admin, else the first workspace user, else nobody known. */
  Principal author() {
    if (owner != null) {
      return owner;
    }
    return wsUsers.isEmpty() ? null : wsUsers.get(0).principal();
  }

  String ownerUpn() {
    Principal a = author();
    return a == null ? null : a.identifier();
  }

  private String authorId() {
    Principal a = author();
    return a == null ? null : a.graphId();
  }

  Dataflow dataflow(
      Randoms r,
      String name,
      List<String> usages,
      List<ItemRef> upstream,
      Endorsement e,
      RefreshSchedule schedule) {
    Dataflow df =
        new Dataflow(
            r.guid(),
            name,
            "",
            ownerUpn(),
            ownerUpn(),
            r.stamp(modifiedAt),
            e,
            usages,
            upstream,
            schedule,
            dataflowUsers);
    dataflows.add(df);
    return df;
  }

  // the Randoms instance is passed in rather than kept, so the call order stays visible at the call
  // site
  Dataset dataset(
      Randoms r,
      SchemaTemplates.Template t,
      DatasourcePool sources,
      Endorsement e,
      List<ItemRef> dataflowPool,
      List<ItemRef> sharedDatasets,
      RefreshSchedules schedules) {
    String provider = r.pick(PROVIDERS);
    boolean realTime = provider.equals("RealTime");
    List<String> usages = realTime ? List.of() : sources.usages(r);
    List<ItemRef> upDataflows = List.of();
    if (!realTime && r.chance(0.1)) {
      upDataflows =
          !dataflows.isEmpty()
              ? List.of(new ItemRef(r.pick(dataflows).objectId(), workspaceId))
              : dataflowPool.isEmpty() ? List.of() : List.of(r.pick(dataflowPool));
    }
    List<ItemRef> upDatasets =
        provider.equals("PbixInCompositeMode") && !sharedDatasets.isEmpty()
            ? List.of(r.pick(sharedDatasets))
            : List.of();
    Instant created = r.stamp(r.before(modifiedAt, YEAR));
    String storage = onCapacity && r.chance(0.3) ? "PremiumFiles" : "Abf";
    boolean imported =
        provider.equals("PbixInImportMode") || provider.equals("PbixInCompositeMode");
    boolean directQuery =
        provider.equals("PbixInDirectQueryMode") || provider.equals("PbixInCompositeMode");
    RefreshSchedule schedule = imported && r.chance(0.7) ? schedules.pick(r) : null;
    RefreshSchedule.DirectQuery dqSchedule =
        directQuery && r.chance(0.6) ? schedules.pickDirectQuery(r) : null;
    Dataset ds =
        new Dataset(
            uuid(r),
            Names.item(r),
            r.chance(0.3) ? "Semantic model for " + Names.item(r) : null,
            ownerUpn(),
            authorId(),
            created,
            provider,
            new Dataset.Flags(
                storage,
                !realTime,
                false,
                !t.roles().isEmpty(),
                sources.anyOnPrem(usages),
                realTime,
                false),
            e,
            realTime ? List.of() : t.tables(),
            realTime ? List.of() : t.expressions(),
            t.roles(),
            usages,
            upDataflows,
            upDatasets,
            realTime ? "Unsupported request. RealTime dataset are not supported" : null,
            !realTime && r.chance(0.05),
            schedule,
            dqSchedule,
            List.of(),
            withShares(r, datasetUsers, "Read"));
    datasets.add(ds);
    return ds;
  }

  /**
   * A Direct Lake semantic model over {@code store} (a lakehouse, its SQL analytics endpoint or a
   * warehouse), related to it with {@code Association} (scan-result-real-shapes.md §5.3, §7).
   */
  Dataset directLakeDataset(
      Randoms r, SchemaTemplates.Template t, String name, FabricItem store, Endorsement e) {
    Dataset ds =
        new Dataset(
            uuid(r),
            name,
            null,
            ownerUpn(),
            authorId(),
            r.stamp(r.before(modifiedAt, YEAR)),
            null,
            Dataset.Flags.SMALL_REFRESHABLE,
            e,
            t.tables(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            false,
            null,
            null,
            List.of(new Relation(store.id(), "Association", workspaceId)),
            withShares(r, datasetUsers, "Read"));
    datasets.add(ds);
    return ds;
  }

  Report report(
      Randoms r,
      String datasetId,
      String datasetWorkspaceId,
      DatasourcePool sources,
      Endorsement e) {
    boolean paginated = r.chance(0.05);
    Instant created = r.stamp(r.before(modifiedAt, YEAR));
    Instant modified =
        r.stamp(r.before(modifiedAt, Duration.between(created, modifiedAt).plusMillis(1)));
    Report rep =
        new Report(
            uuid(r),
            Names.item(r),
            r.chance(0.2) ? "Report on " + Names.item(r) : null,
            paginated ? "PaginatedReport" : "PowerBIReport",
            paginated ? null : datasetId,
            paginated ? null : datasetWorkspaceId,
            null,
            null,
            ownerUpn(),
            authorId(),
            ownerUpn(),
            authorId(),
            created,
            modified.isBefore(created) ? created : modified,
            e,
            paginated ? sources.usages(r) : List.of(),
            withShares(r, reportUsers, "Read"));
    reports.add(rep);
    return rep;
  }

  /**
   * Publishes an app: most reports get an app copy, listed in the workspace beside the original.
   */
  void appCopies(Randoms r, String appId) {
    for (Report original : List.copyOf(reports)) {
      if (r.chance(0.7)) {
        reports.add(original.appCopy(uuid(r), appId));
      }
    }
  }

  /** Adds a Fabric item whose access list derives from the workspace roles. */
  FabricItem fabric(
      Randoms r,
      String key,
      String name,
      Instant created,
      List<Relation> relations,
      Endorsement e) {
    Instant updated =
        r.stamp(r.before(modifiedAt, Duration.between(created, modifiedAt).plusMillis(1)));
    FabricItem item =
        new FabricItem(
            key,
            uuid(r),
            name,
            r.chance(0.3) ? "" : null,
            "Active",
            ownerUpn(),
            authorId(),
            created,
            ownerUpn(),
            authorId(),
            updated.isBefore(created) ? created : updated,
            null,
            relations,
            e,
            FabricItem.datamartStyle(key) ? datamartUsers : artifactUsers,
            true);
    fabricItems.add(item);
    return item;
  }

  Instant createdBefore(Randoms r) {
    return r.stamp(r.before(modifiedAt, YEAR));
  }

  void dashboard(Randoms r, String name, String label) {
    List<Dashboard.Tile> tiles = new ArrayList<>();
    int count = r.between(1, 8);
    for (int i = 0; i < count && !reports.isEmpty(); i++) {
      Report rep = r.pick(reports);
      double u = r.nextDouble();
      if (u < 0.8) {
        tiles.add(
            new Dashboard.Tile(
                uuid(r), Names.item(r), rep.id(), rep.datasetId(), rep.datasetWorkspaceId(), 4, 6));
      } else if (u < 0.9 && rep.datasetId() != null) {
        tiles.add(
            new Dashboard.Tile(
                uuid(r),
                "Q&A " + Names.item(r),
                null,
                rep.datasetId(),
                rep.datasetWorkspaceId(),
                2,
                3));
      } else {
        tiles.add(new Dashboard.Tile(uuid(r), "Text box", null, null, null, 1, 2));
      }
    }
    dashboards.add(
        new Dashboard(
            uuid(r), name, false, null, null, label, tiles, withShares(r, reportUsers, "Read")));
  }

  void datamart(Randoms r, List<String> usages, List<ItemRef> upstream, Endorsement e) {
    String[] types = {"Sql", "Sql", "Lakehouse", "Datawarehouse"};
    datamarts.add(
        new Datamart(
            uuid(r),
            Names.item(r) + " Mart",
            "",
            r.pick(types),
            "Available",
            "Active",
            ownerUpn(),
            authorId(),
            ownerUpn(),
            authorId(),
            r.stamp(modifiedAt),
            e,
            upstream,
            usages,
            datamartUsers));
  }

  Workspace workspace(
      String name,
      String description,
      String type,
      String state,
      String capacityId,
      boolean readOnly,
      boolean settings) {
    String format =
        capacityId == null
            ? null
            : datasets.stream().anyMatch(d -> "PremiumFiles".equals(d.flags().targetStorageMode()))
                ? "Large"
                : "Small";
    return new Workspace(
        workspaceId,
        name,
        description,
        type,
        state,
        capacityId,
        readOnly,
        format,
        settings,
        null,
        DATA_RETRIEVAL_STATE,
        modifiedAt,
        wsUsers,
        new Workspace.Items(
            reports, dashboards, datasets, dataflows, datamarts, workbooks, fabricItems));
  }

  /** Most items only carry the workspace's roles; some have direct shares on top. */
  private List<Access> withShares(Randoms r, List<Access> base, String right) {
    if (!r.chance(0.2)) {
      return base;
    }
    Principal extra = people.member(r);
    if (base.stream().anyMatch(a -> a.principal() == extra)) {
      return base;
    }
    List<Access> list = new ArrayList<>(base);
    list.add(new Access(extra, right));
    return list;
  }

  private static String uuid(Randoms r) {
    return r.guid();
  }

  /** Rights on items whose admins and members may reshare; contributors' right differs by type. */
  private static Map<String, String> exploreRights(String contributorRight) {
    return Map.of(
        "Admin",
        "ReadWriteReshareExplore",
        "Member",
        "ReadWriteReshareExplore",
        "Contributor",
        contributorRight,
        "Viewer",
        "Read");
  }
}
