package dev.pbiadmin.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.client.implementation.ContinuationResponse;
import dev.pbiadmin.client.implementation.HttpPipeline;
import dev.pbiadmin.client.implementation.Json;
import dev.pbiadmin.client.implementation.ODataList;
import dev.pbiadmin.client.implementation.Uris;
import dev.pbiadmin.client.implementation.UrlRedactor;
import dev.pbiadmin.client.models.ActivityEvent;
import dev.pbiadmin.client.models.ActivityEventsPage;
import dev.pbiadmin.client.models.AdminDashboard;
import dev.pbiadmin.client.models.AdminDataflow;
import dev.pbiadmin.client.models.AdminDataset;
import dev.pbiadmin.client.models.AdminGroup;
import dev.pbiadmin.client.models.AdminReport;
import dev.pbiadmin.client.models.App;
import dev.pbiadmin.client.models.AppUser;
import dev.pbiadmin.client.models.ArtifactAccessEntry;
import dev.pbiadmin.client.models.Capacity;
import dev.pbiadmin.client.models.Datasource;
import dev.pbiadmin.client.models.GroupUser;
import dev.pbiadmin.client.models.Import;
import dev.pbiadmin.client.models.ModifiedWorkspace;
import dev.pbiadmin.client.models.ScanRequest;
import dev.pbiadmin.client.models.Tile;
import dev.pbiadmin.client.models.UnusedArtifact;
import dev.pbiadmin.client.models.WorkspaceInfoResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Power BI read-only admin REST APIs a service principal may call. Final and thread-safe; build
 * one with {@link PowerBiAdminClientBuilder} and share it. Every method is synchronous; lists are
 * lazy {@link PagedList}s, scans are {@link ScanPoller}s. Failures are {@link PowerBiException}s.
 */
public final class PowerBiAdminClient {
  private final HttpPipeline pipeline;
  private final Uris uris;
  private final ScanSupport scans;

  PowerBiAdminClient(HttpPipeline pipeline, URI endpoint, ScanSupport scans) {
    this.pipeline = pipeline;
    this.uris = new Uris(endpoint);
    this.scans = scans;
  }

  // ---- workspaces -------------------------------------------------------------------------------

  /**
   * All workspaces of the tenant ({@code Groups_GetGroupsAsAdmin}), paged with {@code $top/$skip}
   * until a page comes back shorter than {@code $top}.
   */
  public PagedList<AdminGroup> listGroups(ListGroupsOptions options) {
    ListGroupsOptions o = options == null ? ListGroupsOptions.defaults() : options;
    return skipPaged(
        "Groups_GetGroupsAsAdmin",
        o.pageSize(),
        AdminGroup.class,
        skip ->
            uris.path("/admin/groups")
                .query("$top", o.pageSize())
                .query("$skip", skip)
                .query("$filter", o.filter())
                .query("$expand", o.expand())
                .build());
  }

  /** All workspaces with default options ({@code Groups_GetGroupsAsAdmin}). */
  public PagedList<AdminGroup> listGroups() {
    return listGroups(ListGroupsOptions.defaults());
  }

  /** One workspace ({@code Groups_GetGroupAsAdmin}); {@code expand} may be null. */
  public AdminGroup getGroup(String groupId, String expand) {
    return get(
        "Groups_GetGroupAsAdmin",
        uris.path("/admin/groups/{}", groupId).query("$expand", expand).build(),
        type(AdminGroup.class));
  }

  /** The users of a workspace ({@code Groups_GetGroupUsersAsAdmin}). */
  public PagedList<GroupUser> listGroupUsers(String groupId) {
    return single(
        "Groups_GetGroupUsersAsAdmin",
        uris.path("/admin/groups/{}/users", groupId).build(),
        GroupUser.class);
  }

  /** Items unused for 30+ days in a workspace ({@code Groups_GetUnusedArtifactsAsAdmin}). */
  public PagedList<UnusedArtifact> listUnusedArtifacts(String groupId) {
    return continued(
        "Groups_GetUnusedArtifactsAsAdmin",
        UnusedArtifact.class,
        t -> uris.path("/admin/groups/{}/unused", groupId).query("continuationToken", t).build());
  }

