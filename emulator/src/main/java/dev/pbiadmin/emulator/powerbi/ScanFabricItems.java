package dev.pbiadmin.emulator.powerbi;

import static dev.pbiadmin.emulator.powerbi.ContentJson.str;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.FabricItem;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace's Fabric items in a scan result: one array per kind under the kind's own key, only
 * for kinds the workspace has (scan-result-real-shapes.md §2–§7). Artifact-style kinds carry {@code
 * createdDate}, {@code lastUpdatedDate}, {@code createdBy(Id)}, {@code modifiedBy(Id)} and {@code
 * extendedProperties}; warehouses and SQL analytics endpoints carry the datamart field set ({@code
 * configuredBy(Id)}, {@code modifiedBy(Id)}, {@code modifiedDateTime}). Relations need {@code
 * lineage}, users {@code getArtifactUsers}, as for the Power BI kinds.
 */
final class ScanFabricItems {
  private ScanFabricItems() {}

  static void write(JsonGenerator g, Workspace w, String region, ScanOptions o) throws IOException {
    Map<String, List<FabricItem>> byKey = new LinkedHashMap<>();
    for (FabricItem item : w.fabricItems()) {
      if (!item.inScanResult()) {
        continue;
      }
      byKey.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(item);
    }
    for (Map.Entry<String, List<FabricItem>> kind : byKey.entrySet()) {
      g.writeArrayFieldStart(kind.getKey());
      for (FabricItem item : kind.getValue()) {
        item(g, item, w.id(), region, o);
      }
      g.writeEndArray();
    }
  }

  private static void item(
      JsonGenerator g, FabricItem item, String workspaceId, String region, ScanOptions o)
      throws IOException {
    boolean datamartStyle = FabricKinds.datamartStyle(item.key());
    g.writeStartObject();
    g.writeStringField("id", item.id());
    str(g, "name", item.name());
    str(g, "description", item.description());
    str(g, "state", item.state());
    if (datamartStyle) {
      str(g, "configuredBy", item.createdBy());
      str(g, "configuredById", item.createdById());
      str(g, "modifiedBy", item.modifiedBy());
      str(g, "modifiedById", item.modifiedById());
      ScanItems.utc(g, "modifiedDateTime", item.lastUpdatedDate());
    } else {
      // the form of these two dates is not documented; the emulator writes them like other UTC
      // dates
      ScanItems.utc(g, "createdDate", item.createdDate());
      ScanItems.utc(g, "lastUpdatedDate", item.lastUpdatedDate());
      str(g, "createdBy", item.createdBy());
      str(g, "createdById", item.createdById());
      str(g, "modifiedBy", item.modifiedBy());
      str(g, "modifiedById", item.modifiedById());
      Map<String, String> properties = FabricKinds.extendedProperties(item, workspaceId, region);
      if (!properties.isEmpty()) {
        g.writeObjectFieldStart("extendedProperties");
        for (Map.Entry<String, String> p : properties.entrySet()) {
          g.writeStringField(p.getKey(), p.getValue());
        }
        g.writeEndObject();
      }
    }
    ScanItems.endorsement(g, item.endorsement());
    if (o.lineage()) {
      ScanItems.relations(g, item.id(), item.relations());
    }
    if (o.getArtifactUsers()) {
      ContentJson.users(g, "users", item.users(), FabricKinds.accessRightField(item.key()));
    }
    g.writeEndObject();
  }
}
