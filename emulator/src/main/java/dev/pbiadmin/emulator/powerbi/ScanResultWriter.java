package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Capacity;
import dev.pbiadmin.emulator.content.DatasourceInstance;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code WorkspaceInfoResponse} (GetScanResult) for a list of workspaces, streaming.
 * Datasource instances are those the written items use, each once, split into well-configured and
 * misconfigured ones. Beside the swagger's arrays each workspace carries its Fabric items, one
 * array per kind ({@link ScanFabricItems}).
 */
final class ScanResultWriter {
  private final TenantContent content;

  ScanResultWriter(TenantContent content) {
    this.content = content;
  }

  void write(JsonGenerator g, List<Workspace> workspaces, ScanOptions o) throws IOException {
    Set<String> used = new LinkedHashSet<>();
    g.writeStartObject();
    g.writeArrayFieldStart("workspaces");
    for (Workspace w : workspaces) {
      writeWorkspace(g, w, o, used);
    }
    g.writeEndArray();
    if (o.datasourceDetails()) {
      g.writeArrayFieldStart("datasourceInstances");
      for (String id : used) {
        DatasourceInstance d = content.datasource(id).orElse(null);
        if (d != null && !d.misconfigured()) {
          ContentJson.writeDatasource(g, d);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("misconfiguredDatasourceInstances");
      for (String id : used) {
        DatasourceInstance d = content.datasource(id).orElse(null);
        if (d != null && d.misconfigured()) {
          ContentJson.writeDatasource(g, d);
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeWorkspace(JsonGenerator g, Workspace w, ScanOptions o, Set<String> used)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", w.id());
    ContentJson.str(g, "name", w.name());
    ContentJson.str(g, "description", w.description());
    g.writeStringField("type", w.type());
    g.writeStringField("state", w.state());
    ContentJson.str(g, "dataRetrievalState", w.dataRetrievalState());
    g.writeBooleanField("isOnDedicatedCapacity", w.isOnDedicatedCapacity());
    ContentJson.str(g, "capacityId", IdCase.reference(w.capacityId(), w.id()));
    if (w.isOnDedicatedCapacity()) {
      ContentJson.str(g, "defaultDatasetStorageFormat", w.defaultDatasetStorageFormat());
    }
    // a kind without items has no array at all (scan-result-real-shapes.md §10.1)
    boolean sources = o.lineage() || o.datasourceDetails();
    array(
        g,
        "reports",
        w.reports(),
        r -> {
          ScanItems.report(g, r, o);
          if (r.isPaginated() && sources) {
            used.addAll(r.datasourceUsages());
          }
        });
    array(g, "dashboards", w.dashboards(), d -> ScanItems.dashboard(g, d, o));
    array(
        g,
        "datasets",
        w.datasets(),
        d -> {
          ScanDatasets.dataset(g, d, o, this::isMisconfigured);
          if (sources) {
            used.addAll(d.datasourceUsages());
          }
        });
    array(
        g,
        "dataflows",
        w.dataflows(),
        d -> {
          ScanItems.dataflow(g, d, o, this::isMisconfigured);
          if (sources) {
            used.addAll(d.datasourceUsages());
          }
        });
    array(
        g,
        "datamarts",
        w.datamarts(),
        d -> {
          ScanItems.datamart(g, d, o);
          if (sources) {
            used.addAll(d.datasourceUsages());
          }
        });
    ScanFabricItems.write(
        g,
        w,
        w.capacityId() == null
            ? null
            : content.capacity(w.capacityId()).map(Capacity::region).orElse(null),
        o);
    if (o.getArtifactUsers()) {
      ContentJson.users(g, "users", w.users(), "groupUserAccessRight");
    }
    g.writeEndObject();
  }

  private interface ItemWriter<T> {
    void write(T item) throws IOException;
  }

  private static <T> void array(JsonGenerator g, String key, List<T> items, ItemWriter<T> writer)
      throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(key);
    for (T item : items) {
      writer.write(item);
    }
    g.writeEndArray();
  }

  private boolean isMisconfigured(String datasourceId) {
    return content.datasource(datasourceId).map(DatasourceInstance::misconfigured).orElse(false);
  }
}
