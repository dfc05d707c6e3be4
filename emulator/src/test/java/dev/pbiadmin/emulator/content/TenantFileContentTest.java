package dev.pbiadmin.emulator.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantFileContentTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  static final String SAMPLE =
      """
      capacities:
        - displayName: Finance F64
          sku: F64
          admins: [admin@contoso.com]
      datasources:
        - id: 6f1c1e1a-0000-4000-8000-000000000001
          type: Sql
          connectionDetails: {server: dw.database.windows.net, database: Finance}
      workspaces:
        - name: Finance
          capacity: Finance F64
          modifiedAt: 2026-11-20T08:00:00Z
          users:
            - {principal: admin@contoso.com, right: Admin}
            - {principal: 3d9b93c6-0000-4000-8000-0000000000aa, type: App, displayName: pbiadmin, right: Member}
          dataflows:
            - name: Ledger flow
              datasources: [6f1c1e1a-0000-4000-8000-000000000001]
          datasets:
            - name: Ledger
              endorsement: Certified
              datasources: [6f1c1e1a-0000-4000-8000-000000000001]
              upstreamDataflows: [Ledger flow]
              tables:
                - name: GL
                  columns: {Account: String, Amount: Double}
                  measures: {Total: "SUM('GL'[Amount])"}
          reports:
            - {name: Ledger overview, dataset: Ledger}
          dashboards:
            - name: CFO
              tiles: [{title: Totals, report: Ledger overview}]
        - name: Sales
          reports:
            - {name: Uses finance model, dataset: Ledger}
      apps:
        - {name: Finance app, workspace: Finance, users: [{principal: admin@contoso.com, right: Read}]}
      """;

  @Test
  void toContentSet_sampleYaml_resolvesNamesAcrossWorkspaces() throws Exception {
    TenantFileContent spec = YAML.readValue(SAMPLE, TenantFileContent.class);

    TenantContent t = new TenantContent(spec.toContentSet(NOW, "contoso.com"));

    Workspace finance = t.workspaces().get(0);
    Workspace sales = t.workspaces().get(1);
    Dataset ledger = finance.datasets().get(0);
    assertThat(finance.capacityId()).isEqualTo(t.snapshot().capacities().get(0).id());
    assertThat(finance.modifiedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    assertThat(ledger.upstreamDataflows())
        .containsExactly(new ItemRef(finance.dataflows().get(0).objectId(), finance.id()));
    assertThat(ledger.tables().get(0).measures().get(0).expression())
        .isEqualTo("SUM('GL'[Amount])");
    assertThat(finance.reports().get(0).datasetWorkspaceId()).isNull();
    assertThat(sales.reports().get(0).datasetId()).isEqualTo(ledger.id());
    assertThat(sales.reports().get(0).datasetWorkspaceId()).isEqualTo(finance.id());
    assertThat(finance.dashboards().get(0).tiles().get(0).datasetId()).isEqualTo(ledger.id());
    assertThat(t.snapshot().apps().get(0).workspaceId()).isEqualTo(finance.id());
    assertThat(t.workspacesOf("3d9b93c6-0000-4000-8000-0000000000aa")).containsExactly(finance);
    assertThat(new TenantContent(spec.toContentSet(NOW, "contoso.com")).workspaces())
        .isEqualTo(t.workspaces());
  }

  @Test
  void toContentSet_fabricItemsDirectLakeAndAppReports_becomeContent() throws Exception {
    TenantFileContent spec =
        YAML.readValue(
            """
            workspaces:
              - name: Lake
                items:
                  - {type: Lakehouse, name: sales_lake}
                  - {type: Notebook, name: Clean sales, relations: [{item: sales_lake}]}
                  - {type: CopyJob, name: Nightly copy, extendedProperties: {Mode: Incremental}}
                datasets:
                  - name: Sales DL
                    relations: [{item: sales_lake}]
                    refreshSchedule: {days: [Monday], times: ["06:00"], enabled: true, localTimeZoneId: UTC, notifyOption: NoNotification}
                    tables:
                      - {name: sales, columns: {amount: Double}, calculatedColumns: {big: "IF('sales'[amount] > 100, \\"y\\", \\"n\\")"}}
                reports:
                  - {name: Sales, dataset: Sales DL}
                  - {name: Invoice, reportType: PaginatedReport, datasources: [6f1c1e1a-0000-4000-8000-000000000009]}
            apps:
              - {name: Sales app, workspace: Lake, reports: [Sales]}
            """,
            TenantFileContent.class);

    ContentSet c = spec.toContentSet(NOW, "contoso.com");
    ContentCounts counts = new TenantContent(c).counts();

    Workspace lake = c.workspaces().get(0);
    FabricItem lakehouse = lake.fabricItems().get(0);
    assertThat(lake.fabricItems())
        .extracting(FabricItem::key)
        .containsExactly("Lakehouse", "Notebook", "CopyJob");
    assertThat(lake.fabricItems().get(1).relations())
        .containsExactly(new Relation(lakehouse.id(), "Datasource", lake.id()));
    assertThat(lake.fabricItems().get(2).extendedProperties()).containsEntry("Mode", "Incremental");
    assertThat(lake.datasets().get(0).relations())
        .containsExactly(new Relation(lakehouse.id(), "Association", lake.id()));
    assertThat(lake.datasets().get(0).refreshSchedule().times()).containsExactly("06:00");
    assertThat(lake.reports()).hasSize(3);
    Report copy = lake.reports().get(2);
    assertThat(copy.appId()).isEqualTo(c.apps().get(0).id());
    assertThat(copy.originalReportObjectId()).isEqualTo(lake.reports().get(0).id());
    assertThat(counts.fabricItemsByKey()).containsEntry("CopyJob", 1);
    assertThat(counts.calculatedColumns()).isEqualTo(1);
    assertThat(counts.paginatedReportDatasourceUsages()).isEqualTo(1);
    assertThat(counts.appReports()).isEqualTo(1);
  }

  @Test
  void toContentSet_lakehouseAndEndpointShareAName_eachHasItsOwnIdAndTheNameMeansTheFirst()
      throws Exception {
    TenantFileContent spec =
        YAML.readValue(
            """
            workspaces:
              - name: Lake
                items:
                  - {type: Lakehouse, name: sales_lake}
                  - {type: SQLAnalyticsEndpoint, name: sales_lake, relations: [{item: sales_lake, relationType: CascadeDelete}]}
                datasets:
                  - {name: M, refreshSchedule: {times: ["06:00"], enabled: true}}
            """,
            TenantFileContent.class);

    Workspace lake = spec.toContentSet(NOW, "contoso.com").workspaces().get(0);

    FabricItem lakehouse = lake.fabricItems().get(0);
    FabricItem endpoint = lake.fabricItems().get(1);
    assertThat(endpoint.id()).isNotEqualTo(lakehouse.id());
    assertThat(endpoint.relations())
        .containsExactly(new Relation(lakehouse.id(), "CascadeDelete", lake.id()));
    assertThat(lake.datasets().get(0).refreshSchedule().days()).isEmpty();
  }

  @Test
  void parse_emptyListEntry_isAnErrorNamingTheList() {
    assertThatThrownBy(
            () ->
                TenantFileContent.parse("{\"workspaces\": [{\"name\": \"A\", \"items\": [null]}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("items");
    assertThatThrownBy(() -> TenantFileContent.parse("{\"capacities\": [null]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacities");
  }

  @Test
  void toContentSet_unknownReference_namesIt() throws Exception {
    TenantFileContent spec =
        YAML.readValue(
            """
            workspaces:
              - name: A
                reports: [{name: R, dataset: Missing}]
            """,
            TenantFileContent.class);

    assertThatThrownBy(() -> spec.toContentSet(NOW, "contoso.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report R")
        .hasMessageContaining("'Missing'");
  }

  @Test
  void mergedWith_generatedAndExplicit_keepsBoth() throws Exception {
    ContentSet explicit =
        YAML.readValue(SAMPLE, TenantFileContent.class).toContentSet(NOW, "contoso.com");

    ContentSet merged = TestTenants.small().mergedWith(explicit);

    assertThat(merged.workspaces()).hasSize(TestTenants.small().workspaces().size() + 2);
    assertThat(merged.workspaces().get(merged.workspaces().size() - 2).name()).isEqualTo("Finance");
  }
}
