package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.Dashboard;
import dev.pbiadmin.emulator.content.Dataflow;
import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.DatasourceInstance;
import dev.pbiadmin.emulator.content.Placed;
import dev.pbiadmin.emulator.content.Report;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The tenant-wide item lists (reports, dashboards, datasets, dataflows) and their per-item lists.
 */
final class ItemsApi {
  private final Service s;

  ItemsApi(Service service) {
    this.s = service;
  }

  /** Reports_GetReportsAsAdmin. */
  void reports(Call call) throws IOException {
    Paging paging = Paging.optional(call);
    var filter = ContentFilters.reports(call.query("$filter"));
    List<Placed<Report>> page =
        paging.page(all(w -> w.reports().stream().map(r -> new Placed<>(w, r))), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("reports"),
            page,
            (g, r) -> ContentJson.writeAdminReport(g, r.workspace(), r.item(), true));
  }

  /** Dashboards_GetDashboardsAsAdmin ({@code $expand=tiles}). */
  void dashboards(Call call) throws IOException {
    boolean tiles = Expands.of(call, Set.of("tiles")).contains("tiles");
    Paging paging = Paging.optional(call);
    var filter = ContentFilters.dashboards(call.query("$filter"));
    List<Placed<Dashboard>> page =
        paging.page(all(w -> w.dashboards().stream().map(d -> new Placed<>(w, d))), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("dashboards"),
            page,
            (g, d) -> ContentJson.writeAdminDashboard(g, d.workspace(), d.item(), true, tiles));
  }

  /** Datasets_GetDatasetsAsAdmin. */
  void datasets(Call call) throws IOException {
    Paging paging = Paging.optional(call);
    var filter = ContentFilters.datasets(call.query("$filter"));
    List<Placed<Dataset>> page =
        paging.page(all(w -> w.datasets().stream().map(d -> new Placed<>(w, d))), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("datasets"),
            page,
            (g, d) -> ContentJson.writeAdminDataset(g, d.workspace(), d.item(), true));
  }

  /** Dataflows_GetDataflowsAsAdmin. */
  void dataflows(Call call) throws IOException {
    Paging paging = Paging.optional(call);
    var filter = ContentFilters.dataflows(call.query("$filter"));
    List<Placed<Dataflow>> page =
        paging.page(all(w -> w.dataflows().stream().map(d -> new Placed<>(w, d))), filter);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("dataflows"),
            page,
            (g, d) -> ContentJson.writeAdminDataflow(g, d.workspace(), d.item(), true));
  }

  void reportUsers(Call call) throws IOException {
    Placed<Report> r = find(call, "reportId", s.content()::report);
    users(call, "reportUsers", r.item().users(), "reportUserAccessRight");
  }

  void dashboardUsers(Call call) throws IOException {
    Placed<Dashboard> d = find(call, "dashboardId", s.content()::dashboard);
    users(call, "dashboardUsers", d.item().users(), "dashboardUserAccessRight");
  }

  void datasetUsers(Call call) throws IOException {
    Placed<Dataset> d = find(call, "datasetId", s.content()::dataset);
    users(call, "datasetUsers", d.item().users(), "datasetUserAccessRight");
  }

  void dataflowUsers(Call call) throws IOException {
    Placed<Dataflow> d = find(call, "dataflowId", s.content()::dataflow);
    // the swagger's DataflowUser requires "dataflowUserAccessRight" (and declares it capitalised)
    users(call, "dataflowUsers", d.item().users(), "dataflowUserAccessRight");
  }

  /** Dashboards_GetTilesAsAdmin. */
  void tiles(Call call) throws IOException {
    Placed<Dashboard> d = find(call, "dashboardId", s.content()::dashboard);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("tiles"),
            d.item().tiles(),
            (g, t) -> ContentJson.writeAdminTile(g, d.workspace(), d.item(), t));
  }

  /**
   * Report and dashboard subscriptions: the emulated tenant models no e-mail subscriptions, so an
   * existing item has none (an unknown one is 404).
   */
  void reportSubscriptions(Call call) throws IOException {
    find(call, "reportId", s.content()::report);
    s.out().write(call.ctx(), s.adminContext("subscriptions"), g -> {});
  }

  void dashboardSubscriptions(Call call) throws IOException {
    find(call, "dashboardId", s.content()::dashboard);
    s.out().write(call.ctx(), s.adminContext("subscriptions"), g -> {});
  }

  /** Datasets_GetDatasourcesAsAdmin. */
  void datasetDatasources(Call call) throws IOException {
    Placed<Dataset> d = find(call, "datasetId", s.content()::dataset);
    datasources(call, d.item().datasourceUsages());
  }

  /** Dataflows_GetDataflowDatasourcesAsAdmin. */
  void dataflowDatasources(Call call) throws IOException {
    Placed<Dataflow> d = find(call, "dataflowId", s.content()::dataflow);
    datasources(call, d.item().datasourceUsages());
  }

  /** Dataflows_ExportDataflowAsAdmin: the dataflow definition (model.json). */
  void exportDataflow(Call call) throws IOException {
    Placed<Dataflow> d = find(call, "dataflowId", s.content()::dataflow);
    s.out().stream(
        call.ctx(),
        JsonWriter.JSON,
        g -> {
          g.writeStartObject();
          g.writeStringField("name", d.item().name());
          if (d.item().description() != null) {
            g.writeStringField("description", d.item().description());
          }
          g.writeStringField("version", "1.0");
          if (d.item().modifiedDateTime() != null) {
            g.writeStringField("modifiedTime", d.item().modifiedDateTime().toString());
          }
          g.writeObjectFieldStart("pbi:mashup");
          g.writeArrayFieldStart("queriesMetadata");
          g.writeEndArray();
          g.writeEndObject();
          g.writeArrayFieldStart("entities");
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private void datasources(Call call, List<String> usages) throws IOException {
    s.out()
        .write(
            call.ctx(),
            s.adminContext("datasources"),
            g -> {
              for (String id : usages) {
                Optional<DatasourceInstance> d = s.content().datasource(id);
                if (d.isPresent()) {
                  ContentJson.writeDatasource(g, d.get());
                }
              }
            });
  }

  private void users(Call call, String entitySet, List<Access> users, String rightField)
      throws IOException {
    s.out()
        .write(
            call.ctx(),
            s.adminContext(entitySet),
            users,
            (g, a) -> ContentJson.writeUser(g, a, rightField));
  }

  private <T> T find(Call call, String parameter, Function<String, Optional<T>> lookup) {
    String id = Ids.guid(parameter, call.pathParam(parameter));
    return lookup
        .apply(id)
        .orElseThrow(() -> PowerBiException.notFound("no item " + id + " (" + parameter + ")"));
  }

  private <T> Iterable<T> all(Function<Workspace, Stream<T>> items) {
    return () -> s.content().workspaces().stream().flatMap(items).iterator();
  }
}