  /** Reports of a workspace ({@code Reports_GetReportsInGroupAsAdmin}). */
  public PagedList<AdminReport> listReportsInGroup(String groupId) {
    return single(
        "Reports_GetReportsInGroupAsAdmin",
        uris.path("/admin/groups/{}/reports", groupId).build(),
        AdminReport.class);
  }

  /** Dashboards of a workspace ({@code Dashboards_GetDashboardsInGroupAsAdmin}). */
  public PagedList<AdminDashboard> listDashboardsInGroup(String groupId) {
    return single(
        "Dashboards_GetDashboardsInGroupAsAdmin",
        uris.path("/admin/groups/{}/dashboards", groupId).build(),
        AdminDashboard.class);
  }

  /** Semantic models of a workspace ({@code Datasets_GetDatasetsInGroupAsAdmin}). */
  public PagedList<AdminDataset> listDatasetsInGroup(String groupId) {
    return single(
        "Datasets_GetDatasetsInGroupAsAdmin",
        uris.path("/admin/groups/{}/datasets", groupId).build(),
        AdminDataset.class);
  }

  /** Dataflows of a workspace ({@code Dataflows_GetDataflowsInGroupAsAdmin}). */
  public PagedList<AdminDataflow> listDataflowsInGroup(String groupId) {
    return single(
        "Dataflows_GetDataflowsInGroupAsAdmin",
        uris.path("/admin/groups/{}/dataflows", groupId).build(),
        AdminDataflow.class);
  }

  // ---- tenant-wide item lists -------------------------------------------------------------------

  /** All reports ({@code Reports_GetReportsAsAdmin}; 50/hour, 5/minute). */
  public PagedList<AdminReport> listReports() {
    return single(
        "Reports_GetReportsAsAdmin", uris.path("/admin/reports").build(), AdminReport.class);
  }

  /**
   * All dashboards ({@code Dashboards_GetDashboardsAsAdmin}); {@code expand} e.g. "tiles" or null.
   */
  public PagedList<AdminDashboard> listDashboards(String expand) {
    return single(
        "Dashboards_GetDashboardsAsAdmin",
        uris.path("/admin/dashboards").query("$expand", expand).build(),
        AdminDashboard.class);
  }

  /** The tiles of a dashboard ({@code Dashboards_GetTilesAsAdmin}). */
  public PagedList<Tile> listDashboardTiles(String dashboardId) {
    return single(
        "Dashboards_GetTilesAsAdmin",
        uris.path("/admin/dashboards/{}/tiles", dashboardId).build(),
        Tile.class);
  }

  /** All semantic models ({@code Datasets_GetDatasetsAsAdmin}; 50/hour, 5/minute). */
  public PagedList<AdminDataset> listDatasets() {
    return single(
        "Datasets_GetDatasetsAsAdmin", uris.path("/admin/datasets").build(), AdminDataset.class);
  }

  /** The data sources of a semantic model ({@code Datasets_GetDatasourcesAsAdmin}). */
  public PagedList<Datasource> listDatasetDatasources(String datasetId) {
    return single(
        "Datasets_GetDatasourcesAsAdmin",
        uris.path("/admin/datasets/{}/datasources", datasetId).build(),
        Datasource.class);
  }

  /** All dataflows ({@code Dataflows_GetDataflowsAsAdmin}). */
  public PagedList<AdminDataflow> listDataflows() {
    return single(
        "Dataflows_GetDataflowsAsAdmin",
        uris.path("/admin/dataflows").build(),
        AdminDataflow.class);
  }

  /** The data sources of a dataflow ({@code Dataflows_GetDataflowDatasourcesAsAdmin}). */
  public PagedList<Datasource> listDataflowDatasources(String dataflowId) {
    return single(
        "Dataflows_GetDataflowDatasourcesAsAdmin",
        uris.path("/admin/dataflows/{}/datasources", dataflowId).build(),
        Datasource.class);
  }

  /** All apps ({@code Apps_GetAppsAsAdmin}; {@code $top} is required, so it pages like groups). */
  public PagedList<App> listApps() {
    return skipPaged(
        "Apps_GetAppsAsAdmin",
        ListGroupsOptions.MAX_PAGE_SIZE,
        App.class,
        skip ->
            uris.path("/admin/apps")
                .query("$top", ListGroupsOptions.MAX_PAGE_SIZE)
                .query("$skip", skip)
                .build());
  }

