package dev.pbiadmin.emulator.content;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code WorkspaceInfoResponse} (GetScanResult) for a list of workspaces, streaming.
 * Datasource instances are those the written items use, each once, split into well-configured and
 * misconfigured ones.
 */
public final class ScanResultWriter {
  private final TenantContent content;

  public ScanResultWriter(TenantContent content) {
    this.content = content;
  }

  public void write(JsonGenerator g, List<Workspace> workspaces, ScanOptions o) throws IOException {
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

  private void writeWorkspace(JsonGenerator g, Workspace w, ScanOptions o, Set<String> used) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", w.id());
    ContentJson.str(g, "name", w.name());
    ContentJson.str(g, "description", w.description());
    g.writeStringField("type", w.type());
    g.writeStringField("state", w.state());
    g.writeBooleanField("isOnDedicatedCapacity", w.isOnDedicatedCapacity());
    ContentJson.str(g, "capacityId", w.capacityId());
    if (w.isOnDedicatedCapacity()) {
      ContentJson.str(g, "defaultDatasetStorageFormat", w.defaultDatasetStorageFormat());
    }
    g.writeArrayFieldStart("reports");
    for (Report r : w.reports()) {
      ScanItems.report(g, r, o);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dashboards");
    for (Dashboard d : w.dashboards()) {
      ScanItems.dashboard(g, d, o);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("datasets");
    for (Dataset d : w.datasets()) {
      ScanItems.dataset(g, d, o, this::isMisconfigured);
      if (o.lineage() || o.datasourceDetails()) {
        used.addAll(d.datasourceUsages());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dataflows");
    for (Dataflow d : w.dataflows()) {
      ScanItems.dataflow(g, d, o, this::isMisconfigured);
      if (o.lineage() || o.datasourceDetails()) {
        used.addAll(d.datasourceUsages());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("datamarts");
    for (Datamart d : w.datamarts()) {
      ScanItems.datamart(g, d, o);
      if (o.lineage() || o.datasourceDetails()) {
        used.addAll(d.datasourceUsages());
      }
    }
    g.writeEndArray();
    if (o.getArtifactUsers()) {
      ContentJson.users(g, "users", w.users(), "groupUserAccessRight");
    }
    g.writeEndObject();
  }

  private boolean isMisconfigured(String datasourceId) {
    return content.datasource(datasourceId).map(DatasourceInstance::misconfigured).orElse(false);
  }
}
