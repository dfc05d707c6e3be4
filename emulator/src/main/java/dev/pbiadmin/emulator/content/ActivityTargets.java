package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/** What activity events refer to (items, users, capacities) and how one event is built. */
final class ActivityTargets {
  private static final String[] AGENTS = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
        + " Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
        + " Version/17.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
    "PowerBIMobile/3.2312 (iPhone; iOS 17.2)",
    "MSOLAP 16.0 Client"
  };

  private final String organizationId;
  private final List<Placed<Report>> reports = new ArrayList<>();
  private final List<Placed<Dashboard>> dashboards = new ArrayList<>();
  private final List<Placed<Dataset>> datasets = new ArrayList<>();
  private final List<Placed<Dataflow>> dataflows = new ArrayList<>();
  private final List<Workspace> workspaces = new ArrayList<>();
  private final List<Principal> users = new ArrayList<>();
  private final Map<String, Capacity> capacities = new LinkedHashMap<>();
  private final Map<String, String> datasetNames = new java.util.HashMap<>();

  ActivityTargets(TenantContent content, String organizationId) {
    this.organizationId = organizationId;
    ContentSet c = content.snapshot();
    for (Workspace w : c.workspaces()) {
      if (!w.isActive()) {
        continue;
      }
      workspaces.add(w);
      w.reports().forEach(r -> reports.add(new Placed<>(w, r)));
      w.dashboards().forEach(d -> dashboards.add(new Placed<>(w, d)));
      w.datasets()
          .forEach(
              d -> {
                datasets.add(new Placed<>(w, d));
                datasetNames.put(d.id(), d.name());
              });
      w.dataflows().forEach(d -> dataflows.add(new Placed<>(w, d)));
    }
    c.principals().stream().filter(p -> "User".equals(p.principalType())).forEach(users::add);
    if (users.isEmpty()) {
      users.add(
          Principal.user(
              "admin@emulator.local", "Emulator Admin", new UUID(0, 1).toString(), false));
    }
    c.capacities().forEach(cap -> capacities.put(cap.id(), cap));
  }

  /** First draw of an event: its kind. */
  ActivityKinds kind(SplittableRandom r) {
    return ActivityKinds.byTicket(r.nextInt(1 << 30));
  }

  /** Second draw (after {@link #kind}): who did it; a few heavy users do much of the work. */
  Principal user(SplittableRandom r) {
    double u = r.nextDouble();
    return users.get(Math.min(users.size() - 1, (int) (users.size() * u * u)));
  }

  ActivityEvent event(SplittableRandom r, LocalDate day, int index, Instant time) {
    ActivityKinds kind = kind(r);
    Principal user = user(r);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Id", new UUID(r.nextLong(), r.nextLong()).toString());
    f.put("RecordType", 20);
    f.put(
        "CreationTime",
        LocalDateTime.ofInstant(time.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString());
    f.put("Operation", kind.activity);
    f.put("OrganizationId", organizationId);
    f.put("UserType", 0);
    f.put("UserKey", userKey(user));
    f.put("Workload", "PowerBI");
    f.put("UserId", user.identifier());
    f.put("ClientIP", "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254)));
    f.put("UserAgent", AGENTS[r.nextInt(AGENTS.length)]);
    f.put("Activity", kind.activity);
    describeTarget(r, kind, f);
    f.put("IsSuccess", r.nextInt(200) != 0);
    f.put("RequestId", new UUID(r.nextLong(), r.nextLong()).toString());
    f.put("ActivityId", new UUID(r.nextLong(), r.nextLong()).toString());
    return new ActivityEvent(index, time, f);
  }

  private void describeTarget(SplittableRandom r, ActivityKinds kind, Map<String, Object> f) {
    ActivityKinds.Target target = kind.target;
    if (target == ActivityKinds.Target.REPORT && !reports.isEmpty()) {
      Placed<Report> p = reports.get(skewed(r, reports.size()));
      Report rep = p.item();
      workspace(f, p.workspace(), rep.name());
      f.put("DatasetName", datasetName(rep));
      f.put("ReportName", rep.name());
      f.put("ReportId", rep.id());
      f.put("DatasetId", rep.datasetId());
      f.put(
          "ReportType",
          rep.reportType().equals("PaginatedReport") ? "PaginatedReport" : "PowerBIReport");
      f.put("ArtifactId", rep.id());
      f.put("ArtifactName", rep.name());
      f.put("ArtifactKind", "Report");
      f.put(
          "DistributionMethod",
          rep.appId() != null ? "App" : r.nextInt(4) == 0 ? "Shared" : "Workspace");
      f.put(
          "ConsumptionMethod",
          f.get("UserAgent").toString().startsWith("PowerBIMobile")
              ? "Power BI Mobile"
              : "Power BI Web");
    } else if (target == ActivityKinds.Target.DASHBOARD && !dashboards.isEmpty()) {
      Placed<Dashboard> p = dashboards.get(skewed(r, dashboards.size()));
      workspace(f, p.workspace(), p.item().displayName());
      f.put("DashboardName", p.item().displayName());
      f.put("DashboardId", p.item().id());
      f.put("ArtifactId", p.item().id());
      f.put("ArtifactName", p.item().displayName());
      f.put("ArtifactKind", "Dashboard");
    } else if (target == ActivityKinds.Target.DATASET && !datasets.isEmpty()) {
      Placed<Dataset> p = datasets.get(skewed(r, datasets.size()));
      workspace(f, p.workspace(), p.item().name());
      f.put("DatasetName", p.item().name());
      f.put("DatasetId", p.item().id());
      f.put("ArtifactId", p.item().id());
      f.put("ArtifactName", p.item().name());
      f.put("ArtifactKind", "Dataset");
      if (kind == ActivityKinds.REFRESH_DATASET) {
        f.put("RefreshType", r.nextInt(3) == 0 ? "OnDemand" : "ViaScheduledRefresh");
      }
    } else if (target == ActivityKinds.Target.DATAFLOW && !dataflows.isEmpty()) {
      Placed<Dataflow> p = dataflows.get(skewed(r, dataflows.size()));
      workspace(f, p.workspace(), p.item().name());
      f.put("DataflowId", p.item().objectId());
      f.put("DataflowName", p.item().name());
      f.put("ArtifactId", p.item().objectId());
      f.put("ArtifactName", p.item().name());
      f.put("ArtifactKind", "Dataflow");
    } else if (!workspaces.isEmpty()) {
      Workspace w = workspaces.get(r.nextInt(workspaces.size()));
      workspace(f, w, w.name());
      f.put("FolderObjectId", w.id());
      f.put("FolderDisplayName", w.name());
    }
  }

  private void workspace(Map<String, Object> f, Workspace w, String itemName) {
    f.put("ItemName", itemName);
    f.put("WorkSpaceName", w.name());
    f.put("WorkspaceId", w.id());
    f.put("ObjectId", itemName);
    if (w.capacityId() != null) {
      f.put("CapacityId", w.capacityId());
      Capacity c = capacities.get(w.capacityId());
      if (c != null) {
        f.put("CapacityName", c.displayName());
      }
    }
  }

  private String datasetName(Report rep) {
    return rep.datasetId() == null ? null : datasetNames.get(rep.datasetId());
  }

  /**
   * {@code 1003} and 12 upper-case hex digits, as {@code String.format("1003%012X", …)} would,
   * minus its cost per event.
   */
  private static String userKey(Principal user) {
    String hex =
        Long.toHexString(user.graphId() == null ? 0 : user.graphId().hashCode() & 0xffffffffffL)
            .toUpperCase(java.util.Locale.ROOT);
    return "1003" + "000000000000".substring(hex.length()) + hex;
  }

  private static int skewed(SplittableRandom r, int n) {
    double u = r.nextDouble();
    return Math.min(n - 1, (int) (n * u * u));
  }
}
