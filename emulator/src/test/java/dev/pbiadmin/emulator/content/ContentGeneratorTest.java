package dev.pbiadmin.emulator.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentGeneratorTest {

  @Test
  void generate_sameOptions_rendersByteForByteIdentical() throws Exception {
    String first = renderAll(ContentGenerator.generate(TestTenants.options(400, 99)));
    String second = renderAll(ContentGenerator.generate(TestTenants.options(400, 99)));
    String other = renderAll(ContentGenerator.generate(TestTenants.options(400, 100)));

    assertThat(second).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void generate_tenThousand_hasRealisticDistributions() {
    ContentSet c = ContentGenerator.generate(TestTenants.options(10_000, 1));
    ContentCounts counts = new TenantContent(c).counts();

    assertThat(counts.workspaces()).isEqualTo(10_000);
    assertThat(counts.workspacesByType().get("PersonalGroup")).isBetween(5_700, 6_300);
    assertThat(counts.workspacesByType().get("Workspace")).isBetween(3_300, 3_900);
    assertThat(counts.workspacesByType()).containsKeys("Personal", "Group");
    assertThat(counts.workspacesByState()).containsKeys("Active", "Deleted", "Removing", "Orphaned");
    assertThat(counts.workspacesByState().get("Deleted")).isBetween(80, 250);
    assertThat(counts.orphanedWorkspaces()).isBetween(50, 300);
    assertThat(counts.datasources()).isEqualTo(400);
    assertThat(c.datasources()).extracting(DatasourceInstance::datasourceType)
        .contains("Sql", "AnalysisServices", "Web", "SharePointList", "File", "OData", "Oracle", "Snowflake");
    assertThat(counts.reports()).isGreaterThan(counts.datasets());
    assertThat(counts.apps()).isPositive();
    assertThat(counts.datamarts()).isPositive();
    assertThat(counts.capacities()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void generate_longTail_mostSmallSomeHuge() {
    List<Workspace> ws = ContentGenerator.generate(TestTenants.options(10_000, 2)).workspaces();

    long small = ws.stream().filter(w -> items(w) <= 5).count();
    long huge = ws.stream().filter(w -> items(w) >= 100).count();

    assertThat(small).isGreaterThan(7_000);
    assertThat(huge).isBetween(5L, 400L);
  }

  @Test
  void generate_personalWorkspaces_haveTheirOwnerAsOnlyAdmin() {
    List<Workspace> personal = TestTenants.small().workspaces().stream()
        .filter(w -> w.type().equals("PersonalGroup")).toList();

    assertThat(personal).isNotEmpty().allSatisfy(w -> {
      assertThat(w.users()).hasSize(1);
      assertThat(w.users().get(0).right()).isEqualTo("Admin");
      assertThat(w.name()).startsWith("PersonalWorkspace ");
    });
    assertThat(personal.stream().map(w -> w.users().get(0).principal().identifier()).distinct().count())
        .isEqualTo(personal.size());
  }

  @Test
  void generate_crossWorkspaceLinks_pointAtExistingItems() {
    TenantContent t = new TenantContent(ContentGenerator.generate(TestTenants.options(3_000, 5)));
    List<Report> crossReports = t.workspaces().stream().flatMap(w -> w.reports().stream())
        .filter(r -> r.datasetWorkspaceId() != null).toList();

    assertThat(crossReports).isNotEmpty().allSatisfy(r ->
        assertThat(t.dataset(r.datasetId()).orElseThrow().workspace().id()).isEqualTo(r.datasetWorkspaceId()));
    assertThat(t.workspaces().stream().flatMap(w -> w.datasets().stream()).flatMap(d -> d.upstreamDataflows().stream()))
        .isNotEmpty().allSatisfy(ref -> assertThat(t.dataflow(ref.targetId()).orElseThrow().workspace().id()).isEqualTo(ref.groupId()));
    assertThat(t.workspaces().stream().flatMap(w -> w.datasets().stream()).flatMap(d -> d.datasourceUsages().stream()))
        .allSatisfy(id -> assertThat(t.datasource(id)).isPresent());
    assertThat(t.workspaces().stream().flatMap(w -> w.datasets().stream()).map(Dataset::endorsement)
        .map(Endorsement::endorsement)).contains("Certified", "Promoted");
  }

  @Test
  void generate_knownPrincipal_getsRolesInActiveSharedWorkspaces() {
    TenantContent t = new TenantContent(TestTenants.small());

    List<Workspace> mine = t.workspacesOf(TestTenants.DEMO_SP.graphId());

    assertThat(mine).hasSize(3).allSatisfy(w -> {
      assertThat(w.type()).isIn("Workspace", "Group");
      assertThat(w.state()).isEqualTo("Active");
    });
  }

  @Test
  void generate_negativeCount_isRejected() {
    assertThatThrownBy(() -> TestTenants.options(-1, 1)).hasMessageContaining("cannot be negative");
  }

  private static int items(Workspace w) {
    return w.reports().size() + w.datasets().size() + w.dashboards().size() + w.dataflows().size();
  }

  private static String renderAll(ContentSet c) throws Exception {
    TenantContent t = new TenantContent(c);
    java.io.StringWriter out = new java.io.StringWriter();
    try (var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
      g.writeStartArray();
      for (Workspace w : t.workspaces()) {
        ContentJson.writeAdminGroup(g, w, EnumSet.allOf(Expand.class));
      }
      new ScanResultWriter(t).write(g, t.workspaces(), ScanOptions.all());
      g.writeEndArray();
    }
    return out.toString();
  }
}
