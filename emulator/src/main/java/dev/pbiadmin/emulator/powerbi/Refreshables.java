package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Capacity;
import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.Placed;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.odata.QueryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The refreshables APIs: the refreshable datasets of workspaces on a capacity, with refresh
 * statistics over the last seven days. The emulator keeps no refresh history, so the statistics are
 * derived from each dataset's id: stable across calls, different between datasets.
 */
final class Refreshables {
  // the parameter's text says capacities and groups, Microsoft's examples send capacity and group:
  // both work
  private static final Set<String> EXPAND = Set.of("capacities", "groups", "capacity", "group");
  private static final String[] REFRESH_TYPES = {"Scheduled", "Scheduled", "ViaApi", "OnDemand"};
  private final Service s;

  Refreshables(Service service) {
    this.s = service;
  }

  /** Admin_GetRefreshables: {@code $top} required. */
  void all(Call call) throws IOException {
    write(call, null);
  }

  /** Admin_GetRefreshablesForCapacity: {@code $top} required. */
  void forCapacity(Call call) throws IOException {
    write(call, capacity(call));
  }

  /** Admin_GetRefreshableForCapacity: one refreshable, still wrapped in {@code value}. */
  void one(Call call) throws IOException {
    Capacity c = capacity(call);
    Set<String> expand = expand(call);
    String id = Ids.guid("refreshableId", call.pathParam("refreshableId"));
    Placed<Dataset> d =
        s.content()
            .dataset(id)
            .filter(
                p ->
                    c.id().equalsIgnoreCase(p.workspace().capacityId())
                        && p.item().flags().isRefreshable())
            .orElseThrow(
                () -> PowerBiException.notFound("no refreshable " + id + " on capacity " + c.id()));
    Instant now = s.clock().instant();
    s.out()
        .write(
            call.ctx(),
            s.adminContext("refreshables"),
            g -> refreshable(g, d.workspace(), d.item(), c, expand, now));
  }

  private void write(Call call, Capacity only) throws IOException {
    Paging paging =
        new Paging(
            QueryOptions.top(call.query("$top"), true, Integer.MAX_VALUE, 0),
            QueryOptions.skip(call.query("$skip")));
    Set<String> expand = expand(call);
    String filter = call.query("$filter");
    if (filter != null && !filter.isBlank()) {
      throw PowerBiException.badRequest(
          "$filter", "$filter on refreshables is not supported by the emulator");
    }
    Iterable<Placed<Dataset>> all =
        () ->
            s.content().workspaces().stream()
                .filter(
                    w ->
                        w.capacityId() != null
                            && (only == null || only.id().equalsIgnoreCase(w.capacityId())))
                .flatMap(
                    w ->
                        w.datasets().stream()
                            .filter(d -> d.flags().isRefreshable())
                            .map(d -> new Placed<>(w, d)))
                .iterator();
    List<Placed<Dataset>> page = paging.page(all, d -> true);
    Instant now = s.clock().instant();
    s.out()
        .write(
            call.ctx(),
            s.adminContext("refreshables"),
            g -> {
              for (Placed<Dataset> d : page) {
                Capacity c =
                    only != null
                        ? only
                        : s.content().capacity(d.workspace().capacityId()).orElse(null);
                refreshable(g, d.workspace(), d.item(), c, expand, now);
              }
            });
  }

  private static void refreshable(
      JsonGenerator g, Workspace w, Dataset d, Capacity c, Set<String> expand, Instant now)
      throws IOException {
    int seed = d.id().hashCode() & 0x7fffffff;
    int perDay = 1 + seed % 8;
    int count = perDay * 7;
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeStringField("name", d.name());
    g.writeStringField("kind", "Dataset");
    g.writeStringField("startTime", now.minus(Duration.ofDays(7)).toString());
    g.writeStringField("endTime", now.toString());
    g.writeNumberField("refreshCount", count);
    g.writeNumberField("refreshFailures", seed % 3 == 0 ? 1 + seed % 4 : 0);
    g.writeNumberField("averageDuration", 30 + seed % 600);
    g.writeNumberField("medianDuration", 25 + seed % 500);
    g.writeNumberField("refreshesPerDay", perDay);
    lastRefresh(g, d, seed, now);
    if (d.refreshSchedule() != null) {
      ContentJson.writeRefreshSchedule(g, d.refreshSchedule());
    }
    if (d.configuredBy() != null) {
      g.writeArrayFieldStart("configuredBy");
      g.writeString(d.configuredBy());
      g.writeEndArray();
    }
    if (expand.contains("capacities") && c != null) {
      g.writeFieldName("capacity");
      ContentJson.writeCapacity(g, c);
    }
    if (expand.contains("groups")) {
      g.writeObjectFieldStart("group");
      g.writeStringField("id", w.id());
      g.writeStringField("name", w.name());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * The latest refresh, derived from the id like the statistics: within the last day, mostly
   * completed.
   */
  private static void lastRefresh(JsonGenerator g, Dataset d, int seed, Instant now)
      throws IOException {
    Instant start = now.minusSeconds(600 + seed % 86_000);
    g.writeObjectFieldStart("lastRefresh");
    g.writeStringField("refreshType", REFRESH_TYPES[seed % REFRESH_TYPES.length]);
    g.writeStringField("startTime", Timestamps.utc(start));
    g.writeStringField("endTime", Timestamps.utc(start.plusSeconds(30 + seed % 600)));
    g.writeStringField("status", seed % 7 == 0 ? "Failed" : "Completed");
    g.writeStringField(
        "requestId",
        UUID.nameUUIDFromBytes(("refresh:" + d.id()).getBytes(StandardCharsets.UTF_8)).toString());
    g.writeEndObject();
  }

  private static Set<String> expand(Call call) {
    Set<String> out = new java.util.HashSet<>();
    for (String name : Expands.of(call, EXPAND)) {
      out.add(
          switch (name) {
            case "capacity" -> "capacities";
            case "group" -> "groups";
            default -> name;
          });
    }
    return out;
  }

  private Capacity capacity(Call call) {
    String id = Ids.guid("capacityId", call.pathParam("capacityId"));
    return s.content()
        .capacity(id)
        .orElseThrow(() -> PowerBiException.notFound("no capacity " + id));
  }
}
