package dev.pbiadmin.emulator.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentGeneratorTest {
  private static ContentSet tenThousand;

  private static synchronized ContentSet tenThousand() {
    if (tenThousand == null) {
      tenThousand = ContentGenerator.generate(TestTenants.options(10_000, 1));
    }
    return tenThousand;
  }

  @Test
  void generate_tenThousand_hasRealisticDistributions() {
    ContentSet c = tenThousand();
    ContentCounts counts = new TenantContent(c).counts();

    assertThat(counts.workspaces()).isEqualTo(10_000);
    assertThat(counts.workspacesByType().get("PersonalGroup")).isBetween(5_700, 6_300);
    assertThat(counts.workspacesByType().get("Workspace")).isBetween(3_300, 3_900);
    assertThat(counts.workspacesByType()).containsKeys("Personal", "Group");
    assertThat(counts.workspacesByState())
        .containsKeys("Active", "Deleted", "Removing", "Orphaned");
    assertThat(counts.workspacesByState().get("Deleted")).isBetween(80, 250);
    assertThat(counts.orphanedWorkspaces()).isBetween(50, 300);
    assertThat(counts.datasources()).isEqualTo(400);
    assertThat(c.datasources())
        .extracting(DatasourceInstance::datasourceType)
        .contains(
            "Sql",
            "AnalysisServices",
            "Web",
            "SharePointList",
            "File",
            "OData",
            "Oracle",
            "Extension");
    assertThat(counts.reports()).isGreaterThan(counts.datasets());
    assertThat(counts.apps()).isPositive();
    assertThat(counts.datamarts()).isPositive();
    assertThat(counts.capacities()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void generate_tenThousand_hasFabricItemsOfManyKindsOnCapacitiesOnly() {
    ContentSet c = tenThousand();
    ContentCounts counts = new TenantContent(c).counts();

    assertThat(counts.fabricItemsByKey())
        .containsKeys(
            "Lakehouse",
            "SQLAnalyticsEndpoint",
            "Notebook",
            "DataPipeline",
            "warehouses",
            "Eventhouse",
            "KQLDatabase",
            "Eventstream",
            "KQLQueryset",
            "Environment",
            "MLModel",
            "MLExperiment",
            "Reflex",
            "sqldbnative",
            "SparkJobDefinition");
    assertThat(counts.fabricItemsByKey().get("SQLAnalyticsEndpoint"))
        .isGreaterThan(counts.fabricItemsByKey().get("Lakehouse"));
    assertThat(counts.fabricItemsByKey().get("Notebook"))
        .isGreaterThan(counts.fabricItemsByKey().get("Lakehouse"));
    assertThat(counts.fabricItems()).isBetween(counts.datasets() / 6, counts.datasets());
    assertThat(c.workspaces())
        .filteredOn(w -> !w.fabricItems().isEmpty())
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w.capacityId()).isNotNull());
    assertThat(c.workspaces().stream().flatMap(w -> w.fabricItems().stream()))
        .allSatisfy(
            f -> {
              assertThat(f.users()).isNotNull();
              assertThat(f.createdDate()).isBeforeOrEqualTo(f.lastUpdatedDate());
            });
  }

  @Test
  void generate_relations_pointAtFabricItemsInTheNamedWorkspace() {
    ContentSet c = tenThousand();
    Map<String, String[]> items = new HashMap<>();
    c.workspaces()
        .forEach(
            w -> w.fabricItems().forEach(f -> items.put(f.id(), new String[] {w.id(), f.key()})));
    List<Relation> fromItems =
        c.workspaces().stream()
            .flatMap(w -> w.fabricItems().stream())
            .flatMap(f -> f.relations().stream())
            .toList();
    List<Dataset> directLake =
        c.workspaces().stream()
            .flatMap(w -> w.datasets().stream())
            .filter(d -> !d.relations().isEmpty())
            .toList();

    assertThat(fromItems)
        .isNotEmpty()
        .allSatisfy(
            rel -> {
              assertThat(items).containsKey(rel.dependentOnArtifactId());
              assertThat(items.get(rel.dependentOnArtifactId())[0]).isEqualTo(rel.workspaceId());
            });
    assertThat(fromItems)
        .extracting(Relation::relationType)
        .contains("Datasource", "CascadeDelete");
    assertThat(
            fromItems.stream()
                .filter(rel -> rel.workspaceId() != null)
                .map(rel -> items.get(rel.dependentOnArtifactId())[1])
                .distinct())
        .contains("Lakehouse", "KQLDatabase", "sqldbnative");
    assertThat(directLake)
        .isNotEmpty()
        .allSatisfy(
            d -> {
              Relation store = d.relations().get(0);
              assertThat(store.relationType()).isEqualTo("Association");
              assertThat(items.get(store.dependentOnArtifactId())[1])
                  .isIn("Lakehouse", "SQLAnalyticsEndpoint", "warehouses");
              assertThat(d.tables())
                  .isNotEmpty()
                  .allSatisfy(
                      t -> {
                        assertThat(t.storageMode()).isEqualTo("DirectLake");
                        assertThat(t.columns()).noneMatch(Dataset.Column::isCalculated);
                      });
            });
  }

  @Test
  void generate_appCopies_pointAtTheOriginalAndTheirApp() {
    ContentSet c = tenThousand();
    Map<String, String> appWorkspace = new HashMap<>();
    c.apps().forEach(a -> appWorkspace.put(a.id(), a.workspaceId()));

    for (Workspace w : c.workspaces()) {
      Map<String, Report> originals = new HashMap<>();
      w.reports().stream().filter(r -> r.appId() == null).forEach(r -> originals.put(r.id(), r));
      w.reports().stream()
          .filter(r -> r.appId() != null)
          .forEach(
              copy -> {
                assertThat(appWorkspace.get(copy.appId())).isEqualTo(w.id());
                Report original = originals.get(copy.originalReportObjectId());
                assertThat(original)
                    .as("the original of an app copy is in the same workspace")
                    .isNotNull();
                assertThat(copy.name()).isEqualTo(original.name());
                assertThat(copy.id()).isNotEqualTo(original.id());
              });
    }
    assertThat(new TenantContent(c).counts().appReports()).isPositive();
  }

  @Test
  void generate_paginatedReports_readDatasourcesOfTheTenant() {
    ContentSet c = tenThousand();
    Set<String> sources = new java.util.HashSet<>();
    c.datasources().forEach(d -> sources.add(d.datasourceId()));

    List<Report> paginated =
        c.workspaces().stream()
            .flatMap(w -> w.reports().stream())
            .filter(Report::isPaginated)
            .toList();

    assertThat(paginated)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.datasetId()).isNull();
              assertThat(r.datasourceUsages()).isNotEmpty().allMatch(sources::contains);
            });
  }

  @Test
  void generate_models_haveSchedulesAndCalculatedColumns() {
    List<Dataset> models =
        tenThousand().workspaces().stream().flatMap(w -> w.datasets().stream()).toList();

    assertThat(models)
        .filteredOn(d -> d.refreshSchedule() != null)
        .isNotEmpty()
        .allSatisfy(
            d ->
                assertThat(d.contentProviderType())
                    .isIn("PbixInImportMode", "PbixInCompositeMode"));
    assertThat(models)
        .filteredOn(d -> d.directQueryRefreshSchedule() != null)
        .isNotEmpty()
        .allSatisfy(
            d ->
                assertThat(d.contentProviderType())
                    .isIn("PbixInDirectQueryMode", "PbixInCompositeMode"));
    assertThat(models.stream().flatMap(d -> d.tables().stream()).flatMap(t -> t.columns().stream()))
        .filteredOn(Dataset.Column::isCalculated)
        .isNotEmpty()
        .allSatisfy(col -> assertThat(col.expression()).startsWith("IF("));
    assertThat(models.stream().flatMap(d -> d.tables().stream()).flatMap(t -> t.columns().stream()))
        .extracting(Dataset.Column::columnType)
        .contains("Data", "Calculated", "CalculatedTableColumn");
  }

  @Test
  void counts_newTables_matchWhatTheContentHolds() {
    ContentSet c = ContentGenerator.generate(TestTenants.options(2_000, 3));
    ContentCounts counts = new TenantContent(c).counts();
    List<FabricItem> fabric =
        c.workspaces().stream().flatMap(w -> w.fabricItems().stream()).toList();
    List<Report> reports = c.workspaces().stream().flatMap(w -> w.reports().stream()).toList();
    List<Dataset> models = c.workspaces().stream().flatMap(w -> w.datasets().stream()).toList();

    assertThat(counts.fabricItems()).isEqualTo(fabric.size()).isPositive();
    assertThat(counts.fabricItemsByKey().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(fabric.size());
    assertThat(counts.fabricItemUsers())
        .isEqualTo(fabric.stream().mapToInt(f -> f.users().size()).sum())
        .isPositive();
    assertThat(counts.fabricItemRelations())
        .isEqualTo(fabric.stream().mapToInt(f -> f.relations().size()).sum())
        .isPositive();
    assertThat(counts.datasetRelations())
        .isEqualTo(models.stream().mapToInt(d -> d.relations().size()).sum());
    assertThat(counts.datasetRefreshSchedules())
        .isEqualTo((int) models.stream().filter(d -> d.refreshSchedule() != null).count());
    assertThat(counts.directQueryRefreshSchedules())
        .isEqualTo(
            (int) models.stream().filter(d -> d.directQueryRefreshSchedule() != null).count());
    assertThat(counts.dataflowRefreshSchedules())
        .isEqualTo(
            (int)
                c.workspaces().stream()
                    .flatMap(w -> w.dataflows().stream())
                    .filter(d -> d.refreshSchedule() != null)
                    .count());
    assertThat(counts.appReports())
        .isEqualTo((int) reports.stream().filter(r -> r.appId() != null).count());
    assertThat(counts.paginatedReports())
        .isEqualTo((int) reports.stream().filter(Report::isPaginated).count());
    assertThat(counts.paginatedReportDatasourceUsages())
        .isEqualTo(
            reports.stream()
                .filter(Report::isPaginated)
                .mapToInt(r -> r.datasourceUsages().size())
                .sum());
    assertThat(counts.calculatedColumns())
        .isEqualTo(
            (int)
                models.stream()
                    .flatMap(d -> d.tables().stream())
                    .flatMap(t -> t.columns().stream())
                    .filter(Dataset.Column::isCalculated)
                    .count())
        .isPositive();
  }

  @Test
  void generate_longTail_mostSmallSomeHuge() {
    List<Workspace> ws = tenThousand().workspaces();

    long small = ws.stream().filter(w -> items(w) <= 5).count();
    long huge = ws.stream().filter(w -> items(w) >= 100).count();

    assertThat(small).isGreaterThan(7_000);
    assertThat(huge).isBetween(5L, 400L);
  }

  @Test
  void generate_personalWorkspaces_haveTheirOwnerAsOnlyAdmin() {
    List<Workspace> personal =
        TestTenants.small().workspaces().stream()
            .filter(w -> w.type().equals("PersonalGroup"))
            .toList();

    assertThat(personal)
        .isNotEmpty()
        .allSatisfy(
            w -> {
              assertThat(w.users()).hasSize(1);
              assertThat(w.users().get(0).right()).isEqualTo("Admin");
              assertThat(w.name()).startsWith("PersonalWorkspace ");
            });
    assertThat(
            personal.stream()
                .map(w -> w.users().get(0).principal().identifier())
                .distinct()
                .count())
        .isEqualTo(personal.size());
  }

  @Test
  void generate_crossWorkspaceLinks_pointAtExistingItems() {
    TenantContent t = new TenantContent(ContentGenerator.generate(TestTenants.options(3_000, 5)));
    List<Report> crossReports =
        t.workspaces().stream()
            .flatMap(w -> w.reports().stream())
            .filter(r -> r.datasetWorkspaceId() != null)
            .toList();

    assertThat(crossReports)
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(t.dataset(r.datasetId()).orElseThrow().workspace().id())
                    .isEqualTo(r.datasetWorkspaceId()));
    assertThat(
            t.workspaces().stream()
                .flatMap(w -> w.datasets().stream())
                .flatMap(d -> d.upstreamDataflows().stream()))
        .isNotEmpty()
        .allSatisfy(
            ref ->
                assertThat(t.dataflow(ref.targetId()).orElseThrow().workspace().id())
                    .isEqualTo(ref.groupId()));
    assertThat(
            t.workspaces().stream()
                .flatMap(w -> w.datasets().stream())
                .flatMap(d -> d.datasourceUsages().stream()))
        .allSatisfy(id -> assertThat(t.datasource(id)).isPresent());
    assertThat(
            t.workspaces().stream()
                .flatMap(w -> w.datasets().stream())
                .map(Dataset::endorsement)
                .map(Endorsement::endorsement))
        .contains("Certified", "Promoted");
  }

  @Test
  void generate_knownPrincipal_getsRolesInActiveSharedWorkspaces() {
    TenantContent t = new TenantContent(TestTenants.small());

    List<Workspace> mine = t.workspacesOf(TestTenants.DEMO_SP.graphId());

    assertThat(mine)
        .hasSize(3)
        .allSatisfy(
            w -> {
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
}
