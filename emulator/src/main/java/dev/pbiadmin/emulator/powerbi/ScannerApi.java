package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.directory.TenantSetting;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scanner: workspaces/modified, getInfo, scanStatus, scanResult (reference §5). */
final class ScannerApi {
  static final int MAX_WORKSPACES = 100;

  private final Service s;
  private final ScanResultWriter results;

  ScannerApi(Service service) {
    this.s = service;
    this.results = new ScanResultWriter(service.content());
  }

  /** WorkspaceInfo_GetModifiedWorkspaces: a bare array of {@code {"id": …}}. */
  void modified(Call call) throws IOException {
    Instant since = Flags.instant(call, "modifiedSince");
    boolean noPersonal = Flags.bool(call, "excludePersonalWorkspaces");
    boolean noInactive = Flags.bool(call, "excludeInActiveWorkspaces");
    Instant now = s.clock().instant();
    if (since != null
        && (since.isAfter(now.minus(Duration.ofMinutes(30)))
            || since.isBefore(now.minus(Duration.ofDays(30))))) {
      throw PowerBiException.badRequest(
          "modifiedSince",
          "modifiedSince must be in the range of 30 minutes to 30 days prior to the current time ("
              + now
              + ")");
    }
    List<Workspace> all =
        since == null ? s.content().workspaces() : s.content().modifiedSince(since);
    s.out().stream(
        call.ctx(),
        JsonWriter.JSON,
        g -> {
          g.writeStartArray();
          for (Workspace w : all) {
            if ((noPersonal && w.isPersonal()) || (noInactive && !w.isActive())) {
              continue;
            }
            ContentJson.writeModifiedWorkspace(g, w);
          }
          g.writeEndArray();
        });
  }

  /** WorkspaceInfo_PostWorkspaceInfo: 202, a ScanRequest and a Location to poll. */
  void getInfo(Call call) {
    ScanOptions requested = options(call);
    List<String> ids = workspaceIds(RequestBody.json(call.ctx(), s.json().mapper()));
    List<Workspace> found = new ArrayList<>();
    for (String id : ids) {
      s.content().workspace(id).ifPresent(found::add);
    }
    ScanStore.Started started =
        s.state()
            .scans()
            .start(call.caller().tenantId(), ids, found, requested, s.state().faults().failScan());
    if (started.scan() == null) {
      throw Pipeline.throttled(
          call.ctx(), s.clock(), started.retryAfter(), "16 scans are already in flight");
    }
    Scan scan = started.scan();
    call.ctx().status(202);
    call.ctx()
        .header(
            "Location", s.baseUrl().get() + "/v1.0/myorg/admin/workspaces/scanStatus/" + scan.id());
    s.json().write(call.ctx(), scanRequest(scan, s.clock().instant()));
  }

  /** WorkspaceInfo_GetScanStatus; once Succeeded, {@code Location} points at the result. */
  void status(Call call) {
    Scan scan = scan(call);
    Instant now = s.clock().instant();
    if ("Succeeded".equals(scan.status(now))) {
      call.ctx()
          .header(
              "Location",
              s.baseUrl().get() + "/v1.0/myorg/admin/workspaces/scanResult/" + scan.id());
    }
    s.json().write(call.ctx(), scanRequest(scan, now));
  }

  /**
   * WorkspaceInfo_GetScanResult: only after Succeeded ("Only make this API call after a successful
   * GetScanStatus").
   */
  void result(Call call) throws IOException {
    Scan scan = scan(call);
    String status = scan.status(s.clock().instant());
    if (!"Succeeded".equals(status)) {
      throw PowerBiException.badRequest(
          "scanId", "The scan result is not available: the scan's status is " + status);
    }
    s.out().stream(
        call.ctx(), JsonWriter.JSON, g -> results.write(g, scan.workspaces(), scan.options()));
  }

  private Scan scan(Call call) {
    String id = Ids.guid("scanId", call.pathParam("scanId"));
    Optional<Scan> scan = s.state().scans().find(call.caller().tenantId(), id);
    return scan.orElseThrow(
        () -> PowerBiException.notFound("no scan " + id + " (unknown, or older than 24 hours)"));
  }

  private ScanOptions options(Call call) {
    String who = call.caller().objectId();
    return new ScanOptions(
        Flags.bool(call, "lineage"),
        Flags.bool(call, "datasourceDetails"),
        Flags.bool(call, "datasetSchema"),
        Flags.bool(call, "datasetExpressions"),
        Flags.bool(call, "getArtifactUsers"),
        s.authorizer().settingAppliesTo(TenantSetting.DETAILED_METADATA, who),
        s.authorizer().settingAppliesTo(TenantSetting.EXPRESSIONS, who));
  }

  /**
   * {@code {"workspaces": ["<guid>", …]}} with 1 to 100 GUIDs ("supports 1 to 100 workspace IDs").
   */
  private static List<String> workspaceIds(JsonNode body) {
    JsonNode array = body.isObject() ? body.get("workspaces") : null;
    if (array == null || !array.isArray()) {
      throw PowerBiException.badRequest(
          "workspaces", "The body must be {\"workspaces\": [\"<workspace id>\", ...]}");
    }
    if (array.isEmpty() || array.size() > MAX_WORKSPACES) {
      throw PowerBiException.badRequest(
          "workspaces",
          "workspaces must list 1 to " + MAX_WORKSPACES + " workspace IDs, got " + array.size());
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode id : array) {
      if (!id.isTextual() || !Ids.isGuid(id.asText())) {
        throw PowerBiException.badRequest(
            "workspaces", "Every workspace ID must be a GUID, got " + id);
      }
      ids.add(id.asText());
    }
    return ids;
  }

  private static Map<String, Object> scanRequest(Scan scan, Instant now) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", scan.id());
    body.put("createdDateTime", Timestamps.utcTicks(scan.createdAt()));
    String status = scan.status(now);
    body.put("status", status);
    if ("Failed".equals(status)) {
      body.put(
          "error",
          Map.of(
              "code",
              "ScanFailed",
              "message",
              "The scan failed (injected fault). Request a new scan.",
              "target",
              scan.id()));
    }
    return body;
  }
}
