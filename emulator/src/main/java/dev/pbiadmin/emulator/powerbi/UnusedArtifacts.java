package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.Dashboard;
import dev.pbiadmin.emulator.content.Dataset;
import dev.pbiadmin.emulator.content.Report;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Groups_GetUnusedArtifactsAsAdmin. The real service counts items nobody opened in 30 days; the
 * emulator keeps no view history, so it reports what nothing in the workspace uses: datasets no
 * report or tile reads, and dashboards without tiles. One page; no continuation token.
 */
final class UnusedArtifacts {
  private UnusedArtifacts() {}

  static void write(Call call, Service s, Workspace w) throws IOException {
    Set<String> usedDatasets = new HashSet<>();
    for (Report r : w.reports()) {
      if (r.datasetId() != null) {
        usedDatasets.add(r.datasetId().toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (Dashboard d : w.dashboards()) {
      for (Dashboard.Tile t : d.tiles()) {
        if (t.datasetId() != null) {
          usedDatasets.add(t.datasetId().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    s.out().stream(
        call.ctx(),
        JsonWriter.JSON,
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("unusedArtifactEntities");
          for (Dataset d : w.datasets()) {
            if (!usedDatasets.contains(d.id().toLowerCase(java.util.Locale.ROOT))) {
              entity(g, d.id(), d.name(), "Dataset", d.createdDate());
            }
          }
          for (Dashboard d : w.dashboards()) {
            if (d.tiles().isEmpty()) {
              entity(g, d.id(), d.displayName(), "Dashboard", null);
            }
          }
          g.writeEndArray();
          g.writeNullField("continuationUri");
          g.writeNullField("continuationToken");
          g.writeEndObject();
        });
  }

  private static void entity(JsonGenerator g, String id, String name, String type, Instant created)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("artifactId", id);
    g.writeStringField("displayName", name == null ? "" : name);
    g.writeStringField("artifactType", type);
    if (created != null) {
      g.writeStringField("createdDateTime", created.toString());
    }
    g.writeEndObject();
  }
}
