package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Report;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The non-admin {@code /v1.0/myorg/groups} APIs: a caller sees only the workspaces where it — or a
 * group it belongs to, transitively — holds a role; personal and deleted workspaces are not listed.
 */
final class MyOrgApi {
  private static final String APP = "https://app.powerbi.com";
  private final Service s;

  MyOrgApi(Service service) {
    this.s = service;
  }

  /** Groups_GetGroups. */
  void groups(Call call) throws IOException {
    Paging paging = Paging.optional(call);
    var filter = ContentFilters.workspaces(call.query("$filter"));
    Set<String> principals = principals(call.caller());
    List<Workspace> page =
        paging.page(s.content().workspaces(), w -> visible(w, principals) && filter.test(w));
    s.out()
        .write(
            call.ctx(),
            s.myorgContext("groups"),
            g -> {
              for (Workspace w : page) {
                g.writeStartObject();
                g.writeStringField("id", w.id());
                g.writeBooleanField("isReadOnly", w.isReadOnly());
                g.writeBooleanField("isOnDedicatedCapacity", w.isOnDedicatedCapacity());
                if (w.capacityId() != null) {
                  g.writeStringField("capacityId", IdCase.reference(w.capacityId(), w.id()));
                  g.writeStringField(
                      "defaultDatasetStorageFormat",
                      w.defaultDatasetStorageFormat() == null
                          ? "Small"
                          : w.defaultDatasetStorageFormat());
                }
                g.writeStringField("name", w.name());
                g.writeEndObject();
              }
            });
  }

  /** Reports_GetReportsInGroup. */
  void reports(Call call) throws IOException {
    Workspace w = member(call);
    s.out().write(call.ctx(), s.myorgContext("reports"), w.reports(), (g, r) -> report(g, w, r));
  }

  /** Datasets_GetDatasetsInGroup. */
  void datasets(Call call) throws IOException {
    Workspace w = member(call);
    s.out()
        .write(
            call.ctx(),
            s.myorgContext("datasets"),
            w.datasets(),
            (g, d) -> ContentJson.writeAdminDataset(g, w, d, false));
  }

  /** Dashboards_GetDashboardsInGroup. */
  void dashboards(Call call) throws IOException {
    Workspace w = member(call);
    s.out()
        .write(
            call.ctx(),
            s.myorgContext("dashboards"),
            w.dashboards(),
            (g, d) -> ContentJson.writeAdminDashboard(g, w, d, false, false));
  }

  /** Dataflows_GetDataflows. */
  void dataflows(Call call) throws IOException {
    Workspace w = member(call);
    s.out()
        .write(
            call.ctx(),
            s.myorgContext("dataflows"),
            w.dataflows(),
            (g, d) -> ContentJson.writeAdminDataflow(g, w, d, false));
  }

  /** The workspace of the path, if the caller may see it; otherwise the same 401 as any denial. */
  private Workspace member(Call call) {
    Workspace w = s.workspace(call);
    if (!visible(w, principals(call.caller()))) {
      throw PowerBiException.notAuthorized(
          "NOT_A_WORKSPACE_MEMBER",
          call.caller().describe()
              + " holds no role in workspace "
              + w.id()
              + ", directly or through a group");
    }
    return w;
  }

  private Set<String> principals(Caller caller) {
    Set<String> ids = new HashSet<>();
    ids.add(key(caller.objectId()));
    if (caller.userPrincipalName() != null) {
      ids.add(key(caller.userPrincipalName()));
    }
    s.directory().transitiveGroupIds(caller.objectId()).forEach(id -> ids.add(key(id)));
    return ids;
  }

  private static boolean visible(Workspace w, Set<String> principals) {
    return !w.isPersonal()
        && w.isActive()
        && w.users().stream()
            .anyMatch(
                a ->
                    principals.contains(key(a.principal().identifier()))
                        || (a.principal().graphId() != null
                            && principals.contains(key(a.principal().graphId()))));
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** The non-admin {@code Report}: no audit fields, unlike AdminReport. */
  private static void report(JsonGenerator g, Workspace w, Report r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("reportType", r.reportType());
    g.writeStringField("name", r.name());
    g.writeStringField("webUrl", APP + "/groups/" + w.id() + "/reports/" + r.id());
    g.writeStringField("embedUrl", APP + "/reportEmbed?reportId=" + r.id() + "&groupId=" + w.id());
    if (r.datasetId() != null) {
      g.writeStringField("datasetId", r.datasetId());
    }
    if (r.description() != null) {
      g.writeStringField("description", r.description());
    }
    g.writeEndObject();
  }
}