  /** The users of an app ({@code Apps_GetAppUsersAsAdmin}). */
  public PagedList<AppUser> listAppUsers(String appId) {
    return single(
        "Apps_GetAppUsersAsAdmin", uris.path("/admin/apps/{}/users", appId).build(), AppUser.class);
  }

  /** All capacities ({@code Admin_GetCapacitiesAsAdmin}). */
  public PagedList<Capacity> listCapacities() {
    return single(
        "Admin_GetCapacitiesAsAdmin", uris.path("/admin/capacities").build(), Capacity.class);
  }

  /** All imports ({@code Imports_GetImportsAsAdmin}). */
  public PagedList<Import> listImports() {
    return single("Imports_GetImportsAsAdmin", uris.path("/admin/imports").build(), Import.class);
  }

  // ---- sharing and access -----------------------------------------------------------------------

  /** What a user can access ({@code Users_GetUserArtifactAccessAsAdmin}). */
  public PagedList<ArtifactAccessEntry> listUserArtifactAccess(String userId) {
    return continued(
        "Users_GetUserArtifactAccessAsAdmin",
        ArtifactAccessEntry.class,
        t ->
            uris.path("/admin/users/{}/artifactAccess", userId)
                .query("continuationToken", t)
                .build());
  }

  /**
   * Links shared to the whole organization ({@code
   * WidelySharedArtifacts_LinksSharedToWholeOrganization}).
   */
  public PagedList<ArtifactAccessEntry> listWidelySharedLinks() {
    return continued(
        "WidelySharedArtifacts_LinksSharedToWholeOrganization",
        ArtifactAccessEntry.class,
        t ->
            uris.path("/admin/widelySharedArtifacts/linksSharedToWholeOrganization")
                .query("continuationToken", t)
                .build());
  }

  /** Items published to the web ({@code WidelySharedArtifacts_PublishedToWeb}). */
  public PagedList<ArtifactAccessEntry> listPublishedToWeb() {
    return continued(
        "WidelySharedArtifacts_PublishedToWeb",
        ArtifactAccessEntry.class,
        t ->
            uris.path("/admin/widelySharedArtifacts/publishedToWeb")
                .query("continuationToken", t)
                .build());
  }

  // ---- scanner ----------------------------------------------------------------------------------

  /**
   * Workspace ids, all or modified since a time ({@code WorkspaceInfo_GetModifiedWorkspaces};
   * 30/hour).
   */
  public List<ModifiedWorkspace> listModifiedWorkspaces(ModifiedWorkspacesOptions options) {
    URI uri = modifiedUri(options);
    JsonNode root = get("WorkspaceInfo_GetModifiedWorkspaces", uri, type(JsonNode.class));
    // documented as a bare array; accept the OData wrapper too
    JsonNode array =
        root != null && root.isObject() && root.has("value") ? root.get("value") : root;
    return Json.MAPPER.convertValue(
        array,
        Json.MAPPER.getTypeFactory().constructCollectionType(List.class, ModifiedWorkspace.class));
  }

  /**
   * {@link #listModifiedWorkspaces} one workspace at a time, for tenants whose listing should not
   * be held in memory: the body is spooled to a temporary file (a dropped connection is retried
   * like any other) and each workspace goes to {@code sink} as it is parsed.
   */
  public void streamModifiedWorkspaces(
      ModifiedWorkspacesOptions options, Consumer<ModifiedWorkspace> sink) {
    ModifiedWorkspacesStreamer.stream(
        pipeline, "WorkspaceInfo_GetModifiedWorkspaces", modifiedUri(options), sink);
  }

  private URI modifiedUri(ModifiedWorkspacesOptions options) {
    ModifiedWorkspacesOptions o = options == null ? ModifiedWorkspacesOptions.all() : options;
    return uris.path("/admin/workspaces/modified")
        .query("modifiedSince", o.modifiedSince())
        .query("excludePersonalWorkspaces", o.excludePersonalWorkspaces() ? true : null)
        .query("excludeInActiveWorkspaces", o.excludeInActiveWorkspaces() ? true : null)
        .build();
  }

