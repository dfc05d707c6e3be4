package dev.pbiadmin.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDataTest {
  @TempDir Path dir;

  private ObjectNode read(boolean activity) throws Exception {
    Path db = TinyInventory.create(dir.resolve("tiny.duckdb"), activity);
    try (InventoryDb inventory = InventoryDb.open(db)) {
      return ReportData.read(inventory, "tiny.duckdb", Instant.parse("2026-11-27T03:00:00Z"));
    }
  }

  private static JsonNode finding(JsonNode data, String id) {
    for (JsonNode f : data.get("findings")) {
      if (f.get("id").asText().equals(id)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + id);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
    return out;
  }

  @Test
  void read_tinyInventory_countsEveryKind() throws Exception {
    JsonNode h = read(false).get("headline");
    assertThat(h.get("workspaces").asLong()).isEqualTo(3);
    assertThat(h.get("personalWorkspaces").asLong()).isEqualTo(1);
    assertThat(h.get("semanticModels").asLong()).isEqualTo(3);
    assertThat(h.get("reports").asLong()).isEqualTo(3); // r1, r2, r3: the app's copy apart
    assertThat(h.get("appReportCopies").asLong()).isEqualTo(1);
    assertThat(h.get("fabricItems").asLong()).isEqualTo(3);
    assertThat(h.get("dashboards").asLong()).isEqualTo(1);
    assertThat(h.get("datasources").asLong()).isEqualTo(2);
    assertThat(h.get("users").asLong()).isEqualTo(3);
    assertThat(h.get("activityEvents").asLong()).isZero();
  }

  @Test
  void read_tinyInventory_aggregatesTheChartSeries() throws Exception {
    JsonNode charts = read(false).get("charts");
    assertThat(texts(charts.at("/workspacesByType/labels")))
        .containsExactly("Workspace", "PersonalGroup");
    assertThat(texts(charts.at("/workspacesByType/values"))).containsExactly("2", "1");
    assertThat(texts(charts.at("/workspacesByCapacity/labels")))
        .containsExactly("Shared capacity", "c1");
    assertThat(texts(charts.at("/modelsByReports/labels")))
        .containsExactly("0 reports", "2-5 reports");
    assertThat(texts(charts.at("/modelsByReports/values"))).containsExactly("2", "1");
    assertThat(texts(charts.at("/datasourcesByType/values"))).containsExactly("1", "1");
    assertThat(texts(charts.at("/fabricItemsByType/labels")))
        .containsExactly("Lakehouse", "Notebook", "Warehouse");
    assertThat(texts(charts.at("/fabricItemsByCapacity/labels")))
        .containsExactly("c1", "Shared capacity");
    assertThat(texts(charts.at("/fabricItemsByCapacity/values"))).containsExactly("2", "1");
  }

  @Test
  void read_fabricItemTable_countsEachTypeWithItsScannerKeyAndWhatItFeeds() throws Exception {
    JsonNode types = read(false).at("/tables/fabricItemTypes");
    assertThat(types.get("total").asLong()).isEqualTo(3);
    assertThat(texts(types.get("columns")))
        .startsWith("Type", "Scanner key", "Items", "Workspaces", "Capacities", "Downstream links");
    List<String> rows = new ArrayList<>();
    types.get("rows").forEach(r -> rows.add(String.join(" ", texts(r))));
    assertThat(rows)
        .containsExactly(
            "Lakehouse Lakehouse 1 1 1 2 0",
            "Notebook Notebook 1 1 1 0 0",
            "Warehouse warehouses 1 1 0 0 0");
  }

  @Test
  void read_tinyInventory_findsEachGovernanceProblem() throws Exception {
    JsonNode data = read(false);
    assertThat(finding(data, "orphaned").get("count").asLong()).isEqualTo(2); // w2 and p1
    assertThat(finding(data, "personal").at("/table/rows/0/0").asText())
        .isEqualTo("PersonalWorkspace Ann");
    assertThat(finding(data, "modelsWithoutReports").get("count").asLong()).isEqualTo(2);
    assertThat(finding(data, "singleAdmin").get("count").asLong()).isZero(); // w1 has two
    assertThat(finding(data, "servicePrincipalAdmins").at("/table/rows/0/1").asText())
        .isEqualTo("app-1");
    JsonNode shared = finding(data, "widelyShared");
    assertThat(shared.get("count").asLong()).isEqualTo(1);
    assertThat(shared.at("/table/rows/0/2").asText()).isEqualTo("Revenue report");
  }

  @Test
  void read_modelTable_ordersByReportsAndCountsSources() throws Exception {
    JsonNode models = read(false).at("/tables/semanticModels");
    assertThat(models.get("total").asLong()).isEqualTo(3);
    assertThat(texts(models.get("columns")))
        .startsWith("Semantic model", "Workspace", "Reports", "Datasources");
    assertThat(texts(models.at("/rows/0"))).startsWith("Revenue", "Finance", "2", "1");
  }

  @Test
  void read_lineage_embedsNodesAndEdgesOfThePickableItems() throws Exception {
    JsonNode lineage = read(false).get("lineage");
    List<String> nodes = new ArrayList<>();
    lineage.get("nodes").forEach(n -> nodes.add(n.get(0).asText() + ":" + n.get(1).asText()));
    List<String> edges = new ArrayList<>();
    lineage
        .get("edges")
        .forEach(e -> edges.add(nodes.get(e.get(0).asInt()) + ">" + nodes.get(e.get(1).asInt())));
    assertThat(edges)
        .containsExactlyInAnyOrder(
            "datasource:d1>semantic_model:m1",
            "semantic_model:m1>report:r1",
            "semantic_model:m1>report:r2",
            "semantic_model:m1>report:r1app",
            "report:r1>dashboard:b1",
            "fabric_item:lh1>semantic_model:m1",
            "fabric_item:lh1>fabric_item:nb1",
            "datasource:d2>report:r3");
    List<String> selectable = new ArrayList<>();
    lineage.get("selectable").forEach(i -> selectable.add(nodes.get(i.asInt())));
    // the warehouse has no lineage to explore
    assertThat(selectable)
        .containsExactlyInAnyOrder(
            "semantic_model:m1",
            "semantic_model:m2",
            "semantic_model:m3",
            "fabric_item:lh1",
            "fabric_item:nb1",
            "report:r3",
            "datasource:d1",
            "datasource:d2");
    assertThat(lineage.get("truncated").asBoolean()).isFalse();
    JsonNode d1 = lineage.get("nodes").get(nodes.indexOf("datasource:d1"));
    assertThat(d1.get(2).asText()).isEqualTo("Sql: sql.example / sales");
    JsonNode b1 = lineage.get("nodes").get(nodes.indexOf("dashboard:b1"));
    assertThat(texts(b1)).containsExactly("dashboard", "b1", "Board", "Finance", null);
    JsonNode lh1 = lineage.get("nodes").get(nodes.indexOf("fabric_item:lh1"));
    assertThat(texts(lh1))
        .containsExactly("fabric_item", "lh1", "Sales lake", "Finance", "Lakehouse");
    JsonNode r3 = lineage.get("nodes").get(nodes.indexOf("report:r3"));
    assertThat(r3.get(4).asText()).isEqualTo("Paginated report");
  }

  @Test
  void lineageRead_moreModelsThanPicked_keepsTheMostUsedAndTheirNeighbours() throws Exception {
    Path db = TinyInventory.create(dir.resolve("tiny.duckdb"), false);
    try (InventoryDb inventory = InventoryDb.open(db)) {
      JsonNode lineage = LineageSlice.read(inventory.connection(), 1, 2);
      List<String> nodes = new ArrayList<>();
      lineage.get("nodes").forEach(n -> nodes.add(n.get(0).asText() + ":" + n.get(1).asText()));
      assertThat(nodes).startsWith("semantic_model:m1", "fabric_item:lh1", "report:r3");
      assertThat(lineage.get("edges")).hasSize(2);
      // the slice of m1, lh1 (the item with most edges) and r3 holds all eight edges
      assertThat(lineage.get("edgesInSlice").asLong()).isEqualTo(8);
      assertThat(lineage.get("truncated").asBoolean()).isTrue();
      assertThat(lineage.get("totalModels").asLong()).isEqualTo(3);
    }
  }

  @Test
  void read_withActivityEvents_addsDailyAndTopActivitySeries() throws Exception {
    JsonNode data = read(true);
    assertThat(data.at("/headline/activityEvents").asLong()).isEqualTo(3);
    JsonNode a = data.get("activity");
    assertThat(a.get("available").asBoolean()).isTrue();
    assertThat(texts(a.at("/eventsPerDay/labels"))).containsExactly("2026-11-20", "2026-11-21");
    assertThat(texts(a.at("/eventsPerDay/values"))).containsExactly("2", "1");
    assertThat(texts(a.at("/topActivities/labels"))).containsExactly("ViewReport", "ExportReport");
    assertThat(a.at("/table/rows/0/2").asLong()).isEqualTo(2); // two users viewed
  }

  @Test
  void table_moreRowsThanTheLimit_embedsTheFirstAndCountsAll() throws Exception {
    Path db = TinyInventory.create(dir.resolve("tiny.duckdb"), false);
    try (InventoryDb inventory = InventoryDb.open(db)) {
      JsonNode table = new Rows(inventory.connection()).table(ReportQueries.WORKSPACE_TABLE, 1);
      assertThat(table.get("total").asLong()).isEqualTo(3);
      assertThat(table.get("rows")).hasSize(1);
      assertThat(table.at("/rows/0/0").asText()).isEqualTo("Finance"); // most items first
    }
  }

  @Test
  void read_withoutActivityTable_saysActivityIsUnavailable() throws Exception {
    assertThat(read(false).at("/activity/available").asBoolean()).isFalse();
  }
}
