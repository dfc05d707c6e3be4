package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.Dashboard;
import dev.pbiadmin.emulator.content.Dataflow;
import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.Placed;
import dev.pbiadmin.emulator.content.Report;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** GetGroupsAsAdmin, GetGroupAsAdmin and the per-workspace admin lists. */
final class GroupsApi {
  private final Service s;
  private final GroupFragments fragments;

  GroupsApi(Service service) {
    this.s = service;
    // An eighth of the heap at most: ~31 MB per 10,000 generated workspaces with all five
    // expansions.
    this.fragments =
        new GroupFragments(
            service.out().factory(), Math.min(Runtime.getRuntime().maxMemory() / 8, 256L << 20));
  }

  /**
   * Groups_GetGroupsAsAdmin: {@code $top} required (1–5000), {@code $skip}, {@code $filter}, {@code
   * $expand}.
   */
  void list(Call call) throws IOException {
    Paging paging = Paging.groups(call);
    Set<Expand> expand = Expand.parseGroupExpand(call.query("$expand"));
    Predicate<Workspace> filter = ContentFilters.workspaces(call.query("$filter"));
    List<Workspace> page = paging.page(s.content().workspaces(), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("groups"),
            page,
            (g, w) -> g.writeRawValue(fragments.of(w, expand)));
  }

  /** Groups_GetGroupAsAdmin. */
  void get(Call call) throws IOException {
    Workspace w = s.workspace(call);
    Set<Expand> expand = Expand.parseGroupExpand(call.query("$expand"));
    s.out().stream(call.ctx(), JsonWriter.JSON, g -> ContentJson.writeAdminGroup(g, w, expand));
  }

  /** Groups_GetGroupUsersAsAdmin. */
  void users(Call call) throws IOException {
    Workspace w = s.workspace(call);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("groupUsers"),
            w.users(),
            (g, a) -> ContentJson.writeUser(g, a, "groupUserAccessRight"));
  }

  /** Groups_GetUnusedArtifactsAsAdmin; see {@link UnusedArtifacts} for what counts as unused. */
  void unused(Call call) throws IOException {
    Workspace w = s.workspace(call);
    UnusedArtifacts.write(call, s, w);
  }

  /** Dashboards_GetDashboardsInGroupAsAdmin. */
  void dashboards(Call call) throws IOException {
    Workspace w = s.workspace(call);
    Paging paging = Paging.optional(call);
    Predicate<Placed<Dashboard>> filter = ContentFilters.dashboards(call.query("$filter"));
    List<Placed<Dashboard>> page =
        paging.page(w.dashboards().stream().map(d -> new Placed<>(w, d)).toList(), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("dashboards"),
            page,
            (g, d) -> ContentJson.writeAdminDashboard(g, w, d.item(), false, false));
  }

  /** Reports_GetReportsInGroupAsAdmin. */
  void reports(Call call) throws IOException {
    Workspace w = s.workspace(call);
    Paging paging = Paging.optional(call);
    Predicate<Placed<Report>> filter = ContentFilters.reports(call.query("$filter"));
    List<Placed<Report>> page =
        paging.page(w.reports().stream().map(r -> new Placed<>(w, r)).toList(), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("reports"),
            page,
            (g, r) -> ContentJson.writeAdminReport(g, w, r.item(), false));
  }

  /** Datasets_GetDatasetsInGroupAsAdmin. */
  void datasets(Call call) throws IOException {
    Workspace w = s.workspace(call);
    Paging paging = Paging.optional(call);
    Expands.none(call, "$expand");
    Predicate<Placed<Dataset>> filter = ContentFilters.datasets(call.query("$filter"));
    List<Placed<Dataset>> page =
        paging.page(w.datasets().stream().map(d -> new Placed<>(w, d)).toList(), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("datasets"),
            page,
            (g, d) -> ContentJson.writeAdminDataset(g, w, d.item(), false));
  }

  /** Datasets_GetDatasetToDataflowsLinksInGroupAsAdmin. */
  void datasetToDataflowLinks(Call call) throws IOException {
    Workspace w = s.workspace(call);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("datasetToDataflowLinks"),
            g -> ContentJson.writeDatasetToDataflowLinks(g, w));
  }

  /** Dataflows_GetDataflowsInGroupAsAdmin. */
  void dataflows(Call call) throws IOException {
    Workspace w = s.workspace(call);
    Paging paging = Paging.optional(call);
    Predicate<Placed<Dataflow>> filter = ContentFilters.dataflows(call.query("$filter"));
    List<Placed<Dataflow>> page =
        paging.page(w.dataflows().stream().map(d -> new Placed<>(w, d)).toList(), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("dataflows"),
            page,
            (g, d) -> ContentJson.writeAdminDataflow(g, w, d.item(), false));
  }

  /** Dataflows_GetUpstreamDataflowsInGroupAsAdmin. */
  void upstreamDataflows(Call call) throws IOException {
    Workspace w = s.workspace(call);
    String id = Ids.guid("dataflowId", call.pathParam("dataflowId"));
    Dataflow flow =
        w.dataflows().stream()
            .filter(d -> d.objectId().equalsIgnoreCase(id))
            .findFirst()
            .orElseThrow(
                () -> PowerBiException.notFound("no dataflow " + id + " in workspace " + w.id()));
    s.out()
        .write(
            call.ctx(),
            s.adminContext("dependentDataflows"),
            flow.upstreamDataflows(),
            (g, ref) -> ContentJson.writeDependentDataflow(g, ref));
  }
}