  /**
   * Starts a scan of up to 100 workspaces ({@code WorkspaceInfo_PostWorkspaceInfo}; 500/hour, at
   * most 16 at once) and returns a poller over {@code WorkspaceInfo_GetScanStatus}.
   */
  public ScanPoller beginWorkspaceScan(List<String> workspaceIds, ScanOptions options) {
    if (workspaceIds == null || workspaceIds.isEmpty() || workspaceIds.size() > 100) {
      throw new IllegalArgumentException(
          "a scan takes 1 to 100 workspace ids, got "
              + (workspaceIds == null ? 0 : workspaceIds.size()));
    }
    ScanOptions o = options == null ? ScanOptions.basic() : options;
    URI uri =
        uris.path("/admin/workspaces/getInfo")
            .query("lineage", o.lineage())
            .query("datasourceDetails", o.datasourceDetails())
            .query("datasetSchema", o.datasetSchema())
            .query("datasetExpressions", o.datasetExpressions())
            .query("getArtifactUsers", o.getArtifactUsers())
            .build();
    byte[] body;
    try {
      body = Json.MAPPER.writeValueAsBytes(Map.of("workspaces", workspaceIds));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ScanRequest started =
        scans.concurrently(
            () ->
                read(
                    pipeline.send("WorkspaceInfo_PostWorkspaceInfo", "POST", uri, body).body(),
                    type(ScanRequest.class),
                    uri));
    return new ScanPoller(this, started, scans);
  }

  /** The state of a scan ({@code WorkspaceInfo_GetScanStatus}; 10,000/hour). */
  public ScanRequest getScanStatus(String scanId) {
    return get(
        "WorkspaceInfo_GetScanStatus",
        uris.path("/admin/workspaces/scanStatus/{}", scanId).build(),
        type(ScanRequest.class));
  }

  /**
   * The whole result of a succeeded scan in memory ({@code WorkspaceInfo_GetScanResult}; 500/hour).
   * For large scans prefer {@link #streamScanResult}.
   */
  public WorkspaceInfoResponse getScanResult(String scanId) {
    return get(
        "WorkspaceInfo_GetScanResult",
        uris.path("/admin/workspaces/scanResult/{}", scanId).build(),
        type(WorkspaceInfoResponse.class));
  }

  /**
   * The result of a succeeded scan, one workspace at a time ({@code WorkspaceInfo_GetScanResult}).
   * The response is spooled to a temporary file (so a dropped connection is retried like any other)
   * and parsed incrementally: only one workspace's JSON is in memory at once.
   */
  public void streamScanResult(String scanId, ScanResultVisitor visitor) {
    URI uri = uris.path("/admin/workspaces/scanResult/{}", scanId).build();
    ScanResultStreamer.stream(pipeline, "WorkspaceInfo_GetScanResult", uri, visitor);
  }

  /**
   * Saves the raw JSON body of a succeeded scan's result ({@code WorkspaceInfo_GetScanResult}) to
   * {@code target}, replacing it, without parsing it: for callers that parse the result once with
   * their own streaming parser. Goes through the same budget, token and retry pipeline as every
   * call; a connection dropped mid-body is retried and the file rewritten from the start.
   */
  public void downloadScanResult(String scanId, Path target) {
    URI uri = uris.path("/admin/workspaces/scanResult/{}", scanId).build();
    pipeline.download("WorkspaceInfo_GetScanResult", uri, target);
  }

  // ---- activity events --------------------------------------------------------------------------

  /**
   * The audit events of one UTC day ({@code Admin_GetActivityEvents}; 200/hour), following
   * continuation tokens until the service returns none. {@code filter} (e.g. {@code Activity eq
   * 'viewreport'}) may be null.
   */
  public PagedList<ActivityEvent> listActivityEvents(ActivityEventsRequest request) {
    return new PagedList<>(
        token -> {
          ActivityEventsPage page =
              token == null ? getActivityEvents(request) : getActivityEventsNext(token);
          return new Page<>(page.events(), page.continuationToken());
        });
  }

  /** The first page of a window ({@code Admin_GetActivityEvents}), for callers that checkpoint. */
  public ActivityEventsPage getActivityEvents(ActivityEventsRequest request) {
    URI uri =
        uris.path("/admin/activityevents")
            .query("startDateTime", request.quotedStart())
            .query("endDateTime", request.quotedEnd())
            .query("$filter", request.filter())
            .build();
    return activityPage(uri);
  }

  /**
   * The page after {@code continuationToken} as the service returned it ({@code
   * Admin_GetActivityEvents}).
   */
  public ActivityEventsPage getActivityEventsNext(String continuationToken) {
    // the continuation request carries only the token: no window, no filter
    URI uri =
        uris.path("/admin/activityevents")
            .query("continuationToken", Uris.quotedToken(continuationToken))
            .build();
    return activityPage(uri);
  }

  private ActivityEventsPage activityPage(URI uri) {
    return readActivityPage(pipeline.send("Admin_GetActivityEvents", "GET", uri, null).body(), uri);
  }

  /**
   * A {@code GetActivityEvents} response body read as {@link #getActivityEvents} reads it: a page,
   * or a {@link PowerBiException} saying why the body is unreadable ({@code uri} only names the
   * request in that message). Public for tools that replay stored responses, and for fuzzing.
   */
  public static ActivityEventsPage readActivityPage(byte[] body, URI uri) {
    ContinuationResponse<JsonNode> r =
        read(
            body,
            Json.MAPPER
                .getTypeFactory()
                .constructParametricType(ContinuationResponse.class, JsonNode.class),
            uri);
    return new ActivityEventsPage(
        r.items().stream().map(ActivityEvent::of).toList(), r.next(), r.lastResultSet());
  }

  // ---- non-admin
  // ---------------------------------------------------------------------------------

  /**
   * The workspaces the service principal itself is a member of ({@code Groups_GetGroups}, not an
   * admin API): a cheap call that proves the token is accepted by Power BI at all.
   */
  public PagedList<AdminGroup> listMyGroups() {
    return single("Groups_GetGroups", uris.path("/groups").build(), AdminGroup.class);
  }

  // ---- plumbing ---------------------------------------------------------------------------------

  private <T> PagedList<T> single(String operationId, URI uri, Class<T> item) {
    JavaType t = Json.MAPPER.getTypeFactory().constructParametricType(ODataList.class, item);
    return new PagedList<>(
        ignored -> new Page<>(this.<ODataList<T>>get(operationId, uri, t).items(), null));
  }

  private <T> PagedList<T> skipPaged(
      String operationId, int top, Class<T> item, Function<Integer, URI> uriForSkip) {
    JavaType t = Json.MAPPER.getTypeFactory().constructParametricType(ODataList.class, item);
    return new PagedList<>(
        token -> {
          int skip = token == null ? 0 : Integer.parseInt(token);
          List<T> items =
              this.<ODataList<T>>get(operationId, uriForSkip.apply(skip == 0 ? null : skip), t)
                  .items();
          // no nextLink is documented: a short page is the end
          return new Page<>(
              items, items.size() < top ? null : Integer.toString(skip + items.size()));
        });
  }

  private <T> PagedList<T> continued(
      String operationId, Class<T> item, Function<String, URI> uriForToken) {
    JavaType t =
        Json.MAPPER.getTypeFactory().constructParametricType(ContinuationResponse.class, item);
    return new PagedList<>(
        token -> {
          ContinuationResponse<T> r =
              get(
                  operationId,
                  uriForToken.apply(token == null ? null : Uris.quotedToken(token)),
                  t);
          return new Page<>(r.items(), r.next());
        });
  }

  private <T> T get(String operationId, URI uri, JavaType type) {
    return read(pipeline.send(operationId, "GET", uri, null).body(), type, uri);
  }

  private static JavaType type(Class<?> c) {
    return Json.MAPPER.getTypeFactory().constructType(c);
  }

  static <T> T read(byte[] body, JavaType type, URI uri) {
    try {
      return Json.MAPPER.readValue(body, type);
    } catch (IOException e) {
      String url = UrlRedactor.redact(uri);
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw PowerBiException.unexpectedResponse(
          "the service's response could not be read as "
              + type.getRawClass().getSimpleName()
              + ": "
              + why,
          200,
          url,
          e);
    }
  }
}
